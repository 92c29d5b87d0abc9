/** Small valid documents for the formats' tests (not shipped: nothing outside tests imports it). */
import type { ParallelText } from '../model/types.ts';
import { validateDocument } from '../model/validate.ts';

/** A two-segment document with a cross-reference from its paragraph to its heading. */
export function smallDocument(): ParallelText {
  const result = validateDocument({
    id: 'small',
    languages: ['zh-Hans', 'en'],
    title: { 'zh-Hans': '小样', en: 'Small' },
    date: '1952-12-18',
    provenance: {
      'zh-Hans': { by: '本版', role: 'translator', source: 'this edition', licence: 'CC0' },
      en: { by: 'Someone', role: 'author', source: 'the seed', licence: 'CC0' },
    },
    segments: [
      { id: 'h1', kind: 'heading1', text: { 'zh-Hans': '报告', en: 'Report' } },
      { id: 'p1', kind: 'paragraph', text: { 'zh-Hans': '一段。', en: 'A paragraph.' } },
    ],
    crossRefs: [{ from: 'p1', to: 'h1' }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}
