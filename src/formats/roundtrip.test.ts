import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocksOf } from '../model/pair.ts';
import type { Block, ParallelText, Segment, SideSource } from '../model/types.ts';
import { BLOCK_KINDS } from '../model/types.ts';
import { validateDocument } from '../model/validate.ts';
import { FORMATS, type FormatName } from './registry.ts';

/** A document with every feature a format may or may not hold. */
function sampleDocument(): ParallelText {
  const result = validateDocument({
    id: 'sample',
    languages: ['zh-Hans', 'en'],
    title: { 'zh-Hans': '样本', en: 'A sample' },
    date: '1952-12-18',
    provenance: {
      'zh-Hans': { by: '本版', role: 'translator', source: 'this edition', licence: 'CC0' },
      en: { by: 'Someone', role: 'author', source: 'the seed', licence: 'CC0' },
    },
    editionNote: { en: 'A note on the edition.' },
    segments: [
      { id: 'h1', kind: 'heading1', text: { 'zh-Hans': '总结报告', en: 'Summary Report' } },
      {
        id: 'p1',
        kind: 'paragraph',
        text: {
          'zh-Hans': '他说："<走>" & 离开。',
          en: 'He said, "<go>" & *left*, with **90%**.',
        },
        note: 'Quotes, <angle brackets> & ampersands.',
        sentences: [{ 'zh-Hans': [0], en: [0] }],
      },
      {
        id: 'arms',
        kind: 'paragraph',
        text: {
          'zh-Hans': '缴获迫击炮二门、机枪五挺。',
          en: [
            { kind: 'paragraph', text: 'Seized:' },
            { kind: 'list-item', text: '2 mortars,', marker: '1.' },
            { kind: 'list-item', text: '5 machine\nguns.' },
          ],
        },
      },
      { id: 'only-zh', kind: 'date', text: { 'zh-Hans': '一九五二年', en: '' } },
      { id: 'only-en', kind: 'signature', text: { 'zh-Hans': '', en: 'Luo Ruiqing' } },
    ],
    glossary: [{ id: 'guanzhi', terms: { 'zh-Hans': ['管制'], en: ['control'] }, note: 'n' }],
    crossRefs: [{ from: 'p1', to: 'h1', label: 'see' }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** What a two-column table can hold of a segment: text (blocks joined by lines), id, note, kind. */
function flattened(segment: Segment, langs: readonly string[]): Segment {
  const text: Record<string, SideSource> = {};
  for (const lang of langs) {
    const side = segment.text[lang] ?? '';
    text[lang] =
      typeof side === 'string'
        ? side
        : blocksOf(segment, lang)
            .map((b) => b.text)
            .join('\n');
  }
  const out: Segment = { id: segment.id, kind: segment.kind, text };
  if (segment.note !== undefined) out.note = segment.note;
  return out;
}

function withoutSchema(doc: ParallelText): Omit<ParallelText, '$schema'> {
  const rest: ParallelText = { ...doc };
  delete rest.$schema;
  return rest;
}

function roundTrip(name: FormatName, doc: ParallelText): ParallelText {
  const format = FORMATS[name];
  const result = format.parse(format.serialize(doc), { file: `doc.${name}` });
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  expect(result.warnings).toEqual([]);
  return result.value;
}

describe('a document exported and imported again', () => {
  it.each(['json', 'tmx', 'xliff', 'xliff2'] as const)(
    'comes back whole through %s: text, blocks, ids, notes, kinds, sentence links, glossary',
    (name) => {
      const doc = sampleDocument();
      expect(withoutSchema(roundTrip(name, doc))).toEqual(withoutSchema(doc));
    },
  );

  it.each(['tsv', 'csv'] as const)(
    'keeps text, ids, notes and kinds through %s (a list of blocks becomes lines of one block)',
    (name) => {
      const doc = sampleDocument();
      const back = roundTrip(name, doc);
      expect(back.languages).toEqual(doc.languages);
      expect(back.segments).toEqual(doc.segments.map((s) => flattened(s, doc.languages)));
    },
  );

  it('writes our JSON with the schema first and two-space indentation', () => {
    const text = FORMATS.json.serialize(sampleDocument());
    expect(text.startsWith('{\n  "$schema": "./duizhao.schema.json",\n  "id": "sample"')).toBe(
      true,
    );
    expect(text.endsWith('}\n')).toBe(true);
  });
});

// Text that is hard for XML, CSV and TSV: quotes, markup characters, tabs, newlines (CRLF too),
// CJK, emoji, emphasis asterisks, spaces at the ends.
const PIECES = [
  'a',
  'Z',
  ' ',
  '"',
  "'",
  '<',
  '>',
  '&',
  '&amp;',
  ']]>',
  '\t',
  '\n',
  '\r\n',
  ',',
  ';',
  '*',
  '**',
  '中',
  '文',
  '。',
  '“',
  '”',
  '😀',
  '👨‍👩‍👧',
  '\\',
  '#',
  '=',
];
const awkward = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(''));
/** Text with something visible in it (a side of only spaces reads as empty). */
const visible = fc
  .tuple(awkward, fc.constantFrom('x', '字', '1', '"', '<'), awkward)
  .map(([a, b, c]) => a + b + c);
const kind = fc.constantFrom(...BLOCK_KINDS);
const block: fc.Arbitrary<Block> = fc
  .record({
    kind,
    text: visible,
    marker: fc.option(fc.constantFrom('1.', '-', 'a)'), { nil: undefined }),
  })
  .map(({ kind: k, text, marker }) =>
    marker === undefined ? { kind: k, text } : { kind: k, text, marker },
  );
const side: fc.Arbitrary<SideSource> = fc.oneof(
  { weight: 2, arbitrary: visible },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.array(block, { minLength: 1, maxLength: 3 }) },
);
const languagePairs = fc.constantFrom<[string, string]>(
  ['zh-Hans', 'en'],
  ['zh-Hant', 'en-GB'],
  ['zh-CN', 'en-US'],
);

const documents: fc.Arbitrary<ParallelText> = fc
  .record({
    langs: languagePairs,
    ids: fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,6}$/), {
      minLength: 1,
      maxLength: 6,
    }),
    sides: fc.array(fc.tuple(side, side, kind, fc.option(visible, { nil: undefined })), {
      minLength: 6,
      maxLength: 6,
    }),
    title: visible,
  })
  .map(({ langs, ids, sides, title }) => {
    const [a, b] = langs;
    const segments = ids.map((id, i) => {
      const [sa, sb, k, note] = sides[i] ?? ['', '', 'paragraph', undefined];
      // The first segment has both sides, so that neither language is empty throughout.
      const first = i === 0;
      const text = {
        [a]: first && isEmpty(sa) ? 'x' : sa,
        [b]: isEmpty(sb) && (first || isEmpty(sa)) ? 'y' : sb,
      };
      return note === undefined ? { id, kind: k, text } : { id, kind: k, text, note };
    });
    const result = validateDocument({
      id: 'generated',
      languages: [a, b],
      title: { [a]: title, [b]: title },
      date: '2024-01-31',
      provenance: {
        [a]: { by: title, role: 'author', source: 's', licence: 'l' },
        [b]: { by: 'b', role: 'translator', source: 's', licence: 'l' },
      },
      segments,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result.value;
  });

function isEmpty(side: SideSource): boolean {
  return typeof side === 'string' ? side.trim() === '' : side.length === 0;
}

describe('any document, however awkward its text', () => {
  it.each(['json', 'tmx', 'xliff', 'xliff2'] as const)('survives %s unchanged', (name) => {
    fc.assert(
      fc.property(documents, (doc) => {
        expect(withoutSchema(roundTrip(name, doc))).toEqual(withoutSchema(doc));
      }),
      { numRuns: 150 },
    );
  });

  it.each(['tsv', 'csv'] as const)('keeps its text, ids, notes and kinds through %s', (name) => {
    fc.assert(
      fc.property(documents, (doc) => {
        const back = roundTrip(name, doc);
        expect(back.segments).toEqual(doc.segments.map((s) => flattened(s, doc.languages)));
      }),
      { numRuns: 150 },
    );
  });
});
