// How npm test picks a browser for the end-to-end tests, over fake machines.
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { chooseChromium } from '../../../scripts/find-chromium.mjs';

const PLAYWRIGHT = '/cache/ms-playwright/chromium/chrome';

interface Machine {
  env?: Record<string, string>;
  present?: string[];
  downloadWorks?: boolean;
  debian?: boolean;
  root?: boolean;
}

function fakeMachine({ env = {}, present = [], downloadWorks = false, debian = false, root = false }: Machine) {
  const files = new Set(present);
  const log: string[] = [];
  const probe = {
    env,
    usable: (file: string) => files.has(file),
    playwrightPath: () => PLAYWRIGHT,
    installPlaywright: () => {
      log.push('playwright install');
      if (downloadWorks) files.add(PLAYWRIGHT);
      return downloadWorks;
    },
    isDebian: () => debian,
    isRoot: () => root,
    isDebianRoot: () => debian && root,
    installDebianChromium: () => {
      log.push('apt-get install chromium');
      files.add('/usr/bin/chromium');
      return true;
    },
  };
  return { choice: chooseChromium(probe), log };
}

describe('chooseChromium', () => {
  it('takes CHROMIUM_PATH first, and says so when it does not start', () => {
    expect(fakeMachine({ env: { CHROMIUM_PATH: '/opt/chrome' }, present: ['/opt/chrome', '/usr/bin/chromium'] }).choice).toEqual({
      path: '/opt/chrome',
      source: 'CHROMIUM_PATH',
    });
    const broken = fakeMachine({ env: { CHROMIUM_PATH: '/nowhere' }, present: ['/usr/bin/chromium'] });
    expect(broken.choice.missing).toContain('/nowhere');
    expect(broken.log).toEqual([]);
  });

  it("prefers Playwright's Chromium, then a system one, installing nothing", () => {
    expect(fakeMachine({ present: [PLAYWRIGHT, '/usr/bin/chromium'] }).choice.path).toBe(PLAYWRIGHT);
    const system = fakeMachine({ present: ['/usr/bin/chromium'] });
    expect(system.choice.path).toBe('/usr/bin/chromium');
    expect(system.log).toEqual([]);
  });

  it("downloads Playwright's Chromium when none is there and the download works", () => {
    const fresh = fakeMachine({ downloadWorks: true, debian: true, root: true });
    expect(fresh.choice.path).toBe(PLAYWRIGHT);
    expect(fresh.log).toEqual(['playwright install']);
  });

  it("installs Debian's chromium as root on Debian when the download fails", () => {
    const fresh = fakeMachine({ debian: true, root: true });
    expect(fresh.choice.path).toBe('/usr/bin/chromium');
    expect(fresh.log).toEqual(['playwright install', 'apt-get install chromium']);
  });

  it('otherwise stops with one line saying what to run', () => {
    const debianUser = fakeMachine({ debian: true }).choice.missing as string;
    expect(debianUser).toContain('sudo apt-get update && sudo apt-get install -y chromium');
    const mac = fakeMachine({}).choice.missing as string;
    expect(mac).toContain('npx playwright install --with-deps chromium');
    expect(mac.split('\n')).toHaveLength(1);
  });
});
