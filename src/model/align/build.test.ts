import { describe, expect, it } from 'vitest';
import { validateDocument } from '../validate.ts';
import { documentFromAlignment, isNumberedHeading } from './build.ts';
import { alignParagraphs } from './paragraphs.ts';

const meta = {
  id: 'test-doc',
  languages: ['zh-Hans', 'en'] as [string, string],
  title: { 'zh-Hans': '报告', en: 'Report' },
  date: '1952-12-14',
};

describe('documentFromAlignment', () => {
  it('builds a valid document: one segment per link, stable ids, block lists, empty sides', () => {
    const a = ['一、概况', '全国共发现毒犯三十六万九千七百零五名。', '译者未译的一段。'];
    const b = [
      'I. Overview',
      'Nationwide, 369,705 offenders were found:',
      '1. in cities;',
      '2. in villages.',
    ];
    const links = [
      { a: [0], b: [0], confidence: 0.9 },
      { a: [1], b: [1, 2, 3], confidence: 0.8 },
      { a: [2], b: [], confidence: 0.4 },
    ];
    const doc = documentFromAlignment(a, b, links, meta);
    const result = validateDocument(doc);
    expect(result.ok).toBe(true);
    expect(doc.segments.map((s) => s.id)).toEqual(['p0001', 'p0002', 'p0003']);
    expect(doc.segments[0]?.kind).toBe('heading3');
    expect(doc.segments[1]?.kind).toBe('paragraph');
    expect(doc.segments[1]?.text.en).toEqual([
      { kind: 'paragraph', text: 'Nationwide, 369,705 offenders were found:' },
      { kind: 'paragraph', text: '1. in cities;' },
      { kind: 'paragraph', text: '2. in villages.' },
    ]);
    expect(doc.segments[2]?.text).toEqual({ 'zh-Hans': '译者未译的一段。', en: '' });
  });

  it('passes validation straight from the aligner', () => {
    const a = ['（一）政策明确', '运动中处决的毒犯八百八十名。', '二、经验'];
    const b = ['(1) A clear policy', '880 offenders were executed in the campaign.', 'II. Lessons'];
    const doc = documentFromAlignment(a, b, alignParagraphs(a, b), meta);
    expect(validateDocument(doc).ok).toBe(true);
    expect(doc.segments.map((s) => s.kind)).toEqual(['heading3', 'paragraph', 'heading3']);
  });

  it('recognises short numbered headings only', () => {
    expect(isNumberedHeading('一、概况', 'zh-Hans')).toBe(true);
    expect(isNumberedHeading('I. Overview', 'en')).toBe(true);
    expect(isNumberedHeading('概况', 'zh-Hans')).toBe(false);
    expect(isNumberedHeading('1. The campaign was a success in all the provinces.', 'en')).toBe(
      false,
    );
  });
});
