import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../model/validate.ts';
import { ALL, positionOf, searchFilter, searchText, shownItems, unmatchedOf } from './filter.ts';

const parsed = parseDocument(readFileSync('texts/luo-ruiqing-1952-anti-narcotics.json', 'utf8'));
if (!parsed.ok) throw new Error('the report does not load');
const report = parsed.value;

describe('which pairs the reader shows', () => {
  it('shows every pair, in order, with no filter or a blank search', () => {
    expect(shownItems(report, ALL)).toEqual(report.segments.map((_, i) => i));
    expect(searchFilter('  ')).toEqual(ALL);
    expect(searchText(ALL)).toBe('');
  });

  it('shows only the pairs a search finds, and says where a hidden pair would be', () => {
    const filter = searchFilter('管制');
    expect(searchText(filter)).toBe('管制');
    const control = report.segments.findIndex((s) => s.id === 's1-control');
    const hits = shownItems(report, filter);
    expect(hits).toContain(control);
    expect(hits.length).toBeLessThan(report.segments.length);
    expect(positionOf(report, filter, control)).toBe(hits.indexOf(control));
    const hidden = report.segments.findIndex((_, i) => !hits.includes(i));
    expect(positionOf(report, filter, hidden)).toBe(-1);
  });

  it('shows the pairs the figure check flags, the same array each time', () => {
    const flagged = shownItems(report, { kind: 'figures' });
    expect(flagged).toEqual(unmatchedOf(report).map((u) => u.index));
    // The virtualizer re-lays out when its items change identity.
    expect(shownItems(report, { kind: 'figures' })).toBe(flagged);
  });
});
