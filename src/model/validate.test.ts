import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDocument } from './document.ts';
import { formatIssue, parseDocument, validateDocument } from './validate.ts';

const schema = JSON.parse(readFileSync('texts/duizhao.schema.json', 'utf8')) as object;
const schemaValid = new Ajv2020({ allErrors: true }).compile(schema);

function doc(): Record<string, unknown> {
  return {
    $schema: './duizhao.schema.json',
    id: 'sample',
    languages: ['zh-Hans', 'en'],
    title: { 'zh-Hans': '样本', en: 'Sample' },
    date: '1952-12-18',
    provenance: {
      'zh-Hans': {
        by: 'duizhao',
        role: 'translator',
        source: 'this edition',
        licence: 'CC BY 4.0',
      },
      en: { by: 'someone', role: 'translator', source: 'given', licence: 'as given' },
    },
    segments: [
      { id: 's1', kind: 'heading1', text: { 'zh-Hans': '标题', en: 'Title' } },
      {
        id: 's2',
        kind: 'paragraph',
        text: {
          'zh-Hans': '一段。',
          en: [
            { kind: 'paragraph', text: 'A paragraph.' },
            { kind: 'list-item', text: 'and a list', marker: '1.' },
          ],
        },
        note: 'n',
      },
      {
        id: 's3',
        kind: 'paragraph',
        text: { 'zh-Hans': '只有中文。', en: '' },
        sentences: [{ 'zh-Hans': [0], en: [] }],
      },
    ],
    glossary: [{ id: 'g', terms: { 'zh-Hans': ['标题'], en: ['title'] }, note: 'x' }],
    crossRefs: [{ from: 's1', to: 's2', label: 'see' }],
  };
}

describe('validating a document', () => {
  it('accepts the bundled report, by the validator and by the JSON Schema', () => {
    const text = readFileSync('texts/luo-ruiqing-1952-anti-narcotics.json', 'utf8');
    const result = parseDocument(text, 'texts/luo-ruiqing-1952-anti-narcotics.json');
    expect(result.ok && checkDocument(result.value)).toEqual([]);
    expect(schemaValid(JSON.parse(text))).toBe(true);
  });

  it('accepts 1:n pairings, empty sides and explicit sentence links', () => {
    const result = validateDocument(doc());
    expect(result.ok).toBe(true);
  });

  it('names the file, the segment and the field of a bad side', () => {
    const bad = doc();
    (bad.segments as { text: Record<string, unknown> }[])[1]!.text.en = 7;
    const result = validateDocument(bad, 'texts/sample.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(formatIssue)).toEqual([
      'texts/sample.json: segment s2: segments/1/text/en: must be a string or a list of blocks',
    ]);
  });

  it('finds duplicate ids, unknown languages, dangling cross-references and bad sentence indices', () => {
    const bad = doc();
    const segments = bad.segments as Record<string, unknown>[];
    segments[2]!.id = 's1';
    (segments[0]!.text as Record<string, unknown>).fr = 'Titre';
    bad.crossRefs = [{ from: 's1', to: 'nowhere' }];
    const result = validateDocument(bad, 'f.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.issues.map(formatIssue);
    expect(lines).toContainEqual(
      expect.stringContaining('segment s1: segments/2/id: segment id "s1" is used twice'),
    );
    expect(lines).toContainEqual(expect.stringContaining('segments/0/text/fr'));
    expect(lines).toContainEqual(
      expect.stringContaining('crossRefs/0/to: names segment "nowhere"'),
    );

    const links = doc();
    (links.segments as Record<string, unknown>[])[2]!.sentences = [{ 'zh-Hans': [3] }];
    const ok = validateDocument(links, 'f.json');
    expect(ok.ok && checkDocument(ok.value, 'f.json').map(formatIssue)).toEqual([
      'f.json: segment s3: segments/2/sentences/0/zh-Hans: names sentence 3, but the zh-Hans side has 1 sentence(s), numbered from 0',
    ]);
  });

  it('gives the line and column of a JSON syntax error', () => {
    const result = parseDocument('{\n  "id": "x",\n  oops\n}', 'bad.json');
    expect(!result.ok && formatIssue(result.issues[0]!)).toMatch(
      /^bad\.json:3:\d+: not valid JSON/,
    );
  });

  it('works for zh-Hant and other pairs', () => {
    const text = JSON.stringify(doc()).replaceAll('zh-Hans', 'zh-Hant');
    expect(parseDocument(text).ok).toBe(true);
  });

  it('agrees with the JSON Schema on structure, for any mutation of a valid document', () => {
    // Mutations that the schema can see; the validator also checks what a schema cannot
    // (keys equal to the document's languages, unique ids, reference targets).
    const paths: [string[], unknown][] = [
      [['id'], 'has space'],
      [['date'], '18 Dec 1952'],
      [['languages'], ['zh-Hans']],
      [['segments'], []],
      [['segments', '0', 'kind'], 'chapter'],
      [['segments', '0', 'id'], '#bad'],
      [['segments', '1', 'text', 'en', '1', 'text'], ''],
      [['segments', '1', 'text', 'en', '0', 'kind'], 'quote'],
      [['segments', '1', 'extra'], 1],
      [['segments', '2', 'sentences', '0', 'en'], [-1]],
      [['provenance', 'en', 'role'], 'scribe'],
      [['provenance', 'en', 'licence'], ''],
      [['glossary', '0', 'terms', 'en'], []],
      [['crossRefs', '0', 'label'], 3],
      [['title', 'en'], ' '],
      [['editionNote'], 'not an object'],
    ];
    fc.assert(
      fc.property(fc.subarray(paths, { minLength: 1 }), (chosen) => {
        const d = doc();
        for (const [path, value] of chosen) {
          let at: Record<string, unknown> | undefined = d;
          for (const key of path.slice(0, -1))
            at = at?.[key] as Record<string, unknown> | undefined;
          // An earlier mutation may have replaced the parent; the document is invalid anyway.
          if (typeof at === 'object') at[path.at(-1)!] = value;
        }
        expect(schemaValid(d)).toBe(false);
        expect(validateDocument(d).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
