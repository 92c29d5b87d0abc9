import { describe, expect, it } from 'vitest';
import { documentFromState, stateFromParagraphs } from './convert.ts';
import {
  applyEdit,
  editMeta,
  merge,
  moveSentence,
  shiftParagraph,
  split,
  toggleChecked,
} from './operations.ts';
import { nextLow, pairSentences, type AlignmentState } from './state.ts';

/** Three Chinese and three English paragraphs, paired one to one; paragraph 1 has two sentences. */
function threePairs(confidences: readonly number[] = [0.9, 0.4, 0.95]): AlignmentState {
  return stateFromParagraphs(
    ['第一段。', '第二段甲。第二段乙。', '第三段。'],
    ['One.', 'Two A. Two B.', 'Three.'],
    [0, 1, 2].map((i) => ({ a: [i], b: [i], confidence: confidences[i] ?? 1 })),
    ['zh-Hans', 'en'],
  );
}

/** What a person sees: each pair's sentences on each side. */
function shown(state: AlignmentState): [string[], string[]][] {
  return state.pairs.map((_, k) => [
    pairSentences(state, k, 0).map((s) => s.text),
    pairSentences(state, k, 1).map((s) => s.text),
  ]);
}

describe('building the editable alignment', () => {
  it('cuts paragraphs into sentences and pairs them as the links say', () => {
    expect(shown(threePairs())).toEqual([
      [['第一段。'], ['One.']],
      [
        ['第二段甲。', '第二段乙。'],
        ['Two A.', 'Two B.'],
      ],
      [['第三段。'], ['Three.']],
    ]);
  });

  it('keeps a paragraph no link names as a link of its own', () => {
    const state = stateFromParagraphs(
      ['甲。', '乙。'],
      ['A.'],
      [{ a: [0], b: [0], confidence: 1 }],
      ['zh-Hans', 'en'],
    );
    expect(shown(state)).toEqual([
      [['甲。'], ['A.']],
      [['乙。'], []],
    ]);
  });
});

describe('merging', () => {
  it('joins a pair with the next and keeps the lower confidence', () => {
    const state = threePairs();
    const edit = merge(state, 0);
    expect(edit).toBeDefined();
    const after = applyEdit(state, edit!);
    expect(shown(after)[0]).toEqual([
      ['第一段。', '第二段甲。', '第二段乙。'],
      ['One.', 'Two A.', 'Two B.'],
    ]);
    expect(after.pairs).toHaveLength(2);
    expect(after.pairs[0]?.confidence).toBe(0.4);
  });

  it('does not apply to the last pair', () => {
    expect(merge(threePairs(), 2)).toBeUndefined();
  });
});

describe('splitting', () => {
  it('cuts a pair at the chosen sentence on each side', () => {
    const state = threePairs();
    const after = applyEdit(state, split(state, 1, [1, 1])!);
    expect(shown(after).slice(1, 3)).toEqual([
      [['第二段甲。'], ['Two A.']],
      [['第二段乙。'], ['Two B.']],
    ]);
  });

  it('may leave one side empty in each half (a 1-0 and a 0-1 link)', () => {
    const state = threePairs();
    const after = applyEdit(state, split(state, 1, [2, 0])!);
    expect(shown(after).slice(1, 3)).toEqual([
      [['第二段甲。', '第二段乙。'], []],
      [[], ['Two A.', 'Two B.']],
    ]);
  });

  it('refuses a split that leaves a pair with no text or names a missing sentence', () => {
    const state = threePairs();
    expect(split(state, 1, [0, 0])).toBeUndefined();
    expect(split(state, 1, [2, 2])).toBeUndefined();
    expect(split(state, 1, [3, 1])).toBeUndefined();
    expect(split(state, 9, [1, 1])).toBeUndefined();
  });

  it('puts a paragraph cut by a split back together when the pairs merge again', () => {
    const state = threePairs();
    const cut = applyEdit(state, split(state, 1, [1, 1])!);
    const joined = applyEdit(cut, merge(cut, 1)!);
    expect(documentFromState(joined).segments[1]?.text).toEqual({
      'zh-Hans': '第二段甲。第二段乙。',
      en: 'Two A. Two B.',
    });
  });
});

