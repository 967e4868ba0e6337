/** Runs from watch and phone exports (GPX, TCX, FIT): read and parsed in the import worker, saved by main in one write. */
import path from 'node:path';
import { RUN_FILE_EXTENSIONS } from '../../../../src/lib/run-import';
import type { Session } from '../../../../src/lib/history/types';
import type { RunImportResult } from '../../../../src/lib/ipc/contract';
import { runWasSaved } from '../../../../src/lib/run-import/outcomes';
import { applyRunChoices, type AskedRun } from '../../../../src/lib/run-import/choices';
import { planRunImport, type ReadRunFile } from '../../../../src/lib/run-import/plan';
import { IpcError } from '../errors';
import { checkDroppedFile } from '../../import/dropped-file';
import { readRunsInWorker } from '../../import/runs-in-worker';
import { ensureFreeSpace, jsonBytes } from '../../store/free-space';
import type { HandlerTable } from '../dispatch';
import type { HandlerDeps } from './deps';

/** Up to this many files import without a progress line (it would only flash). */
export const FEW_FILES = 3;

export function runImportHandlers({
  stores,
  platform,
  now,
  newId,
  importWorkerFile,
}: HandlerDeps): Pick<HandlerTable, 'sessions:import-runs' | 'sessions:import-dropped-runs' | 'sessions:answer-run-import'> {
  // The last import's questions, waiting for the runner's answers; a new import replaces them.
  let asking: { token: string; asked: AskedRun[] } | null = null;

  function save(sessions: Session[]): void {
    const doc = stores.history.read();
    const next = { ...doc, sessions };
    ensureFreeSpace(path.dirname(stores.history.path), jsonBytes(next), 'these runs');
    // Every accepted run in one write: if it fails, none of them is saved and the runner is told.
    stores.history.write(next);
  }

  /** Reads the paths in the worker and saves what they hold; `refused` (by position) were turned away before reading. */
  async function importPaths(paths: string[], refused: ReadonlyMap<number, ReadRunFile> = new Map()): Promise<RunImportResult> {
    // Read one at a time in the worker (a few 50 MB files are never all in memory together); more
    // than a few files take a while, so the window is told how far it has got.
    const read = await readRunsInWorker(importWorkerFile, paths, (done) => {
      if (paths.length > FEW_FILES) platform.importProgress({ phase: 'reading', percent: Math.round((done / paths.length) * 100) });
    });
    // Every file keeps its place in the results, refused or read.
    const all: ReadRunFile[] = [];
    for (let i = 0, r = 0; i < read.length + refused.size; i++) all.push(refused.get(i) ?? read[r++]!);
    const plan = planRunImport(stores.history.read().sessions, all, now(), newId);
    if (plan.changed) save(plan.sessions);
    const asked = plan.files.flatMap((f) =>
      f.status === 'ask' ? [{ fileName: f.fileName, run: f.run, candidates: f.choices.map((c) => c.sessionId) }] : [],
    );
    asking = asked.length > 0 ? { token: newId(), asked } : null;
    return { files: plan.files, askToken: asking?.token ?? null };
  }

  return {
    'sessions:import-runs': async () => {
      const paths = await platform.openFiles({
        title: 'Import runs',
        filters: [{ name: 'Runs from a watch or phone (GPX, TCX, FIT)', extensions: [...RUN_FILE_EXTENSIONS] }],
      });
      if (paths === null) return null;
      return importPaths(paths);
    },
    'sessions:import-dropped-runs': async ({ files }) => {
      const checks = await Promise.all(files.map(checkDroppedFile));
      const refused = new Map<number, ReadRunFile>();
      const paths: string[] = [];
      checks.forEach((check, i) => (check.ok ? paths.push(check.path) : refused.set(i, check.read)));
      return importPaths(paths, refused);
    },
    'sessions:answer-run-import': ({ token, choices }) => {
      if (asking === null || asking.token !== token) {
        throw new IpcError('not-found', 'Those runs are no longer waiting for an answer; import the files again.');
      }
      const applied = applyRunChoices(stores.history.read().sessions, asking.asked, choices, now(), newId);
      if (!applied.ok) throw new IpcError('invalid-argument', applied.reason);
      if (applied.files.some(runWasSaved)) save(applied.sessions);
      // Only answers that were saved are forgotten: a refused write can be tried again.
      asking = null;
      return { files: applied.files };
    },
  };
}
