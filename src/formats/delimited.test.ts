import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParallelText, Result } from '../model/types.ts';
import { formatIssue } from '../model/validate.ts';
import { FORMATS } from './registry.ts';

function ok(result: Result<ParallelText>): ParallelText {
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.value;
}

describe('importing a table', () => {
  it('reads RFC 4180 CSV: doubled quotes, commas and line breaks inside quotes, id and note columns', () => {
    const csv = readFileSync(new URL('./fixtures/quoted.csv', import.meta.url));
    const doc = ok(FORMATS.csv.parse(csv, { file: 'quoted.csv' }));
    expect(doc.languages).toEqual(['zh-Hans', 'en']);
    expect(doc.segments).toEqual([
      {
        id: 'p1',
        kind: 'paragraph',
        text: { 'zh-Hans': '他说："走吧。"', en: 'He said, "Let\'s go."' },
      },
      {
        id: 'p2',
        kind: 'paragraph',
        text: { 'zh-Hans': '第一行\r\n第二行', en: 'Line one\r\nline two' },
        note: 'a note, with a comma',
      },
      { id: 's3', kind: 'paragraph', text: { 'zh-Hans': '', en: 'Only English' } },
    ]);
  });

  it('reads a TSV without a header as Chinese then English', () => {
    const doc = ok(FORMATS.tsv.parse('一。\tOne.\n二。\tTwo "quoted".\n', { file: 't.tsv' }));
    expect(doc.segments.map((s) => [s.id, s.text])).toEqual([
      ['s1', { 'zh-Hans': '一。', en: 'One.' }],
      ['s2', { 'zh-Hans': '二。', en: 'Two "quoted".' }],
    ]);
  });

  it('follows a header that puts English first, with its language tags', () => {
    const doc = ok(FORMATS.tsv.parse('en-US\tzh-TW\nOne.\t一。\n', { file: 't.tsv' }));
    expect(doc.languages).toEqual(['zh-TW', 'en-US']);
    expect(doc.segments[0]?.text).toEqual({ 'zh-TW': '一。', 'en-US': 'One.' });
  });

  it('reads source/target headers in the languages it is given', () => {
    const doc = ok(
      FORMATS.csv.parse('source,target\n一。,One.\n', {
        file: 't.csv',
        languages: ['zh-Hant', 'en-GB'],
      }),
    );
    expect(doc.languages).toEqual(['zh-Hant', 'en-GB']);
    expect(doc.segments[0]?.text).toEqual({ 'zh-Hant': '一。', 'en-GB': 'One.' });
  });

  it('keeps a TSV field that only starts with a quote as written', () => {
    const doc = ok(
      FORMATS.tsv.parse('"Go," he said.\t他说。\n', { file: 't.tsv', languages: ['en', 'zh'] }),
    );
    expect(doc.segments[0]?.text).toEqual({ en: '"Go," he said.', zh: '他说。' });
  });

  it('names the line and column of a quote left open', () => {
    const result = FORMATS.csv.parse('a,b\nc,"d\ne,f\n', { file: 'bad.csv' });
    expect(result.ok ? '' : formatIssue(result.issues[0]!)).toBe(
      'bad.csv:2:3: a quoted field is never closed',
    );
  });

  it('refuses text after a closing quote in CSV', () => {
    const result = FORMATS.csv.parse('"a"b,c\n', { file: 'bad.csv' });
    expect(result.ok ? undefined : result.issues[0]).toMatchObject({
      code: 'quote',
      line: 1,
      column: 4,
    });
  });

  it('refuses a table whose second column is empty throughout', () => {
    const result = FORMATS.csv.parse('一。\n二。,\n', { file: 'one.csv' });
    expect(result.ok ? '' : formatIssue(result.issues[0]!)).toBe(
      'one.csv: the en side is empty in every unit; is it the right language pair?',
    );
  });
});