describe('moving a sentence', () => {
  it('moves the first sentence of one side up to the previous pair', () => {
    const state = threePairs();
    const after = applyEdit(state, moveSentence(state, 1, 1, 'up')!);
    expect(shown(after).slice(0, 2)).toEqual([
      [['第一段。'], ['One.', 'Two A.']],
      [['第二段甲。', '第二段乙。'], ['Two B.']],
    ]);
  });

  it('moves the last sentence of one side down to the next pair', () => {
    const state = threePairs();
    const after = applyEdit(state, moveSentence(state, 1, 0, 'down')!);
    expect(shown(after).slice(1, 3)).toEqual([
      [['第二段甲。'], ['Two A.', 'Two B.']],
      [['第二段乙。', '第三段。'], ['Three.']],
    ]);
  });

  it('removes a pair left with no text', () => {
    let state = stateFromParagraphs(
      ['甲。', '乙。'],
      ['A.'],
      [
        { a: [0], b: [0], confidence: 1 },
        { a: [1], b: [], confidence: 0.2 },
      ],
      ['zh-Hans', 'en'],
    );
    state = applyEdit(state, moveSentence(state, 1, 0, 'up')!);
    expect(shown(state)).toEqual([[['甲。', '乙。'], ['A.']]]);
  });

  it('does not move past the first or last pair, or out of an empty side', () => {
    const state = threePairs();
    expect(moveSentence(state, 0, 0, 'up')).toBeUndefined();
    expect(moveSentence(state, 2, 1, 'down')).toBeUndefined();
    const lopsided = applyEdit(state, split(state, 1, [2, 0])!);
    expect(moveSentence(lopsided, 1, 1, 'down')).toBeUndefined();
  });
});

describe('shifting one side', () => {
  it("moves a pair's first paragraph on one side to the previous pair", () => {
    const state = stateFromParagraphs(
      ['甲。', '乙。'],
      ['A.', 'B one. B two.'],
      [
        { a: [0], b: [], confidence: 0.3 },
        { a: [1], b: [0, 1], confidence: 0.3 },
      ],
      ['zh-Hans', 'en'],
    );
    const after = applyEdit(state, shiftParagraph(state, 1, 1, 'up')!);
    expect(shown(after)).toEqual([
      [['甲。'], ['A.']],
      [['乙。'], ['B one.', 'B two.']],
    ]);
  });

  it("moves a pair's last paragraph on one side, all its sentences, to the next pair", () => {
    const state = stateFromParagraphs(
      ['甲。', '乙。'],
      ['A.', 'B one. B two.'],
      [
        { a: [0], b: [0, 1], confidence: 0.3 },
        { a: [1], b: [], confidence: 0.3 },
      ],
      ['zh-Hans', 'en'],
    );
    const after = applyEdit(state, shiftParagraph(state, 0, 1, 'down')!);
    expect(shown(after)).toEqual([
      [['甲。'], ['A.']],
      [['乙。'], ['B one.', 'B two.']],
    ]);
  });
});

describe('checking', () => {
  it('marks a link as checked and unmarks it', () => {
    const state = threePairs();
    const checked = applyEdit(state, toggleChecked(state, 1)!);
    expect(checked.pairs[1]?.checked).toBe(true);
    const edit = toggleChecked(checked, 1)!;
    expect(edit.kind).toBe('uncheck');
    expect(applyEdit(checked, edit).pairs[1]?.checked).toBe(false);
  });

  it('finds the next low-confidence link, skipping checked ones and wrapping round', () => {
    const state = threePairs([0.3, 0.9, 0.2]);
    expect(nextLow(state, 0)).toBe(2);
    expect(nextLow(state, 2)).toBe(0);
    expect(nextLow(state, 0, -1)).toBe(2);
    const checked = applyEdit(state, toggleChecked(state, 2)!);
    expect(nextLow(checked, 0)).toBe(0);
    const none = applyEdit(checked, toggleChecked(checked, 0)!);
    expect(nextLow(none, 0)).toBeUndefined();
  });
});

describe('editing metadata', () => {
  it('replaces id, titles and date, and does nothing when nothing changed', () => {
    const state = threePairs();
    expect(editMeta(state, state.meta)).toBeUndefined();
    const meta = {
      ...state.meta,
      id: 'report',
      date: '1952',
      title: { 'zh-Hans': '报告', en: 'Report' },
    };
    const after = applyEdit(state, editMeta(state, meta)!);
    expect(after.meta).toEqual(meta);
    expect(after.pairs).toBe(state.pairs);
  });
});
