import { describe, expect, it } from 'vitest';
import { counterpartOf, pairView, type PairView } from './pair.ts';
import type { ParallelText, Segment } from './types.ts';

function docWith(segments: Segment[]): ParallelText {
  return {
    id: 'counterparts',
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

const two: Segment = {
  id: 'a',
  kind: 'paragraph',
  text: {
    'zh-Hans': '第一句话。第二句话有三十六万九千七百零五人被管制。',
    en: 'The first sentence. The second has 369,705 people placed under control.',
  },
};

function keysOf(view: PairView, side: 0 | 1): string[] {
  return view.sides[side].blocks.flatMap((b) =>
    b.sentences.flatMap((s) => s.tokens.map((t) => t.key)),
  );
}

describe('counterpartOf', () => {
  it('answers a Chinese sentence with the English sentence of the same link', () => {
    const view = pairView(docWith([two]), 0);
    const link = view.sides[0].blocks[0]!.sentences[1]!.link;
    expect(counterpartOf(view, 0, { kind: 'sentence', link })).toEqual({
      side: 1,
      stop: { kind: 'sentence', link },
    });
  });

  it('answers a figure and a term with the token of the same key, in both directions', () => {
    const view = pairView(docWith([two]), 0);
    expect(keysOf(view, 0)).toEqual(['n369705', 'term:guanzhi']);
    for (const key of keysOf(view, 0)) {
      expect(counterpartOf(view, 0, { kind: 'token', key })).toEqual({
        side: 1,
        stop: { kind: 'token', key },
      });
      expect(counterpartOf(view, 1, { kind: 'token', key }).side).toBe(0);
    }
  });

  it('answers the side itself with the other side', () => {
    const view = pairView(docWith([two]), 0);
    expect(counterpartOf(view, 1, { kind: 'side' })).toEqual({ side: 0, stop: { kind: 'side' } });
  });

  it('falls back to the other side for a sentence left unaligned or a figure it lacks', () => {
    const loose: Segment = {
      id: 'b',
      kind: 'paragraph',
      text: { 'zh-Hans': '共一千二百个地区。补充一句。', en: 'In all 1,202 regions.' },
      // The second Chinese sentence is linked to nothing in English.
      sentences: [{ 'zh-Hans': [0], en: [0] }],
    };
    const view = pairView(docWith([loose]), 0);
    const unaligned = view.sides[0].blocks[0]!.sentences[1]!;
    expect(view.sides[1].blocks[0]!.sentences.map((s) => s.link)).not.toContain(unaligned.link);
    expect(counterpartOf(view, 0, { kind: 'sentence', link: unaligned.link }).stop).toEqual({
      kind: 'side',
    });
    // 一千二百 and 1,202 differ, so each is an unmatched figure with no counterpart.
    const [token] = view.sides[1].blocks[0]!.sentences[0]!.tokens;
    expect(token?.kind).toBe('unmatched');
    expect(counterpartOf(view, 1, { kind: 'token', key: token!.key }).stop).toEqual({
      kind: 'side',
    });
  });
});
