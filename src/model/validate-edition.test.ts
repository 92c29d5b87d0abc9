import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { formatIssue, validateDocument } from './validate.ts';

const schema = JSON.parse(readFileSync('texts/duizhao.schema.json', 'utf8')) as object;
const schemaValid = new Ajv2020({ allErrors: true }).compile(schema);

function doc(): Record<string, unknown> {
  return {
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
    segments: [{ id: 's1', kind: 'paragraph', text: { 'zh-Hans': '一段。', en: 'A paragraph.' } }],
    version: '2',
    revisions: [
      { version: '1', date: '2026-11-28', changes: { 'zh-Hans': '初稿。', en: 'First draft.' } },
      { version: '2', date: '2026-12-03', changes: { 'zh-Hans': '重读。', en: 'Read again.' } },
    ],
    citation: {
      creators: [
        {
          role: 'author',
          name: { 'zh-Hans': { literal: '罗瑞卿' }, en: { family: 'Luo', given: 'Ruiqing' } },
        },
        {
          role: 'translator',
          side: 'zh-Hans',
          name: { 'zh-Hans': { literal: '编者' }, en: { literal: 'the editors' } },
        },
      ],
      publisher: { 'zh-Hans': 'duizhao', en: 'duizhao' },
      edition: { 'zh-Hans': '本版中文译写本', en: "duizhao's Chinese rendering" },
    },
  };
}

function issuesOf(d: Record<string, unknown>): string[] {
  const result = validateDocument(d, 'f.json');
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('a document’s version, revisions and citation record', () => {
  it('are read into the document, and the bundled report has them', () => {
    const result = validateDocument(doc());
    expect(result.ok && result.value.version).toBe('2');
    expect(result.ok && result.value.revisions?.map((r) => r.version)).toEqual(['1', '2']);
    expect(result.ok && result.value.citation?.creators[0]?.name.en).toEqual({
      family: 'Luo',
      given: 'Ruiqing',
    });
    expect(schemaValid(doc())).toBe(true);

    const report = JSON.parse(
      readFileSync('texts/luo-ruiqing-1952-anti-narcotics.json', 'utf8'),
    ) as Record<string, unknown>;
    const loaded = validateDocument(report);
    expect(loaded.ok && loaded.value.version).toBe(
      loaded.ok && loaded.value.revisions?.at(-1)?.version,
    );
    expect(loaded.ok && loaded.value.citation?.creators.map((c) => c.role)).toContain('forwarder');
  });

  it('refuse a version that is not the last revision’s, or revisions without a version', () => {
    const d = doc();
    d.version = '3';
    expect(issuesOf(d)).toEqual([
      'f.json: revisions: the last revision is "2" but the version is "3"',
    ]);
    const e = doc();
    delete e.version;
    expect(issuesOf(e)).toEqual([
      'f.json: version: a document with revisions must name its version',
    ]);
  });

  it('are refused alike by the validator and the schema when malformed', () => {
    const mutations: ((d: Record<string, unknown>) => void)[] = [
      (d) => (d.version = 'two words'),
      (d) => ((d.revisions as Record<string, unknown>[])[0]!.date = 'yesterday'),
      (d) => ((d.revisions as Record<string, unknown>[])[1]!.changes = { en: 'only English' }),
      (d) => ((d.citation as { creators: Record<string, unknown>[] }).creators[0]!.role = 'scribe'),
      (d) =>
        ((d.citation as { creators: Record<string, unknown>[] }).creators[0]!.name = {
          'zh-Hans': { literal: '' },
          en: { literal: 'x' },
        }),
      (d) =>
        ((d.citation as { creators: Record<string, unknown>[] }).creators[0]!.name = {
          'zh-Hans': { family: '罗' },
          en: { literal: 'x' },
        }),
      (d) => ((d.citation as Record<string, unknown>).creators = []),
      (d) => delete (d.citation as Record<string, unknown>).edition,
      (d) => ((d.citation as Record<string, unknown>).extra = 1),
    ];
    for (const mutate of mutations) {
      const d = doc();
      mutate(d);
      expect(schemaValid(d), String(mutate)).toBe(false);
      expect(issuesOf(d).length, String(mutate)).toBeGreaterThan(0);
    }
  });
});
