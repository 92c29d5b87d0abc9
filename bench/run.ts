/**
 * `npm run bench`: builds the site, then measures in headless Chromium, each figure beside its
 * floor measured in the same run (a bare page that fetches the same JSON, parses it and writes the
 * needed rows as plain DOM; for the report, a static HTML table of the same text). Medians and
 * spread over BENCH_RUNS repeats; a table is printed and bench-results.json written. Documents of
 * BENCH_SIZES pairs (default 1000,10000,50000) come from bench/generate.ts. Never asserted.
 */
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { startSite, type Site } from '../tests/site.ts';
import { floorPage, tablePage } from './floor.ts';
import { generateDocument } from './generate.ts';
import { hoverP95, longFramesScrolling, searchTime } from './probes.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const REPORT_ID = 'luo-ruiqing-1952-anti-narcotics';
const READER = 'dz-reader [data-segment-id]';

interface Figure {
  name: string;
  runs: number[];
  floor?: number[];
  unit: string;
}
const figures: Figure[] = [];

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

async function repeat<T>(n: number, f: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(await f());
  return out;
}

/** Time from navigation until `selector` is present (and, with `visible`, in the viewport). */
async function openUntil(page: Page, url: string, selector: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(selector).first().waitFor();
  await page.waitForFunction(
    (sel) => {
      const el =
        document
          .querySelector('dz-app')
          ?.shadowRoot?.querySelector('dz-reader')
          ?.shadowRoot?.querySelector(sel.replace(/^dz-reader /u, '')) ??
        document.querySelector(sel);
      if (el === null) return false;
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    },
    selector,
    { polling: 'raf' },
  );
  return page.evaluate(() => performance.now());
}

async function withPage<T>(site: Site, json: Map<string, string>, f: (p: Page) => Promise<T>) {
  const { page } = await site.newPage();
  // tsx names functions with a helper the page lacks; code passed to page.evaluate needs it.
  await page.addInitScript('window.__name = (f) => f');
  await page.route('**/texts/gen-*.json', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    return route.fulfill({ body: json.get(name) ?? '', contentType: 'application/json' });
  });
  await page.route(
    (url) => url.pathname.startsWith('/bench-'),
    (route) => {
      const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
      return route.fulfill({ body: json.get(name) ?? '', contentType: 'text/html' });
    },
  );
  try {
    return await f(page);
  } finally {
    await page.context().close();
  }
}

