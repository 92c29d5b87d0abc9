import { describe, expect, it } from 'vitest';
import type { ParallelText } from '../types.ts';
import { validateDocument } from '../validate.ts';
import {
  defaultMeta,
  documentFromState,
  stateFromDocument,
  stateFromParagraphs,
} from './convert.ts';

function sampleDocument(): ParallelText {
  return {
    id: 'sample',
    languages: ['zh-Hans', 'en'],
    title: { 'zh-Hans': '样本', en: 'Sample' },
    date: '2024-05-01',
    provenance: {
      'zh-Hans': { by: 'A', role: 'author', source: 'S', licence: 'L' },
      en: { by: 'B', role: 'translator', source: 'S', licence: 'L' },
    },
    segments: [
      { id: 'title', kind: 'heading1', text: { 'zh-Hans': '标题', en: 'Title' } },
      {
        id: 'body',
        kind: 'paragraph',
        note: 'A note.',
        text: {
          'zh-Hans': '第一句。第二句。',
          en: [
            { kind: 'paragraph', text: 'First sentence. Second sentence.' },
            { kind: 'list-item', marker: '1.', text: 'An item.' },
          ],
        },
      },
    ],
    glossary: [{ id: 'g', terms: { 'zh-Hans': ['样本'], en: ['sample'] } }],
  };
}

describe('documents and the editable form', () => {
  it('turn a document into pairs and back without changing it', () => {
    const doc = sampleDocument();
    expect(documentFromState(stateFromDocument(doc))).toEqual(doc);
  });

  it('number pairs without an id, avoiding ids already taken', () => {
    const state = stateFromParagraphs(
      ['甲。', '乙。'],
      ['A.', 'B.'],
      [
        { a: [0], b: [0], confidence: 1 },
        { a: [1], b: [1], confidence: 1 },
      ],
      ['zh-Hans', 'en'],
    );
    const withId = { ...state, pairs: [state.pairs[0]!, { ...state.pairs[1]!, id: 's1' }] };
    expect(documentFromState(withId).segments.map((s) => s.id)).toEqual(['s2', 's1']);
  });

  it('give a fresh import metadata that only needs titles, id and date to be valid', () => {
    const state = stateFromParagraphs(
      ['甲。'],
      ['A.'],
      [{ a: [0], b: [0], confidence: 1 }],
      ['zh-Hans', 'en'],
    );
    const doc = documentFromState({
      ...state,
      meta: {
        ...defaultMeta(['zh-Hans', 'en']),
        title: { 'zh-Hans': '甲', en: 'A' },
        date: '2024',
      },
    });
    expect(validateDocument(doc).ok).toBe(true);
  });

  it('keep the spaces between sentences as written', () => {
    const state = stateFromParagraphs(
      ['甲。  乙。'],
      ['A.  B.'],
      [{ a: [0], b: [0], confidence: 1 }],
      ['zh-Hans', 'en'],
    );
    expect(documentFromState(state).segments[0]?.text).toEqual({
      'zh-Hans': '甲。  乙。',
      en: 'A.  B.',
    });
  });
});
