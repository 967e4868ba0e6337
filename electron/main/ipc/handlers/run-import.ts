/** Runs from watch and phone exports (GPX, TCX, FIT): read and parsed in main, saved in one write. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseRunFile, MAX_RUN_FILE_BYTES, RUN_FILE_EXTENSIONS } from '../../../../src/lib/run-import';
import { planRunImport, type ReadRunFile } from '../../../../src/lib/run-import/plan';
import { ensureFreeSpace, jsonBytes } from '../../store/free-space';
import type { HandlerTable } from '../dispatch';
import type { HandlerDeps } from './index';

/** Up to this many files import without a progress line (it would only flash). */
export const FEW_FILES = 3;

/** One file, refused in plain words when it cannot be read; the size is checked before any byte is read. */
export async function readRunFile(filePath: string, timeZone?: string): Promise<ReadRunFile> {
  const fileName = path.basename(filePath);
  const refused = (reason: string): ReadRunFile => ({ fileName, outcome: { ok: false, reason } });
  try {
    const info = await fs.stat(filePath);
    if (!info.isFile()) return refused('it is not a file');
    if (info.size > MAX_RUN_FILE_BYTES) {
      return refused(`it is ${Math.round(info.size / 1024 / 1024)} MB, larger than the ${MAX_RUN_FILE_BYTES / 1024 / 1024} MB a run file can be`);
    }
    const bytes = await fs.readFile(filePath);
    return { fileName, outcome: parseRunFile(fileName, bytes, timeZone) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return refused(code === 'ENOENT' ? 'the file is no longer there' : code === 'EACCES' || code === 'EPERM' ? 'the app may not read it' : 'it could not be read');
  }
}

export function runImportHandlers({ stores, platform, now, newId }: HandlerDeps): Pick<HandlerTable, 'sessions:import-runs'> {
  return {
    'sessions:import-runs': async () => {
      const paths = await platform.openFiles({
        title: 'Import runs',
        filters: [{ name: 'Runs from a watch or phone (GPX, TCX, FIT)', extensions: [...RUN_FILE_EXTENSIONS] }],
      });
      if (paths === null) return null;
      // One at a time: a few 50 MB files are never all in memory together.
      const read: ReadRunFile[] = [];
      for (const filePath of paths) {
        read.push(await readRunFile(filePath));
        // More than a few files take a while: the window shows how far main has got.
        if (paths.length > FEW_FILES) platform.importProgress({ phase: 'reading', percent: Math.round((read.length / paths.length) * 100) });
      }
      const doc = stores.history.read();
      const plan = planRunImport(doc.sessions, read, now(), newId);
      if (plan.changed) {
        const next = { ...doc, sessions: plan.sessions };
        ensureFreeSpace(path.dirname(stores.history.path), jsonBytes(next), 'these runs');
        // Every accepted run in one write: if it fails, none of them is saved and the runner is told.
        stores.history.write(next);
      }
      return { files: plan.files };
    },
  };
}
