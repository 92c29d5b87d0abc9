/**
 * The bundled report's Chinese, as revised against the English for this edition: each reading
 * that was wrong in meaning, scope or register stays fixed, and the source's own inconsistencies
 * stay explained to the reader. (The Chinese is written for this edition; see the document's
 * edition note.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './validate.ts';

const parsed = parseDocument(
  readFileSync('texts/luo-ruiqing-1952-anti-narcotics.json', 'utf8'),
  'luo-ruiqing-1952-anti-narcotics.json',
);
if (!parsed.ok) throw new Error('the bundled report does not parse');
const doc = parsed.value;

function zh(id: string): string {
  const segment = doc.segments.find((s) => s.id === id);
  const text = segment?.text['zh-Hans'];
  if (text === undefined) throw new Error(`no Chinese for ${id}`);
  // A side stored as blocks reads as its markers and texts, in order.
  return typeof text === 'string' ? text : text.map((b) => `${b.marker ?? ''}${b.text}`).join('');
}

describe("the edition's Chinese keeps the English's meaning", () => {
  const cases: [id: string, must: string, mustNot: string | undefined, why: string][] = [
    [
      's2-method',
      '严禁逼供',
      '不逼不供',
      '"non-coercive": not a made-up idiom that reads "no coercion, no confession"',
    ],
    ['s3-3', '省级', '省级以上', '"provincial-level", not "provincial level and above"'],
    ['s1-blow', '在很大程度上', '大部分', '"much of", not "most of"'],
    ['s1-confess', '主动', undefined, '"voluntarily" is kept'],
    ['s1-reason-1', '各区', '等区', 'a closed list of four regions takes no 等'],
    ['s4-cases', '刑事案件', '毒品案件', '"unresolved criminal cases", not narcotics cases only'],
    ['s1-masses', '普遍', '热烈', '"widespread", not "enthusiastic"'],
    ['s3-4', '毒犯组织系统', '毒贩网络', 'a term of the period, not a modern one'],
    ['s3-5', '支持', '发动群众拥护', 'plain register'],
    ['s3-6', '依靠训练过的', '通过经过训练的', 'no doubled 过'],
    ['s1-p1', '群众的发动', '广泛的', 'nothing the English does not say'],
  ];
  it.each(cases)('%s holds %s', (id, must, mustNot) => {
    expect(zh(id)).toContain(must);
    if (mustNot !== undefined) expect(zh(id)).not.toContain(mustNot);
  });

  it('uses each of 认真 and 指示 once where the English says it once', () => {
    expect(zh('cc-body').match(/认真/gu)).toHaveLength(1);
    expect(zh('s4-p2').match(/指示/gu)).toHaveLength(1);
  });

  it('numbers the reasons as a report of 1952 does, （一） and （二）, not 1. and 2.', () => {
    expect(zh('s1-reason-1')).toMatch(/^（一）/u);
    expect(zh('s1-reason-2')).toMatch(/^（二）/u);
  });
});

describe("the source's own inconsistencies are explained", () => {
  function note(id: string): string {
    return doc.segments.find((s) => s.id === id)?.note ?? '';
  }
  it('s1-p2: the listed outcomes add up to 50,638, not the 51,627 processed', () => {
    expect(note('s1-p2')).toContain('50,638');
    expect(note('s1-p2')).toContain('51,627');
  });
  it('s4-p2: the report of 14 December awaits a directive dated 12 December', () => {
    expect(note('s4-p2')).toMatch(/14 December/u);
    expect(note('s4-p2')).toMatch(/12 December/u);
  });
});
