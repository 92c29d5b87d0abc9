import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParallelText, Result } from '../model/types.ts';
import { formatIssue } from '../model/validate.ts';
import { FORMATS, formatForFile } from './registry.ts';

function ok(result: Result<ParallelText>): ParallelText {
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.value;
}

const v12 = readFileSync(new URL('./fixtures/sample-1.2.xlf', import.meta.url));
const v20 = readFileSync(new URL('./fixtures/sample-2.0.xlf', import.meta.url));

describe('importing XLIFF', () => {
  it('reads 1.2 trans-units through groups, Chinese first though English is the source', () => {
    const doc = ok(formatForFile('sample-1.2.xlf')!.parse(v12, { file: 'sample-1.2.xlf' }));
    expect(doc.languages).toEqual(['zh-Hans', 'en']);
    expect(doc.segments).toEqual([
      {
        id: 't1',
        kind: 'paragraph',
        text: { 'zh-Hans': '报告分三部分。', en: 'The report has three parts.' },
        note: 'A heading in the original.\nChecked.',
      },
      {
        id: 't2',
        kind: 'paragraph',
        text: { 'zh-Hans': '子弹八万零二百九十六发。', en: 'Seized: 80,296 rounds.' },
      },
      { id: 't3', kind: 'paragraph', text: { 'zh-Hans': '', en: 'Not yet translated.' } },
    ]);
  });

  it('reads 2.0 units: segments and ignorable space joined, codes dropped, <cp> kept', () => {
    const doc = ok(FORMATS.xliff.parse(v20, { file: 'sample-2.0.xlf' }));
    expect(doc.languages).toEqual(['zh-Hant', 'en-GB']);
    expect(doc.segments).toEqual([
      {
        id: 'u1',
        kind: 'paragraph',
        text: {
          'zh-Hant': '運動結束。 毒販被捕。',
          'en-GB': 'The campaign ended. Traffickers were arrested.\u00a0',
        },
        note: 'Two segments in one unit.',
      },
      {
        id: 'u2',
        kind: 'paragraph',
        text: { 'zh-Hant': '第二段。', 'en-GB': 'Second paragraph.x' },
      },
    ]);
  });

  it('lists the languages it has when the pair is missing', () => {
    const result = FORMATS.xliff.parse(v20, { file: 'f.xlf', languages: ['zh-CN', 'en'] });
    expect(result.ok ? '' : formatIssue(result.issues[0]!)).toBe(
      'f.xlf: has no zh-CN and en pair; the languages it holds are: zh-Hant, en-GB',
    );
  });

  it('refuses a version it does not know', () => {
    const result = FORMATS.xliff.parse('<xliff version="3.0"/>', { file: 'f.xlf' });
    expect(result.ok ? '' : result.issues[0]?.message).toBe(
      'XLIFF version "3.0" is not supported (1.2 and 2.x are)',
    );
  });

  it('names the line and column of malformed XML', () => {
    const result = FORMATS.xliff.parse(
      '<xliff version="1.2">\n  <file source-language="en">\n</xliff>',
      {
        file: 'f.xlf',
      },
    );
    expect(result.ok ? undefined : result.issues[0]).toMatchObject({ code: 'xml', line: 3 });
  });
});
