// Run before the tests: browser tests never skip, so a missing Chromium is a clear failure.
import { findChromium } from './chromium-path.mjs';

const found = findChromium();
if (found === undefined) {
  console.error(
    'duizhao tests need Chromium and found none.\n' +
      "  Set CHROME_PATH, or install Debian's package (apt-get install -y chromium),\n" +
      '  or on a machine with internet run: npx playwright install chromium',
  );
  process.exit(1);
}
console.log(`Chromium for the browser tests: ${found}`);
