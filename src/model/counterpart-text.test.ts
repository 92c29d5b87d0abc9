import { describe, expect, it } from 'vitest';
import { counterpartText } from './counterpart-text.ts';
import { pairView } from './pair.ts';
import type { ParallelText, Segment } from './types.ts';

function docWith(segments: Segment[]): ParallelText {
  return {
    id: 'spoken',
    languages: ['zh-Hans', 'en'],
    title: { 'zh-Hans': '对照', en: 'Counterparts' },
    date: '2026-12-03',
    provenance: {
      'zh-Hans': { by: 'A', role: 'author', source: 'here', licence: 'CC0' },
      en: { by: 'B', role: 'translator', source: 'here', licence: 'CC0' },
    },
    glossary: [{ id: 'guanzhi', terms: { 'zh-Hans': ['管制'], en: ['placed under control'] } }],
    segments,
  };
}

const doc = docWith([
  {
    id: 'a',
    kind: 'paragraph',
    text: {
      'zh-Hans': '第一句话。第二句话有三十六万九千七百零五人被管制。',
      en: 'The first sentence. The second has 369,705 people placed under control.',
    },
  },
  {
    id: 'b',
    kind: 'paragraph',
    text: {
      'zh-Hans': '只有中文。',
      en: [
        { kind: 'paragraph', text: 'Two *blocks*.' },
        { kind: 'list-item', text: 'The second.' },
      ],
    },
  },
  { id: 'c', kind: 'paragraph', text: { 'zh-Hans': '英文为空。', en: '' } },
]);

describe('counterpartText', () => {
  it('gives the whole other side for a side, every block of it, without markup', () => {
    expect(counterpartText(pairView(doc, 1), 0, { kind: 'side' })).toEqual({
      lang: 'en',
      text: 'Two blocks. The second.',
    });
    expect(counterpartText(pairView(doc, 0), 1, { kind: 'side' }).lang).toBe('zh-Hans');
  });

  it('gives the sentence of the same link for a sentence', () => {
    const view = pairView(doc, 0);
    const link = view.sides[1].blocks[0]!.sentences[1]!.link;
    expect(counterpartText(view, 1, { kind: 'sentence', link })).toEqual({
      lang: 'zh-Hans',
      text: '第二句话有三十六万九千七百零五人被管制。',
    });
  });

  it('gives the figure or term of the same key for a figure or term', () => {
    const view = pairView(doc, 0);
    expect(counterpartText(view, 1, { kind: 'token', key: 'n369705' }).text).toBe(
      '三十六万九千七百零五',
    );
    const term = view.sides[0].blocks[0]!.sentences[1]!.tokens.find((t) => t.kind === 'term');
    expect(counterpartText(view, 0, { kind: 'token', key: term!.key }).text).toBe(
      'placed under control',
    );
  });

  it('says nothing for an empty other side', () => {
    expect(counterpartText(pairView(doc, 2), 0, { kind: 'side' })).toEqual({
      lang: 'en',
      text: '',
    });
  });
});
