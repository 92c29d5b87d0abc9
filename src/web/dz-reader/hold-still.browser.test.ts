/**
 * Layouts that hold still: pointing at a pair or a glossary term, or reaching it with the keys,
 * shows the other language or the note without moving any text. Each test records where every
 * rendered row stands (relative to the list, so a scroll does not count), goes through the rows
 * one by one and fails as soon as one has moved.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { initI18n } from '../../i18n/i18n.ts';
import { until } from '../test-until.ts';
import './dz-reader.ts';
import type { DzReader } from './dz-reader.ts';

const REPORT = '/texts/luo-ruiqing-1952-anti-narcotics.json';

beforeAll(async () => {
  await initI18n();
});

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

function root(reader: DzReader): ShadowRoot {
  if (reader.shadowRoot === null) throw new Error('no shadow root');
  return reader.shadowRoot;
}

async function mountReport(layout: 'side' | 'stacked' | 'single'): Promise<DzReader> {
  const reader = document.createElement('dz-reader');
  reader.layout = layout;
  reader.src = REPORT;
  document.body.append(reader);
  await until(() => root(reader).querySelector('[data-segment-id]'), 'the report to render');
  await document.fonts.ready;
  return reader;
}

type Boxes = Map<string, string>;

/** Every rendered row's box, relative to the list of rows. */
function boxes(reader: DzReader): Boxes {
  const list = root(reader).querySelector('#text')!.getBoundingClientRect();
  const out: Boxes = new Map();
  for (const row of root(reader).querySelectorAll<HTMLElement>('[data-pair]')) {
    const r = row.getBoundingClientRect();
    const at = [r.left - list.left, r.top - list.top, r.width, r.height].map(Math.round);
    out.set(row.dataset.pair ?? '', at.join(','));
  }
  return out;
}

/** The rows' boxes once two readings a few frames apart agree (fonts and measuring settled). */
async function settled(reader: DzReader): Promise<Boxes> {
  let last = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify([...boxes(reader)]);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const same = now === last && now === JSON.stringify([...boxes(reader)]);
      last = now;
      return same;
    })
    .toBe(true);
  return boxes(reader);
}

/** The rows whose first side is wholly on screen, top to bottom. */
function rowsOnScreen(reader: DzReader): HTMLElement[] {
  return [...root(reader).querySelectorAll<HTMLElement>('[data-pair]')].filter((row) => {
    const r = row.querySelector('.side')!.getBoundingClientRect();
    return r.top >= 60 && r.bottom <= window.innerHeight;
  });
}

/** Fail with the first row that moved (rows present before and after are compared). */
function expectNothingMoved(before: Boxes, after: Boxes, what: string): void {
  const moved = [...before].filter(([id, box]) => after.has(id) && after.get(id) !== box);
  expect(
    moved.map(([id]) => id),
    `rows moved ${what}`,
  ).toEqual([]);
}

function visible(el: Element | null): boolean {
  if (el === null) return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
}

describe('one language', () => {
  for (const [width, where] of [
    [1280, 'beside the text'],
    [800, 'over the rows below'],
  ] as const) {
    it(`hovering each row in turn shows its other language ${where} and moves no row`, async () => {
      await page.viewport(width, 900);
      const reader = await mountReport('single');
      const before = await settled(reader);
      const rows = rowsOnScreen(reader);
      expect(rows.length).toBeGreaterThan(3);
      for (const row of rows) {
        await userEvent.hover(row.querySelector('.side')!);
        const id = row.dataset.pair ?? '';
        const peek = await until(
          () => root(reader).querySelector(`[data-pair="${id}"] .side.peek[lang="en"]`),
          `the English of ${id}`,
        );
        expect(visible(peek)).toBe(true);
        expectNothingMoved(before, boxes(reader), `while ${id} showed its English`);
      }
    });
  }

  it('reaching each row with the keys shows its other language and moves no row', async () => {
    await page.viewport(800, 900);
    const reader = await mountReport('single');
    const before = await settled(reader);
    const rows = rowsOnScreen(reader);
    rows[0]!.querySelector<HTMLElement>('.side')!.focus();
    for (const row of rows) {
      const id = row.dataset.pair ?? '';
      const peek = await until(
        () => root(reader).querySelector(`[data-pair="${id}"] .side.peek`),
        `the English of ${id} on focus`,
      );
      expect(visible(peek)).toBe(true);
      expectNothingMoved(before, boxes(reader), `while ${id} had focus`);
      await userEvent.keyboard('{ArrowDown}');
    }
  });
});

describe('glossary notes', () => {
  for (const layout of ['side', 'single'] as const) {
    it(`showing each note on screen moves no row (${layout})`, async () => {
      await page.viewport(1280, 900);
      const reader = await mountReport(layout);
      await reader.goTo('s1-control');
      const before = await settled(reader);
      const terms = [...root(reader).querySelectorAll<HTMLElement>('.side [data-term]')].filter(
        (el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 60 && r.bottom <= window.innerHeight;
        },
      );
      expect(terms.length).toBeGreaterThan(2);
      for (const term of terms) {
        await userEvent.hover(term);
        const row = term.closest<HTMLElement>('[data-pair]')!;
        const note = await until(() => row.querySelector('.term-note'), 'the note');
        expect(visible(note)).toBe(true);
        // The note is the glossary's, for this term.
        expect(note.textContent).toContain(term.title);
        expectNothingMoved(before, boxes(reader), `while the note of ${term.textContent} showed`);
      }
    });
  }

  it('walking the terms with the keys shows each note and moves no row', async () => {
    await page.viewport(1280, 900);
    const reader = await mountReport('side');
    await reader.goTo('s1-control');
    const before = await settled(reader);
    const zh = root(reader).querySelector<HTMLElement>(
      '[data-segment-id="s1-control"][lang="zh-Hans"]',
    )!;
    zh.focus();
    let notes = 0;
    for (let k = 0; k < 4; k++) {
      await userEvent.keyboard('{ArrowRight}');
      const focused = root(reader).activeElement as HTMLElement | null;
      if (focused?.dataset.term === undefined) continue;
      const note = await until(
        () => root(reader).querySelector('[data-pair="s1-control"] .term-note'),
        'the note on focus',
      );
      expect(visible(note)).toBe(true);
      notes++;
      expectNothingMoved(before, boxes(reader), 'while a note showed for the keyboard');
    }
    expect(notes).toBeGreaterThan(0);
  });
});
