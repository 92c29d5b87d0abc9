import { describe, expect, it } from 'vitest';
import { indexChunk, longestAt, toChunks, chunkOf, type DictEntry } from './chunks.ts';
import { matchingWords, senseStems } from './counterparts.ts';

const ENTRIES: DictEntry[] = [
  { traditional: '鴉片', simplified: '鸦片', pinyin: 'yā piàn', senses: ['(loanword) opium'] },
  {
    traditional: '鴉片戰爭',
    simplified: '鸦片战争',
    pinyin: 'Yā piàn Zhàn zhēng',
    senses: ['the Opium Wars'],
  },
  { traditional: '鴉', simplified: '鸦', pinyin: 'yā', senses: ['crow'] },
  {
    traditional: '查獲',
    simplified: '查获',
    pinyin: 'chá huò',
    senses: ['to investigate and seize', 'to hunt down and confiscate'],
  },
];

describe('the chunked dictionary', () => {
  it('finds the longest word at a character, by either headword, from that character’s chunk', () => {
    const chunks = toChunks(ENTRIES);
    const chunk = indexChunk(chunks[chunkOf('鸦')] ?? []);
    expect(longestAt('他们查获鸦片三千两', 4, chunk)?.word).toBe('鸦片');
    expect(longestAt('鸦片战争爆发', 0, chunk)?.word).toBe('鸦片战争');
    expect(
      longestAt('鴉片', 0, indexChunk(chunks[chunkOf('鴉')] ?? []))?.entries[0]?.simplified,
    ).toBe('鸦片');
    expect(longestAt('鸦雀无声', 0, chunk)?.entries[0]?.senses).toEqual(['crow']);
    expect(longestAt('三千两', 0, chunk)).toBeUndefined();
  });
});

describe('English words that render a Chinese word', () => {
  it('marks "opium" for 鸦片 and "seized" for 查获, leaving labels and little words out', () => {
    const text = 'They seized 3,000 taels of opium. The bank closed.';
    const opium = senseStems([ENTRIES[0]!]);
    expect(opium.has('loanword')).toBe(false);
    const ranges = matchingWords(text, 0, 33, opium);
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['opium']);
    const seized = matchingWords(text, 0, 33, senseStems([ENTRIES[3]!]));
    expect(seized.map(([s, e]) => text.slice(s, e))).toEqual(['seized']);
    // Only inside the sentence given: the second sentence has no match.
    expect(matchingWords(text, 34, text.length, opium)).toEqual([]);
  });

  it('marks a glossary rendering as a phrase', () => {
    const text = 'Addicts were placed under control.';
    const got = matchingWords(text, 0, text.length, new Set(), ['placed under control']);
    expect(got.map(([s, e]) => text.slice(s, e))).toEqual(['placed under control']);
  });
});
