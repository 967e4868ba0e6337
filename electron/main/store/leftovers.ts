/**
 * Temp files a killed write leaves behind that the checked write path (#10, which sweeps its own
 * "<name>.json.<n>-<n>.tmp") does not know: atomically's "<name>.json.tmp-<stamp>" from earlier
 * builds, and a backup's (or a before-restore copy's) ".partial". They hold no acknowledged data (the rename never happened),
 * and at launch, under the data-folder lock, no write is under way: removed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { backupDir } from './backups';

const STORE_TEMP = /\.json\.tmp-\d{10}[a-f0-9]{6}$/;
const BACKUP_PARTIAL = /^history-\d{4}-\d{2}-\d{2}\.json\.partial$/;
const BEFORE_RESTORE_PARTIAL = /^history\.before-restore-[\dTZ-]+\.json\.partial$/;

export function removeLeftoverTemps(dataDir: string): string[] {
  const removed: string[] = [];
  const sweep = (dir: string, pattern: RegExp) => {
    if (!fs.existsSync(dir)) return;
    for (const name of fs.readdirSync(dir)) {
      if (!pattern.test(name)) continue;
      const file = path.join(dir, name);
      try {
        if (fs.lstatSync(file).isFile()) {
          fs.rmSync(file);
          removed.push(file);
        }
      } catch {
        // Left for the next launch (read-only folder, or gone already).
      }
    }
  };
  sweep(dataDir, STORE_TEMP);
  sweep(dataDir, BEFORE_RESTORE_PARTIAL);
  sweep(backupDir(dataDir), BACKUP_PARTIAL);
  return removed;
}
