// Finds a Chromium for the end-to-end tests, so `npm test` needs no set-up command of its own.
// Order: CHROMIUM_PATH, Playwright's own Chromium, a system Chromium, then installing one
// (Playwright's download; Debian's package when running as root on Debian). Nothing found: one line saying what to run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const INSTALL_TIMEOUT_MS = 180_000;

/**
 * The decision alone, over probes that do the looking and installing (unit-tested with fakes).
 * @returns {{ path: string, source: string } | { missing: string }}
 */
export function chooseChromium(probe) {
  const fromEnv = probe.env.CHROMIUM_PATH;
  if (fromEnv) {
    return probe.usable(fromEnv)
      ? { path: fromEnv, source: 'CHROMIUM_PATH' }
      : { missing: `CHROMIUM_PATH is set to ${fromEnv}, which does not start: point it at a Chromium or Chrome executable.` };
  }
  const playwright = probe.playwrightPath();
  if (playwright && probe.usable(playwright)) return { path: playwright, source: "Playwright's Chromium" };
  for (const candidate of SYSTEM_CHROMIUMS) if (probe.usable(candidate)) return { path: candidate, source: 'system Chromium' };

  if (probe.installPlaywright() && playwright && probe.usable(playwright))
    return { path: playwright, source: "Playwright's Chromium, just installed" };
  if (probe.isDebianRoot()) {
    if (probe.installDebianChromium() && probe.usable(SYSTEM_CHROMIUMS[0]))
      return { path: SYSTEM_CHROMIUMS[0], source: "Debian's chromium, just installed" };
  }
  return {
    missing: `No Chromium for the end-to-end tests: run \`${whatToRun(probe)}\`, or set CHROMIUM_PATH to a Chromium executable, then npm test again.`,
  };
}

function whatToRun(probe) {
  if (probe.isDebian())
    return probe.isRoot() ? 'apt-get update && apt-get install -y chromium' : 'sudo apt-get update && sudo apt-get install -y chromium';
  return 'npx playwright install --with-deps chromium';
}

const run = (command, args, timeout) =>
  spawnSync(command, args, { stdio: 'inherit', timeout, shell: process.platform === 'win32' }).status === 0;

/** The real probes: files on this machine, and the installers' own commands (their output shown). */
export async function findChromium(env = process.env) {
  let playwrightPath = null;
  try {
    playwrightPath = (await import('playwright-core')).chromium.executablePath();
  } catch {
    // No Playwright browser registry for this platform: system and environment choices remain.
  }
  const isDebian = () => fs.existsSync('/etc/debian_version');
  const isRoot = () => process.getuid?.() === 0;
  return chooseChromium({
    env,
    playwrightPath: () => playwrightPath,
    // A file that exists but lacks its libraries would fail every test: it must at least print its version.
    usable: (file) => fs.existsSync(file) && spawnSync(file, ['--version'], { stdio: 'ignore', timeout: 30_000 }).status === 0,
    installPlaywright: () => {
      console.log("No Chromium found: trying Playwright's download (npx playwright install chromium)…");
      return run('npx', ['playwright', 'install', 'chromium'], INSTALL_TIMEOUT_MS);
    },
    isDebian,
    isRoot,
    isDebianRoot: () => isDebian() && isRoot(),
    installDebianChromium: () => {
      console.log("Installing Debian's chromium (apt-get install chromium)…");
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      const apt = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env, timeout: 600_000 }).status === 0;
      return apt(['update', '-qq']) && apt(['install', '-y', '-qq', 'chromium']);
    },
  });
}
