/**
 * A permalink shows its target whole, below the sticky toolbar, even when the machine is slow:
 * the CPU throttled, a web font that arrives late and rows that grow after they were first laid
 * out (what a late font does to real text). Without the hold the row ends up displaced.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cdp, page } from 'vitest/browser';
import { initI18n } from '../../i18n/i18n.ts';
import './dz-reader.ts';
import type { DzReader } from './dz-reader.ts';
import { until } from '../test-until.ts';

const REPORT = '/texts/luo-ruiqing-1952-anti-narcotics.json';
const FONT = 'late-serif.ttf';

interface Paused {
  requestId: string;
  request: { url: string };
}

let fonts = 0;
let pausedFont: ((p: Paused) => void) | undefined;

beforeAll(async () => {
  await page.viewport(1280, 900);
  await initI18n();
  const session = cdp();
  await session.send('Fetch.enable', { patterns: [{ urlPattern: `*${FONT}*` }] });
  session.on('Fetch.requestPaused', (p: Paused) => {
    pausedFont?.(p);
  });
});

afterEach(async () => {
  await cdp().send('Emulation.setCPUThrottlingRate', { rate: 1 });
  document.body.replaceChildren();
  document.getElementById('late-font')?.remove();
  history.replaceState(null, '', location.pathname + location.search);
  localStorage.clear();
});

function root(reader: DzReader): ShadowRoot {
  if (reader.shadowRoot === null) throw new Error('no shadow root');
  return reader.shadowRoot;
}

/** How the row stands: its top against the toolbar's bottom, and its bottom against the window. */
function placement(reader: DzReader, id: string): { top: number; toolbar: number; bottom: number } {
  const row = root(reader).querySelector(`[data-pair="${id}"]`);
  const toolbar = root(reader).querySelector('.toolbar');
  if (row === null || toolbar === null) return { top: NaN, toolbar: NaN, bottom: NaN };
  const r = row.getBoundingClientRect();
  return { top: r.top, toolbar: toolbar.getBoundingClientRect().bottom, bottom: r.bottom };
}

async function openSlowly(hash: string, layout: 'side' | 'stacked' | 'single'): Promise<DzReader> {
  const session = cdp();
  await session.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  // The font's request is held until the test lets it through, after the first placing.
  const fontRequest = new Promise<Paused>((resolve) => {
    pausedFont = resolve;
  });
  const style = document.createElement('style');
  style.id = 'late-font';
  // A new URL each time: a font that failed once is not asked for again.
  fonts++;
  const family = `Late Serif ${String(fonts)}`;
  style.textContent = `@font-face { font-family: '${family}'; src: url('/${FONT}?${String(fonts)}'); }`;
  document.head.append(style);
  history.replaceState(null, '', `#${hash}`);
  const reader = document.createElement('dz-reader');
  reader.layout = layout;
  for (const name of ['--dz-serif-hans', '--dz-serif-latin', '--dz-sans'])
    reader.style.setProperty(name, `'${family}', serif`);
  reader.src = REPORT;
  document.body.append(reader);
  const first = hash.split('..')[0] ?? hash;
  await until(
    () => root(reader).querySelector(`[data-pair="${first}"][linked]`),
    `the linked row ${first}`,
  );
  const paused = await fontRequest;
  // Every row grows once the font "arrives", as rows above the target do when real text reflows.
  const grow = document.createElement('style');
  grow.textContent = '.pair { padding-block: 2.5rem; }';
  root(reader).append(grow);
  await session.send('Fetch.failRequest', { requestId: paused.requestId, errorReason: 'Failed' });
  await document.fonts.ready;
  return reader;
}

describe('a permalink on a slow machine', () => {
  for (const layout of ['side', 'stacked', 'single'] as const) {
    it(`shows #s1-blow whole below the toolbar in the ${layout} layout`, async () => {
      const reader = await openSlowly('s1-blow', layout);
      await expect
        .poll(() => {
          const p = placement(reader, 's1-blow');
          return p.top >= p.toolbar && p.top - p.toolbar < 24;
        })
        .toBe(true);
      const p = placement(reader, 's1-blow');
      expect(p.bottom).toBeLessThanOrEqual(window.innerHeight);
    });
  }

  it('shows the first row of a range #s1-blow..s1-thus below the toolbar', async () => {
    const reader = await openSlowly('s1-blow..s1-thus', 'side');
    await expect
      .poll(() => {
        const p = placement(reader, 's1-blow');
        return p.top >= p.toolbar && p.top - p.toolbar < 24;
      })
      .toBe(true);
    expect(root(reader).querySelector('[data-pair="s1-thus"][linked]')).not.toBeNull();
  });
});
