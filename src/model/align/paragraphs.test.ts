import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignParagraphs, type ParagraphLink } from './paragraphs.ts';

/** A short report in both languages, paragraph for paragraph. */
const ZH = [
  '关于全国禁毒运动的总结报告',
  '（一九五二年十二月十四日）',
  '一、运动概况',
  '全国共发现毒犯三十六万九千七百零五名，其中逮捕八万二千零五十六名。',
  '各地召开群众大会一千一百余次，参加群众七十四万人。',
  '二、主要经验',
  '第一，依靠群众，发动群众检举揭发。第二，掌握政策，区别对待，坦白从宽，抗拒从严。',
  '三、今后工作',
  '运动的主要阶段虽已结束，但彻底肃清烟毒仍是长期的斗争，各地必须继续进行经常工作。',
];
const EN = [
  'Summary Report on the National Anti-Narcotics Campaign',
  '(December 14, 1952)',
  'I. Overview of the Campaign',
  'Nationwide, 369,705 narcotics offenders were identified, of whom 82,056 were arrested.',
  'More than 1,100 mass rallies were held across the country, attended by 740,000 people.',
  'II. Main Lessons',
  'First, rely on the masses and mobilise them to report offenders. Second, grasp the policy and treat cases differently: leniency for those who confess, severity for those who resist.',
  'III. Future Work',
  'Although the main phase of the campaign is over, eradicating narcotics remains a long struggle, and regular work must continue everywhere.',
];

function pairsOf(links: readonly ParagraphLink[]): string[] {
  return links.map((l) => `${l.a.join(',')}|${l.b.join(',')}`);
}

describe('alignParagraphs', () => {
  it('aligns a one-to-one translation exactly', () => {
    const links = alignParagraphs(ZH, EN);
    expect(pairsOf(links)).toEqual(ZH.map((_, k) => `${String(k)}|${String(k)}`));
    for (const l of links) {
      expect(l.confidence).toBeGreaterThanOrEqual(0);
      expect(l.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('links a Chinese paragraph to an English paragraph and a three-item list (1-4)', () => {
    const zh = [
      ...ZH.slice(0, 5),
      '缴获的物品计有：毒品三百九十九万六千零五十六两；制毒机器二百三十五部；贩毒工具二十六万三千四百五十九件。',
      ...ZH.slice(5),
    ];
    const en = [
      ...EN.slice(0, 5),
      'The items seized were as follows:',
      '1. 3,996,056 taels of narcotics (converted to opium);',
      '2. 235 drug-making machines;',
      '3. 263,459 tools for trafficking narcotics.',
      ...EN.slice(5),
    ];
    const links = alignParagraphs(zh, en);
    expect(pairsOf(links)).toContain('5|5,6,7,8');
    expect(pairsOf(links)).toContain('6|9');
  });

  it('leaves a paragraph missing on the other side alone (1-0 and 0-1)', () => {
    const zh = [...ZH.slice(0, 4), ...ZH.slice(5)];
    const en = [
      ...EN.slice(0, 6),
      "[Translator's note: this section was first printed in 1953.]",
      ...EN.slice(6),
    ];
    const got = pairsOf(alignParagraphs(zh, en));
    // ZH 4 is gone: EN 4 stands alone; the note (EN 6) has no Chinese.
    expect(got).toEqual(['0|0', '1|1', '2|2', '3|3', '|4', '4|5', '|6', '5|7', '6|8', '7|9']);
  });

  it('follows shared figures when lengths mislead', () => {
    // By length, the English is shifted one place against the Chinese (short, long, short
    // against long, short, long); the figures keep each year with its own paragraph.
    const zh = [
      '一九五〇年，查获毒品四十一万两。',
      '一九五一年的数字要大得多：各地共查获毒品二百一十八万三千两，破获贩毒案件二万三千起，逮捕毒犯一万二千名，其中处决三百名，其余分别判处徒刑或者交群众管制。',
      '一九五二年，查获毒品三百九十九万两。',
    ];
    const en = [
      'In 1950, seizures of narcotics across the whole country came to some 410,000 taels, a figure that the campaign of the following years would dwarf many times over.',
      'In 1951: 2,183,000 taels; 23,000 cases; 12,000 arrests; 300 executions.',
      'In 1952, the seizures reached 3,990,000 taels, by far the largest amount recorded in any year since the founding of the People’s Republic.',
    ];
    expect(pairsOf(alignParagraphs(zh, en))).toEqual(['0|0', '1|1', '2|2']);
    // Without the figures, the same lengths do mislead.
    const bare = (t: string): string => t.replace(/[0-9,〇一二三四五六七八九十百千万]+/gu, '');
    expect(pairsOf(alignParagraphs(zh.map(bare), en.map(bare)))).not.toEqual(['0|0', '1|1', '2|2']);
  });

  it('puts every paragraph in exactly one link, in order, for any input', () => {
    const paragraph = fc.oneof(
      fc.string({ minLength: 1, maxLength: 80 }),
      fc.constantFrom(...ZH, ...EN),
    );
    fc.assert(
      fc.property(
        fc.array(paragraph, { maxLength: 25 }),
        fc.array(paragraph, { maxLength: 25 }),
        (a, b) => {
          const links = alignParagraphs(a, b);
          expect(links.flatMap((l) => l.a)).toEqual(a.map((_, k) => k));
          expect(links.flatMap((l) => l.b)).toEqual(b.map((_, k) => k));
          for (const l of links) {
            expect(l.a.length + l.b.length).toBeGreaterThan(0);
            expect(l.confidence).toBeGreaterThanOrEqual(0);
            expect(l.confidence).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('aligns a long input (2,000 paragraphs a side) and reports progress', () => {
    const a: string[] = [];
    const b: string[] = [];
    for (let k = 0; k < 2000; k++) {
      a.push(ZH[k % ZH.length] ?? '');
      b.push(EN[k % EN.length] ?? '');
    }
    // Drift: drop one English paragraph in the middle.
    b.splice(1000, 1);
    let last = 0;
    let calls = 0;
    const links = alignParagraphs(a, b, {
      onProgress: (done, total) => {
        expect(done).toBeLessThanOrEqual(total);
        last = done / total;
        calls++;
      },
    });
    expect(links.flatMap((l) => l.a)).toHaveLength(2000);
    expect(links.flatMap((l) => l.b)).toHaveLength(1999);
    expect(calls).toBeGreaterThan(1);
    expect(last).toBe(1);
    const ones = links.filter((l) => l.a.length === 1 && l.b.length === 1);
    expect(ones.length).toBeGreaterThan(1900);
  }, 120_000);

  it('handles empty sides', () => {
    expect(alignParagraphs([], [])).toEqual([]);
    expect(pairsOf(alignParagraphs(['一'], []))).toEqual(['0|']);
    expect(pairsOf(alignParagraphs([], ['one', 'two']))).toEqual(['|0', '|1']);
  });

  it('uses an injected dictionary and the glossary', () => {
    const zh = ['鸦片', '禁毒'];
    const en = ['anti-narcotics work', 'opium'];
    const dictionary = (w: string): string[] =>
      ({ 鸦片: ['opium'], 禁毒: ['drug prohibition; anti-narcotics'] })[w] ?? [];
    const plain = alignParagraphs(zh, en);
    expect(plain.flatMap((l) => l.a)).toEqual([0, 1]);
    const glossary = [{ id: 'opium', terms: { 'zh-Hans': ['鸦片'], en: ['opium'] } }];
    const withGlossary = alignParagraphs(zh, en, { glossary, dictionary });
    expect(pairsOf(withGlossary)).not.toContain('0|0');
  });
});
