/**
 * `npm run bench`: builds the site, then measures in headless Chromium
 * - the initial JavaScript the app page loads (bytes on the wire, gzip as served by a CDN would),
 * - how long the report takes to show its first pair (median of several cold loads),
 * - the same for a generated long document (20,000 pairs), a permalink to its end,
 *   and hover latency (pointer over a sentence until its counterpart is marked).
 * Figures are printed, never asserted: machines are shared and noisy.
 */
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { startSite } from '../tests/site.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const REPORT = '?doc=luo-ruiqing-1952-anti-narcotics';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function longDocument(pairs: number): string {
  const report = JSON.parse(readFileSync('texts/luo-ruiqing-1952-anti-narcotics.json', 'utf8')) as {
    segments: { id: string; kind: string }[];
  };
  const body = report.segments.filter((s) => s.kind === 'paragraph' || s.kind === 'list-item');
  const segments = Array.from({ length: pairs }, (_, i) => ({
    ...body[i % body.length],
    id: `p${String(i + 1)}`,
  }));
  return JSON.stringify({ ...report, id: 'long', glossary: [], crossRefs: [], segments });
}

async function timeToFirstPair(page: Page, url: string, selector: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(selector).first().waitFor();
  return page.evaluate(() => performance.now());
}

execSync('npx vite build', { stdio: 'ignore' });

const assets = join('dist', 'assets');
const site = await startSite();
try {
  // Initial JavaScript: every script the app page fetches before it shows the library.
  const { page } = await site.newPage();
  const scripts = new Set<string>();
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script')
      scripts.add(new URL(r.url()).pathname.split('/').pop() ?? '');
  });
  await page.goto(`${site.url}${REPORT}`);
  await page.locator('dz-reader [data-segment-id]').first().waitFor();
  const files = readdirSync(assets).filter((f) => scripts.has(f));
  const raw = files.reduce((n, f) => n + readFileSync(join(assets, f)).length, 0);
  const gz = files.reduce(
    (n, f) => n + gzipSync(readFileSync(join(assets, f)), { level: 9 }).length,
    0,
  );
  await page.context().close();

  const reportTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { page: p } = await site.newPage();
    reportTimes.push(
      await timeToFirstPair(p, `${site.url}${REPORT}`, 'dz-reader [data-segment-id]'),
    );
    await p.context().close();
  }

  const long = longDocument(20_000);
  const longTimes: number[] = [];
  const endTimes: number[] = [];
  const hover: number[] = [];
  for (let i = 0; i < Math.min(RUNS, 5); i++) {
    const { page: p } = await site.newPage();
    await p.route('**/texts/long.json', (route) =>
      route.fulfill({ body: long, contentType: 'application/json' }),
    );
    longTimes.push(await timeToFirstPair(p, `${site.url}?doc=long`, 'dz-reader [data-segment-id]'));
    // Permalink to the last pair, from a fresh load.
    await p.goto(`${site.url}?doc=long#p20000`, { waitUntil: 'commit' });
    await p.locator('dz-reader [data-pair="p20000"][linked]').waitFor();
    endTimes.push(await p.evaluate(() => performance.now()));
    // Hover latency: pointer over a sentence until the other side's sentence is marked.
    const ms = await p.evaluate(async () => {
      const reader = document.querySelector('dz-app')?.shadowRoot?.querySelector('dz-reader');
      const root = reader?.shadowRoot;
      const sentences = [
        ...(root?.querySelectorAll<HTMLElement>('[data-side="0"] [data-sentence]') ?? []),
      ];
      const times: number[] = [];
      for (const s of sentences.slice(0, 20)) {
        const t0 = performance.now();
        s.dispatchEvent(
          new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }),
        );
        await reader?.updateComplete;
        await new Promise((r) => requestAnimationFrame(r));
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)] ?? NaN;
    });
    hover.push(ms);
    await p.context().close();
  }

  const fmt = (n: number): string => `${n.toFixed(0)} ms`;
  console.log('duizhao benchmark (headless Chromium, this machine; medians)');
  console.log(
    `initial JavaScript           ${files.length} files, ${(raw / 1024).toFixed(1)} KiB raw, ${(gz / 1024).toFixed(1)} KiB gzip`,
  );
  console.log(`                             ${files.join(', ')}`);
  console.log(
    `report: first pair shown     ${fmt(median(reportTimes))}  (runs: ${reportTimes.map((t) => t.toFixed(0)).join(', ')})`,
  );
  console.log(`20,000 pairs: first pair     ${fmt(median(longTimes))}`);
  console.log(`20,000 pairs: permalink end  ${fmt(median(endTimes))}`);
  console.log(
    `20,000 pairs: hover latency  ${median(hover).toFixed(1)} ms (pointer over to counterpart marked, next frame)`,
  );
} finally {
  await site.close();
}
