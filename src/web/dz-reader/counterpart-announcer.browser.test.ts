/**
 * The counterpart of what the keyboard reached is said aloud: a polite live region in the
 * reader reads the other side's words, marked with their language.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { initI18n, setLanguage } from '../../i18n/i18n.ts';
import type { ParallelText } from '../../model/types.ts';
import { until } from '../test-until.ts';
import './dz-reader.ts';
import type { DzReader } from './dz-reader.ts';

beforeAll(async () => {
  await page.viewport(1280, 900);
  await initI18n();
});

afterEach(async () => {
  document.body.replaceChildren();
  localStorage.clear();
  await setLanguage('en');
});

const DOC: ParallelText = {
  id: 'spoken',
  languages: ['zh-Hans', 'en'],
  title: { 'zh-Hans': '小样', en: 'Sample' },
  date: '2026-12-03',
  provenance: {
    'zh-Hans': { by: 'A', role: 'author', source: 'here', licence: 'CC0' },
    en: { by: 'B', role: 'translator', source: 'here', licence: 'CC0' },
  },
  segments: [
    {
      id: 'a',
      kind: 'paragraph',
      text: {
        'zh-Hans': '第一句话。第二句话有三十六万九千七百零五人。',
        en: 'The first sentence. The second has 369,705 people.',
      },
      // Given, so that the test does not depend on how the aligner weighs these lengths.
      sentences: [
        { 'zh-Hans': [0], en: [0] },
        { 'zh-Hans': [1], en: [1] },
      ],
    },
    { id: 'b', kind: 'paragraph', text: { 'zh-Hans': '只在中文里。', en: '' } },
  ],
};

async function mount(): Promise<DzReader> {
  const reader = document.createElement('dz-reader');
  reader.text = DOC;
  document.body.append(reader);
  await reader.updateComplete;
  return reader;
}

function region(reader: DzReader): HTMLElement | null {
  return reader.shadowRoot?.querySelector<HTMLElement>('.counterpart-announcer') ?? null;
}

describe('the counterpart, announced', () => {
  it('says the other side when a side is focused, then the sentence and the figure as the keys walk', async () => {
    const reader = await mount();
    const english = await until(
      () => reader.shadowRoot?.querySelector<HTMLElement>('[data-segment-id="a"][lang="en"]'),
      'the English side',
    );
    expect(region(reader)?.getAttribute('aria-live')).toBe('polite');
    english.focus();
    await expect
      .poll(() => region(reader)?.querySelector('[lang="zh-Hans"]')?.textContent)
      .toBe('第一句话。第二句话有三十六万九千七百零五人。');
    expect(region(reader)?.textContent).toContain('Chinese');
    // → walks to the first sentence, → again to the second, → to its figure.
    await userEvent.keyboard('{ArrowRight}');
    await expect
      .poll(() => region(reader)?.querySelector('[lang="zh-Hans"]')?.textContent)
      .toBe('第一句话。');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect
      .poll(() => region(reader)?.querySelector('[lang="zh-Hans"]')?.textContent)
      .toBe('三十六万九千七百零五');
    // Enter reaches it, and from there the English figure is what is said.
    await userEvent.keyboard('{Enter}');
    await expect
      .poll(() => region(reader)?.querySelector('[lang="en"]')?.textContent)
      .toBe('369,705');
  });

  it('says when the other side is empty, in the interface language', async () => {
    await setLanguage('zh-Hans');
    const reader = await mount();
    const chinese = await until(
      () => reader.shadowRoot?.querySelector<HTMLElement>('[data-segment-id="b"][lang="zh-Hans"]'),
      'the Chinese side of the second pair',
    );
    chinese.focus();
    await expect.poll(() => region(reader)?.textContent).toContain('为空');
    expect(region(reader)?.textContent).toContain('英语');
  });
});
