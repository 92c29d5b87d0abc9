import { describe, expect, it } from 'vitest';
import { segmentIds } from '../model/ids.ts';
import type { ParallelText, Result } from '../model/types.ts';
import { formatIssue } from '../model/validate.ts';
import { FORMATS } from './registry.ts';

// Inputs shaped to hit what used to be quadratic (each took over two minutes). Nothing here
// times them: the tests show the results are right at this size; the README gives the figures.

function ok(result: Result<ParallelText>): ParallelText {
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.value;
}

describe('inputs at a size that used to take minutes', () => {
  it('40,000 rows with the same id get that id, then -2, -3 … -40000', () => {
    const rows = Array.from(
      { length: 40_000 },
      (_, k) => `第${String(k)}句。\tSentence ${String(k)}.\tsame`,
    );
    const doc = ok(FORMATS.tsv.parse(['zh\ten\tid', ...rows].join('\n'), { file: 'same.tsv' }));
    const ids = doc.segments.map((s) => s.id);
    expect(ids.length).toBe(40_000);
    expect(ids.slice(0, 3)).toEqual(['same', 'same-2', 'same-3']);
    expect(ids.at(-1)).toBe('same-40000');
    expect(new Set(ids).size).toBe(40_000);
  });

  it('numbers for units without an id skip every number the others took, however many', () => {
    // The first half bring s20001 … s40000; the second half bring nothing and must go past them.
    const own = [
      ...Array.from({ length: 20_000 }, (_, k) => `s${String(20_001 + k)}`),
      ...Array.from({ length: 20_000 }, () => undefined),
    ];
    const ids = segmentIds(own);
    expect(ids[20_000]).toBe('s40001');
    expect(ids.at(-1)).toBe('s60000');
    expect(new Set(ids).size).toBe(40_000);
  });

  it('a TMX naming 20,000 distinct languages still finds its Chinese and English', () => {
    const tus = Array.from(
      { length: 20_000 },
      (_, k) => `<tu><tuv xml:lang="x-lang${String(k)}"><seg>t${String(k)}</seg></tuv></tu>`,
    );
    tus.push(
      '<tu><tuv xml:lang="zh-CN"><seg>你好</seg></tuv><tuv xml:lang="EN-us"><seg>Hello</seg></tuv></tu>',
    );
    const tmx = `<?xml version="1.0"?><tmx version="1.4"><header srclang="zh-CN"/><body>${tus.join('\n')}</body></tmx>`;
    const doc = ok(FORMATS.tmx.parse(tmx, { file: 'many.tmx' }));
    expect(doc.languages).toEqual(['zh-CN', 'en-US']);
    expect(doc.segments.map((s) => s.text)).toEqual([{ 'zh-CN': '你好', 'en-US': 'Hello' }]);
  });
});
