import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cslItem, locatorText, targetHash, type CiteRequest, type CiteTarget } from './citation.ts';
import { CITATION_FORMATS } from './citation-formats.ts';
import { renderCitation } from './citation-render.ts';
import type { ParallelText } from './types.ts';
import { parseDocument } from './validate.ts';

function report(): ParallelText {
  const r = parseDocument(readFileSync('texts/luo-ruiqing-1952-anti-narcotics.json', 'utf8'));
  if (!r.ok) throw new Error('the bundled report does not load');
  return r.value;
}

const URL = 'https://example.org/?doc=luo-ruiqing-1952-anti-narcotics&v=2#s1-p2.3';

function request(lang: string, target: CiteTarget = { kind: 'segment', id: 's1-p2', sentence: 3 }) {
  const req: CiteRequest = { doc: report(), lang, target, url: URL, accessed: '2026-12-04' };
  return req;
}

describe('citations of this edition', () => {
  it('name the author and this edition, with its version, in every format and both languages', () => {
    for (const f of CITATION_FORMATS) {
      const en = renderCitation(f.id, request('en'));
      expect(en, f.id).toMatch(/Luo,? Ruiqing|LUO Ruiqing|"family": "Luo"/);
      expect(en, f.id).toMatch(/duizhao[’']s Chinese rendering/i);
      expect(en, f.id).toMatch(/version 2|"version": "2"/i);
      expect(en, f.id).toContain(URL);
      const zh = renderCitation(f.id, request('zh-Hans'));
      expect(zh, f.id).toContain('罗瑞卿');
      // The Chinese citation says it is this edition's rendering, not the archival document.
      expect(zh, f.id).toContain('本版中文译写本');
      expect(zh, f.id).toContain('第2版');
    }
  });

  it('carry the forwarding body, the original date, the place cited and the access date', () => {
    const item = cslItem(request('en'));
    expect(item['original-publisher']).toBe('Central Committee of the Chinese Communist Party');
    expect(item['original-date']).toEqual({ 'date-parts': [[1952, 12, 18]] });
    expect(item.issued).toEqual({ 'date-parts': [[2026, 12, 3]] });
    expect(item.accessed).toEqual({ 'date-parts': [[2026, 12, 4]] });
    expect(item.section).toBe('segment 12 (s1-p2), sentence 3');
    const ris = renderCitation('ris', request('en'));
    expect(ris).toContain('Y2  - 2026/12/4/');
    // One line per field: the link is never cut.
    expect(ris.split('\n')).toContain(`UR  - ${URL}`);
    expect(ris.split('\n').every((line) => /^[A-Z][A-Z0-9] {2}-( |$)/.test(line))).toBe(true);
    const gbt = renderCitation('gbt7714', request('zh-Hans'));
    expect(gbt).toBe(
      `罗瑞卿. 中共中央批转罗瑞卿关于全国禁毒运动的总结报告: 1952-12-18[EB/OL]. duizhao编者, 译. 本版中文译写本（非档案原件），第2版. duizhao, 2026: 第12段（s1-p2）第3句(2026-12-03)[2026-12-04]. ${URL}.`,
    );
  });

  it('name the translator of the side cited, and nobody for an English translator not known', () => {
    expect(cslItem(request('zh-Hans')).translator).toEqual([{ literal: 'duizhao编者' }]);
    expect(cslItem(request('en')).translator).toBeUndefined();
  });

  it('cite a range by its first and last segment', () => {
    const range: CiteTarget = { kind: 'range', from: 's1-sentenced', to: 's1-pending' };
    expect(targetHash(range)).toBe('s1-sentenced..s1-pending');
    expect(locatorText(report(), range, 'en')).toMatch(
      /^segments \d+–\d+ \(s1-sentenced\.\.s1-pending\)$/,
    );
    expect(renderCitation('chicago', request('en', range))).toContain('s1-sentenced..s1-pending');
  });

  it('Chicago gives the note with the place cited, then the bibliography entry', () => {
    const [note, , bibliography] = renderCitation('chicago', request('en')).split('\n');
    expect(note).toMatch(/^Luo, “The Central Committee .*,” segment 12 \(s1-p2\), sentence 3\.$/);
    expect(bibliography).toMatch(/^Luo, Ruiqing\. “The Central Committee/);
    expect(bibliography).toContain('Central Committee of the Chinese Communist Party, 1952');
  });
});
