import { html, render } from 'lit';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n/i18n.ts';
import { pairView } from '../../model/pair.ts';
import { isChinese, type ParallelText } from '../../model/types.ts';
import { ALL } from './filter.ts';
import { basePairContext } from './pair-context.ts';
import { renderPair, type RunAt } from './render-pair.ts';

beforeAll(async () => {
  await initI18n();
});

const doc: ParallelText = {
  id: 'runs',
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
      text: { 'zh-Hans': '共有三十六万九千七百零五人。', en: 'In all 369,705 people.' },
    },
  ],
};

describe('a reading aid hook on how pairs render', () => {
  it('annotates the Chinese side only, keeping figures, sentences and text as they were', () => {
    const base = basePairContext(doc, { active: undefined, linked: undefined, filter: ALL });
    // What a pinyin aid would do: wrap each Chinese run in ruby, as data, never as HTML.
    const ctx = {
      ...base,
      textRun: (text: string, lang: string, at: RunAt) =>
        isChinese(lang) ? html`<ruby>${text}<rt>·</rt></ruby>` : base.textRun(text, lang, at),
    };
    const host = document.createElement('div');
    render(renderPair(pairView(doc, 0), ctx), host);
    const zh = host.querySelector('[lang="zh-Hans"]')!;
    const en = host.querySelector('[lang="en"]')!;
    expect(zh.querySelectorAll('ruby').length).toBeGreaterThan(0);
    // The figure keeps its counterpart key; its text is annotated like the rest.
    expect(zh.querySelector('[data-figure="n369705"] ruby')?.textContent).toBe(
      '三十六万九千七百零五·',
    );
    expect(en.querySelector('ruby')).toBeNull();
    expect(en.textContent).toContain('In all 369,705 people.');
    expect(en.querySelector('[data-figure="n369705"]')?.textContent).toBe('369,705');
  });
});
