import { describe, expect, it } from 'vitest';
import { findFigures, readChineseNumeral } from './numbers.ts';

const keys = (text: string, chinese: boolean): string[] =>
  findFigures(text, chinese).map((f) => `${text.slice(f.start, f.end)}=${f.key}`);

describe('figures', () => {
  it('reads Chinese numerals as a report writes them', () => {
    expect(readChineseNumeral('三十六万九千七百零五')).toBe(369705);
    expect(readChineseNumeral('七千四百五十九万五千一百八十一')).toBe(74595181);
    expect(readChineseNumeral('一九五二')).toBe(1952);
    expect(readChineseNumeral('两千')).toBe(2000);
    expect(readChineseNumeral('十五')).toBe(15);
    expect(readChineseNumeral('万')).toBeNaN();
  });

  it('gives the same key to 三十六万九千七百零五 and 369,705, and to 百分之二十二 and 22%', () => {
    expect(keys('人犯三十六万九千七百零五名，占百分之二十二。', true)).toEqual([
      '三十六万九千七百零五=n369705',
      '百分之二十二=p22',
    ]);
    expect(keys('369,705 individuals (22% of the total)', false)).toEqual([
      '369,705=n369705',
      '22%=p22',
    ]);
  });

  it('reads dates on both sides: months match months', () => {
    expect(keys('一九五二年十二月十八日', true)).toEqual([
      '一九五二=n1952',
      '十二=m12',
      '十八=n18',
    ]);
    expect(keys('December 18, 1952', false)).toEqual(['December=m12', '18=n18', '1952=n1952']);
  });

  it('takes 两 after a numeral as the tael, not the digit two', () => {
    expect(keys('三百九十九万六千零五十六两', true)).toEqual(['三百九十九万六千零五十六=n3996056']);
    expect(keys('迫击炮两门', true)).toEqual(['两=n2']);
  });

  it('reads small English number words, but "may" only as a month before a day', () => {
    expect(keys('two to three times; 2 sixty-mm mortars', false)).toEqual([
      'two=n2',
      'three=n3',
      '2=n2',
      'sixty=n60',
    ]);
    expect(keys('They may come. May 3', false)).toEqual(['May=m5', '3=n3']);
  });
});
