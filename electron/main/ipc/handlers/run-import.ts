/** Runs from watch and phone exports (GPX, TCX, FIT): read and parsed in the import worker, saved by main in one write. */
import path from 'node:path';
import { RUN_FILE_EXTENSIONS } from '../../../../src/lib/run-import';
import { planRunImport, type ReadRunFile, type RunFileOutcome } from '../../../../src/lib/run-import/plan';
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
}: HandlerDeps): Pick<HandlerTable, 'sessions:import-runs' | 'sessions:import-dropped-runs'> {
  /** Reads the paths in the worker and saves what they hold; `refused` (by position) were turned away before reading. */
  async function importPaths(paths: string[], refused: ReadonlyMap<number, ReadRunFile> = new Map()): Promise<{ files: RunFileOutcome[] }> {
    // Read one at a time in the worker (a few 50 MB files are never all in memory together); more
    // than a few files take a while, so the window is told how far it has got.
    const read = await readRunsInWorker(importWorkerFile, paths, (done) => {
      if (paths.length > FEW_FILES) platform.importProgress({ phase: 'reading', percent: Math.round((done / paths.length) * 100) });
    });
    // Every file keeps its place in the results, refused or read.
    const all: ReadRunFile[] = [];
    for (let i = 0, r = 0; i < read.length + refused.size; i++) all.push(refused.get(i) ?? read[r++]!);
    const doc = stores.history.read();
    const plan = planRunImport(doc.sessions, all, now(), newId);
    if (plan.changed) {
      const next = { ...doc, sessions: plan.sessions };
      ensureFreeSpace(path.dirname(stores.history.path), jsonBytes(next), 'these runs');
      // Every accepted run in one write: if it fails, none of them is saved and the runner is told.
      stores.history.write(next);
    }
    return { files: plan.files };
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
  };
}
