import { describe, expect, it } from 'vitest';
import { defaultMeta, documentFromState, stateFromParagraphs } from '../edit/convert.ts';
import { validateDocument } from '../validate.ts';
import { headingSides, isNumberedHeading } from './headings.ts';
import { alignParagraphs, type ParagraphLink } from './paragraphs.ts';

const languages = ['zh-Hans', 'en'] as const;
const meta = defaultMeta(languages, {
  id: 'test-doc',
  title: { 'zh-Hans': '报告', en: 'Report' },
  date: '1952-12-14',
});

/** The document two texts' paragraphs and links make, as every pipeline builds it. */
function documentOf(a: string[], b: string[], links: readonly ParagraphLink[]) {
  return documentFromState(stateFromParagraphs(a, b, links, languages, meta));
}

describe('a document from aligned paragraphs', () => {
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
    const doc = documentOf(a, b, links);
    const result = validateDocument(doc);
    expect(result.ok).toBe(true);
    // One id scheme everywhere (src/model/ids.ts): s1, s2... by position (was p0001... here).
    expect(doc.segments.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
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
    const doc = documentOf(a, b, alignParagraphs(a, b));
    expect(validateDocument(doc).ok).toBe(true);
    expect(doc.segments.map((s) => s.kind)).toEqual(['heading3', 'paragraph', 'heading3']);
  });

  it('marks the heading on both sides, so the editor shows it as one', () => {
    const state = stateFromParagraphs(
      ['一、城市的河', '河水很清。'],
      ['I. The River of the City', 'The water is clear.'],
      [
        { a: [0], b: [0], confidence: 0.9 },
        { a: [1], b: [1], confidence: 0.9 },
      ],
      languages,
    );
    expect(state.sides.map((s) => s.paragraphs.map((p) => p.kind))).toEqual([
      ['heading3', 'paragraph'],
      ['heading3', 'paragraph'],
    ]);
  });
});

describe('numbered headings', () => {
  it('recognises short numbered headings only', () => {
    expect(isNumberedHeading('一、概况', 'zh-Hans')).toBe(true);
    expect(isNumberedHeading('I. Overview', 'en')).toBe(true);
    expect(isNumberedHeading('概况', 'zh-Hans')).toBe(false);
    expect(isNumberedHeading('1. The campaign was a success in all the provinces.', 'en')).toBe(
      false,
    );
  });

  it('takes a heading facing a short unnumbered line, or nothing, as a heading', () => {
    expect(headingSides(['二、经验'], ['Lessons'], languages)).toEqual([true, true]);
    expect(headingSides(['二、经验'], [], languages)).toEqual([true, false]);
    expect(headingSides([], ['II. Lessons'], languages)).toEqual([false, true]);
    expect(headingSides(['二、经验', '河水很清。'], ['II. Lessons'], languages)).toEqual([
      false,
      false,
    ]);
  });
});
