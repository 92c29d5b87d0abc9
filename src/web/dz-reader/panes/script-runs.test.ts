import { describe, expect, it } from 'vitest';
import { mostlyChinese, scriptRuns } from './script-runs.ts';

describe('script runs of a metadata value', () => {
  it('cuts a Chinese title out of an English sentence, with its brackets', () => {
    const runs = scriptRuns('not the archival original, 《中共中央批转报告》 (1952-12-18)');
    expect(runs).toEqual([
      { text: 'not the archival original, ', chinese: false },
      { text: '《中共中央批转报告》', chinese: true },
      { text: ' (1952-12-18)', chinese: false },
    ]);
  });

  it('keeps digits and spaces between Chinese characters in the Chinese run', () => {
    expect(scriptRuns('一九五二年 12 月')).toEqual([{ text: '一九五二年 12 月', chinese: true }]);
  });

  it('gives plain English one run and says which values are Chinese on the whole', () => {
    expect(scriptRuns('CC BY 4.0')).toEqual([{ text: 'CC BY 4.0', chinese: false }]);
    expect(mostlyChinese('对照编者')).toBe(true);
    expect(mostlyChinese('duizhao editors, 《报告》')).toBe(false);
  });
});
