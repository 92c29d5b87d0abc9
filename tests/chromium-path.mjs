// Where the tests find Chromium: $CHROME_PATH, then Debian's /usr/bin/chromium, then the browser
// Playwright downloads on machines with internet. Returns undefined when none is there.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** @returns {string | undefined} */
export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // playwright-core throws when it has no browser of its own registered; that is fine here.
  }
  return candidates.find((path) => path !== undefined && path !== '' && existsSync(path));
}

/** Flags for headless Chromium on a closed network, running as root. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
