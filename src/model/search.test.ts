import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findAll, makeQuery, searchSegments } from './search.ts';
import { parseDocument } from './validate.ts';

const parsed = parseDocument(readFileSync('texts/luo-ruiqing-1952-anti-narcotics.json', 'utf8'));
if (!parsed.ok) throw new Error('the report does not load');
const report = parsed.value;

describe('parallel concordance', () => {
  it('finds an English word in every pair that has it, whatever its case', () => {
    const query = makeQuery(report, 'shenyang')!;
    const ids = searchSegments(report, query).map((i) => report.segments[i]!.id);
    expect(ids.length).toBeGreaterThan(1);
    for (const id of ids) {
      const en = JSON.stringify(report.segments.find((s) => s.id === id)!.text.en);
      expect(en.toLowerCase()).toContain('shenyang');
    }
  });

  it('searching a glossary term finds its renderings in the other language too', () => {
    const query = makeQuery(report, '管制')!;
    expect(query.glossaryId).toBe('guanzhi');
    expect(query.forms.en).toContain('placed under control');
    expect(searchSegments(report, query).map((i) => report.segments[i]!.id)).toContain(
      's1-control',
    );
  });

  it('returns ranges that do not overlap, and nothing for an empty query', () => {
    expect(findAll('control, controls', ['control', 'controls'], false)).toEqual([
      [0, 7],
      [9, 17],
    ]);
    expect(makeQuery(report, '   ')).toBeUndefined();
  });
});
