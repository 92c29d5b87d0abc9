import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, findChromium } from './tests/chromium-path.mjs';
import { dictionaryPlugin } from './vite.dictionary-plugin.ts';
import { textsPlugin } from './vite.texts-plugin.ts';

// The test command checks for a browser first (tests/require-browser.mjs); here undefined lets
// Playwright report its own missing-executable error.
const executablePath = findChromium();

export default defineConfig({
  base: './',
  plugins: [textsPlugin(), dictionaryPlugin()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // embed.html shows the reader on its own in a plain page (see the README).
    rolldownOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
  server: { host: '127.0.0.1' },
  // Pre-bundle every browser dependency up front: one found late (the editor's worker loads the
  // formats lazily) makes the dev server re-optimize and reload mid-test on a fresh machine.
  optimizeDeps: {
    include: [
      'lit',
      'lit/decorators.js',
      'lit/directives/class-map.js',
      'lit/directives/live.js',
      '@lit-labs/virtualizer',
      '@lit-labs/virtualizer/layouts/flow.js',
      'i18next',
      'i18next-browser-languagedetector',
      'nzh',
      'idb',
      'fast-xml-parser',
      '@nodable/entities',
      // The learners' aids, each loaded only when turned on.
      'opencc-js/cn2t',
      'opencc-js/t2cn',
      'pinyin-pro',
      'stemmer',
      'lit/directives/ref.js',
    ],
  },
  test: {
    // Sized for a loaded 2-core CI machine, not an idle laptop: a poll gives up after 15 s (the
    // default is 1 s, which failed 4 runs in 5 there), and a test after a minute.
    expect: { poll: { timeout: 15_000 } },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/*.browser.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            instances: [{ browser: 'chromium' }],
            provider: playwright({
              launchOptions: {
                ...(executablePath === undefined ? {} : { executablePath }),
                args: chromiumArgs,
              },
            }),
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/**/*.e2e.test.ts'],
        },
      },
    ],
  },
});
