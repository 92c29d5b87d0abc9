import { describe, expect, it } from 'vitest';
import { alignSentences, sentenceFacts } from './sentences.ts';

describe('sentence alignment', () => {
  it('aligns one Chinese sentence with the two English ones it joins', () => {
    const zh = [
      '在重点地区查出人犯三十六万九千七百零五名。',
      '其中逮捕八万二千零五十六名，占总数的百分之二十二，超过原来的估计。',
    ];
    const en = [
      'In the targeted areas, 369,705 individuals were identified.',
      'Of these, 82,056 were arrested (22% of the total).',
      'This exceeded original estimates.',
    ];
    const links = alignSentences(
      zh.map((s) => sentenceFacts(s, 'zh-Hans')),
      en.map((s) => sentenceFacts(s, 'en')),
    );
    expect(links).toEqual([
      { a: [0], b: [0] },
      { a: [1], b: [1, 2] },
    ]);
  });

  it('lets figures outweigh misleading lengths', () => {
    // By length alone the first Chinese sentence would take both English ones.
    const zh = ['共计一千二百零二个地区，情况复杂。', '处决八百八十名。', '其余另行处理。'];
    const en = [
      'There were 1,202 regions, in a complicated situation that took some describing.',
      'In all 880 were executed.',
      'The rest were dealt with otherwise.',
    ];
    const links = alignSentences(
      zh.map((s) => sentenceFacts(s, 'zh-Hans')),
      en.map((s) => sentenceFacts(s, 'en')),
    );
    expect(links).toEqual([
      { a: [0], b: [0] },
      { a: [1], b: [1] },
      { a: [2], b: [2] },
    ]);
  });

  it('puts every sentence in exactly one link, with an empty side as one link', () => {
    expect(alignSentences([sentenceFacts('一。', 'zh')], [])).toEqual([{ a: [0], b: [] }]);
    expect(alignSentences([], [])).toEqual([]);
  });
});
