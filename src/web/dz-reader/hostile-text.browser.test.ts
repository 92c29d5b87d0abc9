/**
 * Hostile document text in the reader: a word too long for any column, an unterminated bidi
 * override, and a permalink hash that is not valid percent-encoding.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { initI18n } from '../../i18n/i18n.ts';
import type { ParallelText } from '../../model/types.ts';
import './dz-reader.ts';
import type { DzReader } from './dz-reader.ts';

beforeAll(async () => {
  await page.viewport(1280, 900);
  await initI18n();
});

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
  history.replaceState(null, '', location.pathname + location.search);
});

function doc(en: string): ParallelText {
  return {
    id: 'hostile',
    languages: ['zh-Hans', 'en'],
    title: { 'zh-Hans': '小样', en: 'Sample' },
    date: '2026-12-03',
    provenance: {
      'zh-Hans': { by: 'A', role: 'author', source: 'here', licence: 'CC0' },
      en: { by: 'B', role: 'translator', source: 'here', licence: 'CC0' },
    },
    segments: [{ id: 'a', kind: 'paragraph', text: { 'zh-Hans': '第一句话。第二句话。', en } }],
  };
}

async function mount(text: ParallelText): Promise<DzReader> {
  const reader = document.createElement('dz-reader');
  reader.text = text;
  document.body.append(reader);
  await reader.updateComplete;
  return reader;
}

async function english(reader: DzReader): Promise<HTMLElement> {
  let el: HTMLElement | null = null;
  await expect
    .poll(() => {
      el =
        reader.shadowRoot?.querySelector<HTMLElement>('[data-segment-id="a"][lang="en"]') ?? null;
      return el !== null;
    })
    .toBe(true);
  return el as unknown as HTMLElement;
}

/** The horizontal middle of the character at `offset` in the first text node under `el`. */
function charX(el: Element, offset: number): number {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const node = walker.nextNode();
  if (node === null) throw new Error('no text');
  const range = document.createRange();
  range.setStart(node, offset);
  range.setEnd(node, offset + 1);
  const r = range.getBoundingClientRect();
  return r.left + r.width / 2;
}

describe('hostile text in the reader', () => {
  it('wraps a 10,000-character word inside its own column', async () => {
    const reader = await mount(doc(`Before ${'x'.repeat(10_000)} after.`));
    const en = await english(reader);
    const zh = reader.shadowRoot!.querySelector<HTMLElement>(
      '[data-segment-id="a"][lang="zh-Hans"]',
    )!;
    const box = en.getBoundingClientRect();
    // The word breaks: the side is no wider than its column and nothing spills out of it.
    expect(en.scrollWidth).toBeLessThanOrEqual(en.clientWidth + 1);
    expect(box.right).toBeLessThanOrEqual(window.innerWidth);
    expect(box.left).toBeGreaterThanOrEqual(zh.getBoundingClientRect().right);
    expect(box.height).toBeGreaterThan(100);
  });

  it('keeps an unterminated right-to-left override inside its own sentence', async () => {
    const reader = await mount(doc('Odd \u202Eabc. Zed tail.'));
    const en = await english(reader);
    const sentences = en.querySelectorAll('[data-sentence]');
    expect(sentences.length).toBe(2);
    const second = sentences[1]!;
    expect(second.textContent).toBe('Zed tail.');
    // Left to right as written: Z is drawn left of the final l. Without isolation the
    // override runs on to the end of the paragraph and reverses this sentence too.
    expect(charX(second, 0)).toBeLessThan(charX(second, 7));
  });

  it('shows a clear notice, not an uncaught URIError, for a malformed hash', async () => {
    const uncaught: string[] = [];
    const onError = (e: ErrorEvent): void => {
      // The virtualizer's benign ResizeObserver notice is not what this test is about.
      if (!e.message.includes('ResizeObserver')) uncaught.push(e.message);
    };
    window.addEventListener('error', onError);
    history.replaceState(null, '', `${location.pathname}${location.search}#%`);
    const reader = await mount(doc('Fine.'));
    await english(reader);
    await expect.poll(() => reader.shadowRoot?.textContent ?? '').toContain('%');
    window.removeEventListener('error', onError);
    expect(uncaught).toEqual([]);
  });
});
