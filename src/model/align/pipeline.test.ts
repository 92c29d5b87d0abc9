import { describe, expect, it } from 'vitest';
import { documentFromState } from '../edit/convert.ts';
import { isLow } from '../edit/state.ts';
import { validateDocument } from '../validate.ts';
import { alignTexts, datelineOf } from './pipeline.ts';

const ZH = [
  '城市与河流',
  '一、城市的河',
  '这条河在一七三六年修过一次，1736年的石碑还在桥头。',
  '如今河水很清，两岸种满了柳树。',
].join('\n\n');
const EN = [
  'The City and Its River',
  'I. The River of the City',
  'The river was last repaired in 1736; the stone tablet of that year still stands by the bridge.',
  'Today the water is clear, and willows line both banks.',
].join('\n\n');

const today = (): string => new Date().toISOString().slice(0, 10);

describe('two plain texts to a document', () => {
  it('makes a valid document with a heading3 for the numbered heading and ids s1, s2...', () => {
    const { state, paragraphs, links } = alignTexts([ZH, EN]);
    const doc = documentFromState(state);
    expect(validateDocument(doc).ok).toBe(true);
    expect(paragraphs.map((p) => p.length)).toEqual([4, 4]);
    expect(links).toHaveLength(4);
    expect(doc.languages).toEqual(['zh-Hans', 'en']);
    expect(doc.segments.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4']);
    expect(doc.segments.map((s) => s.kind)).toEqual([
      'paragraph',
      'heading3',
      'paragraph',
      'paragraph',
    ]);
    expect(doc.segments[1]?.text).toEqual({
      'zh-Hans': '一、城市的河',
      en: 'I. The River of the City',
    });
    expect(state.pairs.filter(isLow)).toEqual([]);
  });

  it('takes titles from the first paragraphs and an id from the English title', () => {
    const { state } = alignTexts([ZH, EN]);
    expect(state.meta.title).toEqual({ 'zh-Hans': '城市与河流', en: 'The City and Its River' });
    expect(state.meta.id).toBe('the-city-and-its-river');
  });

  it('never takes a year from the body for the date: the date is today unless given', () => {
    const { state, suggestions } = alignTexts([ZH, EN]);
    expect(state.meta.date).toBe(today());
    expect(suggestions).toEqual({});
    expect(alignTexts([ZH, EN], { date: '1990-05-04' }).state.meta.date).toBe('1990-05-04');
  });

  it('lets given id, titles and date win', () => {
    const { state } = alignTexts([ZH, EN], {
      id: 'river',
      title: { en: 'River' },
      date: '2001',
    });
    expect(state.meta).toMatchObject({
      id: 'river',
      title: { 'zh-Hans': '城市与河流', en: 'River' },
      date: '2001',
    });
  });

  it('suggests a full dateline near the start, and does not apply it', () => {
    const { state, suggestions } = alignTexts([
      `关于禁毒运动的报告\n\n一九五二年，1952年12月18日。\n\n${ZH}`,
      `Report on the Campaign\n\nIssued on 18 December 1952.\n\n${EN}`,
    ]);
    expect(state.meta.title).toEqual({
      'zh-Hans': '关于禁毒运动的报告',
      en: 'Report on the Campaign',
    });
    expect(state.meta.id).toBe('report-on-the-campaign');
    expect(state.meta.date).toBe(today());
    expect(suggestions.date).toBe('1952-12-18');
    const given = alignTexts(['1952-12-18\n\n正文。', '1952-12-18\n\nText.'], {
      date: '1952-12-18',
    });
    expect(given.suggestions).toEqual({});
  });

  it('reads only whole datelines, never a year alone', () => {
    expect(datelineOf(['Written in 1949 in Beijing.'], [])).toBeUndefined();
    expect(datelineOf(['No date here.'], [])).toBeUndefined();
    expect(datelineOf([], ['Dated 1952-12-18.'])).toBe('1952-12-18');
    expect(datelineOf(['1952年2月8日'], [])).toBe('1952-02-08');
    expect(datelineOf(['1952年13月8日'], [])).toBeUndefined();
  });

  it('reports progress and carries a glossary into the document', () => {
    const seen: number[] = [];
    const glossary = [{ id: 'river', terms: { 'zh-Hans': ['河'], en: ['river'] } }];
    const { state } = alignTexts([ZH, EN], {
      glossary,
      onProgress: (done, total) => seen.push(done / total),
    });
    expect(seen.at(-1)).toBe(1);
    expect(documentFromState(state).glossary).toEqual(glossary);
  });
});
