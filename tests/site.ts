/**
 * End-to-end harness: serves the built site (`vite build` ran before, as `npm test` does) with
 * vite's preview server on a free port, and drives headless Chromium with playwright-core.
 */
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { chromiumArgs, findChromium } from './chromium-path.mjs';

export interface Site {
  /** The site's base URL, ending in `/`. */
  url: string;
  browser: Browser;
  /** A fresh page (its own context: storage starts empty) that records console errors. */
  newPage(options?: {
    width?: number;
    height?: number;
    locale?: string;
  }): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

/** Serve the build in `outDir` (the config's, `dist`, unless given). */
export async function startSite(outDir?: string): Promise<Site> {
  const server: PreviewServer = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    ...(outDir === undefined ? {} : { build: { outDir } }),
    logLevel: 'error',
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string')
    throw new Error('preview server has no port');
  const url = `http://127.0.0.1:${String(address.port)}/`;
  const executablePath = findChromium();
  if (executablePath === undefined)
    throw new Error('no Chromium found: set CHROME_PATH or apt-get install -y chromium');
  const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
  return {
    url,
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({
        viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
        locale: options.locale ?? 'en-US',
      });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
      // A step that cannot finish fails with its own name, well inside the test's 60 s,
      // rather than as a bare test timeout; 30 s leaves room for a loaded machine.
      context.setDefaultTimeout(30_000);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (msg: ConsoleMessage) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      return { page, errors };
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve, reject) => {
        server.httpServer.close((err) => {
          if (err) reject(err);
          else resolve();
        });
      });
    },
  };
}
