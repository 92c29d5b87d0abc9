import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParallelText, Result } from '../model/types.ts';
import { formatIssue } from '../model/validate.ts';
import { FORMATS } from './registry.ts';

const fixture = readFileSync(new URL('./fixtures/three-languages.tmx', import.meta.url));
const file = 'three-languages.tmx';

function ok(result: Result<ParallelText>): ParallelText {
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.value;
}

describe('importing a TMX file', () => {
  it('takes Chinese and English out of three languages, Chinese first, by default', () => {
    const doc = ok(FORMATS.tmx.parse(fixture, { file }));
    expect(doc.languages).toEqual(['zh-CN', 'en-US']);
    expect(doc.segments.map((s) => s.text)).toEqual([
      { 'zh-CN': '运动于一九五二年结束。', 'en-US': 'The campaign ended in 1952.' },
      { 'zh-CN': '毒贩被捕。', 'en-US': 'Drug & opium traffickers were arrested.' },
      { 'zh-CN': '', 'en-US': 'Only English here.' },
      { 'zh-CN': '只有中文。', 'en-US': '' },
    ]);
  });

  it('makes tuids URL-safe and unique, and numbers units without one', () => {
    const doc = ok(FORMATS.tmx.parse(fixture, { file }));
    expect(doc.segments.map((s) => s.id)).toEqual([
      'report-1-intro',
      'report-1-intro-2',
      's3',
      'last',
    ]);
  });

  it('turns notes and foreign props into the segment note', () => {
    const doc = ok(FORMATS.tmx.parse(fixture, { file }));
    expect(doc.segments[0]?.note).toBe('First unit.\nx-origin: TM');
  });

  it('takes the date from the header and the id and titles from the file name', () => {
    const doc = ok(FORMATS.tmx.parse(fixture, { file: 'some/dir/three-languages.tmx' }));
    expect(doc.date).toBe('2024-01-31');
    expect(doc.id).toBe('three-languages');
    expect(doc.title).toEqual({ 'zh-CN': 'three-languages', 'en-US': 'three-languages' });
  });

  it('uses the id, titles and date it is given', () => {
    const doc = ok(
      FORMATS.tmx.parse(fixture, {
        file,
        id: 'report',
        title: { zh: '报告', en: 'Report' },
        date: '1952-12-18',
      }),
    );
    expect([doc.id, doc.title, doc.date]).toEqual([
      'report',
      { 'zh-CN': '报告', 'en-US': 'Report' },
      '1952-12-18',
    ]);
  });

  it.each([
    [
      ['zh-Hans', 'en'],
      ['zh-CN', 'en-US'],
    ],
    [
      ['ZH-cn', 'EN'],
      ['zh-CN', 'en-US'],
    ],
    [
      ['zh', 'en-GB'],
      ['zh-CN', 'en-US'],
    ],
    [
      ['fr', 'zh-CN'],
      ['fr-FR', 'zh-CN'],
    ],
    [
      ['en-US', 'fr-FR'],
      ['en-US', 'fr-FR'],
    ],
  ] as const)('answers --langs %j with the tags %j', (asked, got) => {
    const doc = ok(FORMATS.tmx.parse(fixture, { file, languages: [...asked] }));
    expect(doc.languages).toEqual(got);
  });

  it('says which languages the file has when it lacks the pair', () => {
    const result = FORMATS.tmx.parse(fixture, { file, languages: ['zh-TW', 'en'] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.code).toBe('languages');
    expect(formatIssue(result.issues[0]!)).toBe(
      'three-languages.tmx: has no zh-TW and en pair; the languages it holds are: en-US, zh-CN, fr-FR',
    );
  });

  it('reads UTF-16 with a byte-order mark, little- and big-endian', () => {
    const text = fixture.toString('utf8').replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) {
      be[i] = le[i + 1]!;
      be[i + 1] = le[i]!;
    }
    const utf8 = ok(FORMATS.tmx.parse(fixture, { file }));
    expect(ok(FORMATS.tmx.parse(le, { file }))).toEqual(utf8);
    expect(ok(FORMATS.tmx.parse(be, { file }))).toEqual(utf8);
  });

  it('names the line and column of malformed XML', () => {
    // The first <tuv> (line 12) loses its end tag; the parser notices at the </tu> on line 15.
    const broken = fixture
      .toString('utf8')
      .replace('</tuv>\n      <tuv xml:lang="zh-CN">', '\n      <tuv xml:lang="zh-CN">');
    const result = FORMATS.tmx.parse(broken, { file });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ code: 'xml', file, line: 15 });
    expect(result.issues[0]?.column).toBeGreaterThan(0);
    expect(formatIssue(result.issues[0]!)).toMatch(
      /^three-languages\.tmx:15:\d+: not well-formed XML: /,
    );
  });

  it('refuses a file whose Chinese side is empty throughout', () => {
    const tmx = `<tmx version="1.4"><header srclang="en"/><body>
      <tu><tuv xml:lang="en"><seg>One.</seg></tuv><tuv xml:lang="zh"><seg> </seg></tuv></tu>
      <tu><tuv xml:lang="en"><seg>Two.</seg></tuv><tuv xml:lang="zh"><seg/></tuv></tu>
    </body></tmx>`;
    const result = FORMATS.tmx.parse(tmx, { file: 'x.tmx' });
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(['empty-side']);
  });

  it('skips units with no text in either language, with a warning', () => {
    const tmx = `<tmx version="1.4"><header/><body>
      <tu tuid="a"><tuv xml:lang="en"><seg>One.</seg></tuv><tuv xml:lang="zh"><seg>一。</seg></tuv></tu>
      <tu tuid="b"><tuv xml:lang="en"><seg></seg></tuv><tuv xml:lang="zh"><seg><ph>x</ph></seg></tuv></tu>
    </body></tmx>`;
    const result = FORMATS.tmx.parse(tmx, { file: 'x.tmx' });
    expect(result.ok && result.value.segments.map((s) => s.id)).toEqual(['a']);
    expect(result.ok && result.warnings.map((w) => [w.code, w.segment])).toEqual([
      ['empty-unit', 'b'],
    ]);
  });

  it('says when the root is not <tmx>', () => {
    const result = FORMATS.tmx.parse('<xliff version="1.2"/>', { file: 'x.tmx' });
    expect(result.ok ? '' : result.issues[0]?.message).toBe(
      'not a TMX file: the root element is <xliff>',
    );
  });
});
