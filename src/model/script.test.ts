import { describe, expect, it } from 'vitest';
import { chineseFirst, hanShare, looksChinese } from './script.ts';

describe('telling the Chinese text from the English', () => {
  it('counts the share of Chinese characters among the letters, ignoring digits and punctuation', () => {
    expect(hanShare('1952年，全国。')).toBe(1);
    expect(hanShare('In 1952, nationwide.')).toBe(0);
    expect(hanShare('12345 ...')).toBe(0);
    expect(hanShare('中文 ab')).toBe(0.5);
  });

  it('puts the Chinese text first, whichever order the two come in', () => {
    const zh = '群众运动是成功的关键。';
    const en = 'Mass mobilisation was the key to success.';
    expect(chineseFirst(en, zh)).toEqual([zh, en]);
    expect(chineseFirst(zh, en)).toEqual([zh, en]);
  });

  it('orders things with text, such as files, by what they hold', () => {
    const en = { name: 'b.txt', text: 'English only.' };
    const zh = { name: 'a.txt', text: '只有中文。' };
    const [first] = chineseFirst(en, zh, (f) => f.text);
    expect(first.name).toBe('a.txt');
  });

  it('takes an English text with a few Chinese names as English', () => {
    expect(looksChinese('The report by 罗瑞卿 on the campaign against narcotics.')).toBe(false);
    expect(looksChinese('罗瑞卿关于禁毒运动的报告 (1952)')).toBe(true);
  });
});