// Its own build, so that a build in dist/ while the bench runs does not change what it measures.
const OUT = join('.tmp', 'bench-dist');
execSync(`npx vite build --outDir ${OUT} --emptyOutDir`, { stdio: 'ignore' });
const site = await startSite(OUT);
const files = new Map<string, string>();
const report = readFileSync(join('texts', `${REPORT_ID}.json`), 'utf8');
files.set('bench-floor.html', floorPage());
files.set('bench-table.html', tablePage(JSON.parse(report) as never));
const sizes: Record<string, number> = {};
try {
  // Initial JavaScript: every script the app page fetches until the report shows.
  const scripts = await withPage(site, files, async (page) => {
    const seen = new Set<string>();
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script')
        seen.add(new URL(r.url()).pathname.split('/').pop() ?? '');
    });
    await page.goto(`${site.url}?doc=${REPORT_ID}`);
    await page.locator(READER).first().waitFor();
    return readdirSync(join(OUT, 'assets')).filter((f) => seen.has(f));
  });
  const gz = scripts.reduce(
    (n, f) => n + gzipSync(readFileSync(join(OUT, 'assets', f)), { level: 9 }).length,
    0,
  );
  figures.push({ name: 'initial JavaScript (gzip)', runs: [gz / 1024], unit: 'KiB' });

  figures.push({
    name: 'report: text shows',
    runs: await repeat(RUNS, () =>
      withPage(site, files, (p) => openUntil(p, `${site.url}?doc=${REPORT_ID}`, READER)),
    ),
    floor: await repeat(RUNS, () =>
      withPage(site, files, (p) => openUntil(p, `${site.url}bench-table.html`, 'td')),
    ),
    unit: 'ms',
  });

  for (const n of SIZES) {
    const name = `gen-${String(n)}.json`;
    const body = JSON.stringify(generateDocument(n));
    files.set(name, body);
    sizes[name] = body.length;
    const label = n.toLocaleString('en');
    const floorUrl = (row: string): string =>
      `${site.url}bench-floor.html?src=texts/${name}&row=${row}`;
    console.error(`measuring ${label} pairs`);
    figures.push({
      name: `${label} pairs: first pair shown`,
      runs: await repeat(RUNS, () =>
        withPage(site, files, (p) => openUntil(p, `${site.url}?doc=gen-${String(n)}`, READER)),
      ),
      floor: await repeat(RUNS, () =>
        withPage(site, files, (p) => openUntil(p, floorUrl('g1'), '[data-pair="g1"]')),
      ),
      unit: 'ms',
    });
    const last = `g${String(n)}`;
    figures.push({
      name: `${label} pairs: permalink to the last pair`,
      runs: await repeat(RUNS, () =>
        withPage(site, files, (p) =>
          openUntil(
            p,
            `${site.url}?doc=gen-${String(n)}#${last}`,
            `dz-reader [data-pair="${last}"][linked]`,
          ),
        ),
      ),
      floor: await repeat(RUNS, () =>
        withPage(site, files, (p) => openUntil(p, floorUrl(last), `[data-pair="${last}"]`)),
      ),
      unit: 'ms',
    });
    const probes = await repeat(Math.min(RUNS, 3), () =>
      withPage(site, files, async (p) => {
        await openUntil(p, `${site.url}?doc=gen-${String(n)}#g2`, READER);
        console.error('  hover');
        const hover = await hoverP95(p);
        console.error('  search');
        const search = await searchTime(p, 'placed under control');
        const heap = await p.evaluate(
          () =>
            (performance as unknown as { memory: { usedJSHeapSize: number } }).memory
              .usedJSHeapSize / 1048576,
        );
        await p.goto(`${site.url}?doc=gen-${String(n)}`);
        await p.locator(READER).first().waitFor();
        console.error('  scrolling');
        const frames = await longFramesScrolling(p);
        const all: Record<string, number> = { ...hover, search, heap, frames };
        return all;
      }),
    );
    const parsed = probes;
    for (const key of ['pair', 'sentence', 'figure'])
      figures.push({
        name: `${label} pairs: hover p95 (${key})`,
        runs: parsed.map((x) => x[key] ?? NaN),
        unit: 'ms',
      });
    figures.push({
      name: `${label} pairs: search until results show`,
      runs: parsed.map((x) => x.search ?? NaN),
      unit: 'ms',
    });
    figures.push({
      name: `${label} pairs: frames > 50 ms scrolling end to end`,
      runs: parsed.map((x) => x.frames ?? NaN),
      unit: '',
    });
    figures.push({
      name: `${label} pairs: JS heap after load`,
      runs: parsed.map((x) => x.heap ?? NaN),
      unit: 'MiB',
    });
    figures.push({
      name: `${label} pairs: JSON transfer (gzip)`,
      runs: [gzipSync(body).length / 1024],
      unit: 'KiB',
    });
  }
} finally {
  await site.close();
}

const fmt = (x: number): string =>
  Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x.toFixed(1)) : '—';
const rows = figures.map((f) => {
  const m = median(f.runs);
  const spread = `${fmt(Math.min(...f.runs))}–${fmt(Math.max(...f.runs))}`;
  const floor = f.floor === undefined ? '' : fmt(median(f.floor));
  const ratio = f.floor === undefined ? '' : `${(m / median(f.floor)).toFixed(2)}×`;
  return [f.name, `${fmt(m)} ${f.unit}`, spread, floor === '' ? '' : `${floor} ${f.unit}`, ratio];
});
console.log(`duizhao benchmark, headless Chromium, ${String(RUNS)} runs, medians (spread min–max)`);
console.log('| figure | duizhao | spread | floor | ratio |\n|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
writeFileSync(
  process.env.BENCH_OUT ?? 'bench-results.json',
  JSON.stringify({ date: new Date().toISOString(), runs: RUNS, sizes, figures }, null, 2),
);
console.log(`written: ${process.env.BENCH_OUT ?? 'bench-results.json'}`);
