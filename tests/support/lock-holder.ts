/** Child process for the data-folder lock test: takes the lock, says so, and holds it until stdin closes. */
import { lockDataDir } from '../../electron/main/data-lock';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: lock-holder <dataDir>');
const lock = lockDataDir(dataDir);
if (!lock.ok) {
  process.stdout.write(`refused ${lock.message}\n`);
  process.exit(3);
}
process.stdout.write('locked\n');
process.stdin.resume();
process.stdin.on('end', () => {
  lock.release();
  process.exit(0);
});
