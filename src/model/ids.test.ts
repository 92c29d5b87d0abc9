import { describe, expect, it } from 'vitest';
import { sanitizeId, segmentIds, slugify } from './ids.ts';

describe('ids', () => {
  it('make URL-safe ids from titles', () => {
    expect(slugify('The Central Committee’s Report, 1952!')).toBe(
      'the-central-committee-s-report-1952',
    );
    expect(slugify('中文')).toBe('');
  });

  it('keep the ids segments bring, made URL-safe and unique, and number the rest by position', () => {
    expect(segmentIds(['intro', 'intro', undefined, 'last'])).toEqual([
      'intro',
      'intro-2',
      's3',
      'last',
    ]);
    expect(segmentIds([undefined, 's1'])).toEqual(['s2', 's1']);
    expect(segmentIds(['a b', '!!', undefined])).toEqual(['a-b', 's2', 's3']);
    expect(sanitizeId('…')).toBeUndefined();
  });
});
