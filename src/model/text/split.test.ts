import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from './split.ts';

const split = (text: string, lang: string): string[] =>
  splitSentences(text, lang).map((s) => text.slice(s.start, s.end));

describe('splitParagraphs', () => {
  it('splits at blank lines and joins wrapped lines', () => {
    const text =
      'First line of one\nparagraph.\n\n  Second paragraph.  \n\n\n第三段第一行\n第二行。\n';
    expect(splitParagraphs(text)).toEqual([
      'First line of one paragraph.',
      'Second paragraph.',
      '第三段第一行第二行。',
    ]);
  });

  it('takes one paragraph per line when there are no blank lines', () => {
    expect(splitParagraphs('一、概况\n  全国共发现毒犯。 \n二、经验\n')).toEqual([
      '一、概况',
      '全国共发现毒犯。',
      '二、经验',
    ]);
  });

  it('strips a byte-order mark and normalises CRLF and CR', () => {
    expect(splitParagraphs('\uFEFFone\r\n\r\ntwo\r\nmore\r\rthree')).toEqual([
      'one',
      'two more',
      'three',
    ]);
    expect(splitParagraphs('\uFEFFa\r\nb\r\n')).toEqual(['a', 'b']);
  });

  it('drops empty paragraphs', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs('\n \n\t\n')).toEqual([]);
    expect(splitParagraphs('x\n\n \n\ny')).toEqual(['x', 'y']);
  });
});

describe('splitSentences', () => {
  it('splits Chinese at 。！？ and English at full stops', () => {
    expect(split('第一句。第二句！第三句？', 'zh-Hans')).toEqual([
      '第一句。',
      '第二句！',
      '第三句？',
    ]);
    expect(split('One here. Two there. ', 'en')).toEqual(['One here.', 'Two there.']);
  });

  it('does not break after e.g. or after a lone section number', () => {
    expect(split('Relatives (e.g., sons reporting fathers) came. Then more.', 'en')).toHaveLength(
      2,
    );
    expect(split('I. Overview', 'en')).toEqual(['I. Overview']);
    expect(split('1. Clear Policy: the rule held.', 'en')).toEqual([
      '1. Clear Policy: the rule held.',
    ]);
  });
});
