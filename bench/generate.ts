/**
 * A deterministic long document for the benchmarks: the same seed gives the same text. Lengths
 * follow the report's (Chinese ~60-250 characters, English ~1.6x as many), with headings every
 * ~25 pairs, figures in both languages, glossary terms, 1:n pairs (a paragraph and a list) and
 * 1:0 pairs (a side left empty).
 */
import type { ParallelText, Segment } from '../src/model/types.ts';

/** A small seeded generator (mulberry32): reproducible across runs and machines. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ZH = [
  '各地',
  '群众',
  '干部',
  '工作',
  '运动',
  '毒品',
  '案件',
  '地区',
  '政府',
  '检查',
  '宣传',
  '处理',
];
const EN = [
  'local',
  'masses',
  'cadres',
  'work',
  'campaign',
  'narcotics',
  'cases',
  'region',
  'government',
  'inspection',
  'propaganda',
  'handled',
];
const ZH_NUM = ['三千二百', '五万', '一百二十', '八千', '四十五'];
const EN_NUM = ['3,200', '50,000', '120', '8,000', '45'];

/** A document of `pairs` segments, from `seed`. */
export function generateDocument(pairs: number, seed = 1952): ParallelText {
  const r = random(seed);
  const sentence = (): [string, string] => {
    const n = 4 + Math.floor(r() * 10);
    const zh: string[] = [];
    const en: string[] = [];
    for (let k = 0; k < n; k++) {
      const w = Math.floor(r() * ZH.length);
      zh.push(ZH[w] ?? '');
      en.push(EN[w] ?? '');
    }
    if (r() < 0.4) {
      const f = Math.floor(r() * ZH_NUM.length);
      zh.push(`共${ZH_NUM[f] ?? ''}人`);
      en.push(`in all ${EN_NUM[f] ?? ''} people`);
    }
    if (r() < 0.3) {
      zh.push('管制');
      en.push('placed under control');
    }
    return [`${zh.join('')}。`, `${en.join(' ').replace(/^./u, (c) => c.toUpperCase())}.`];
  };
  const segments: Segment[] = [];
  for (let i = 0; i < pairs; i++) {
    const id = `g${String(i + 1)}`;
    if (i % 25 === 0) {
      const n = String(i / 25 + 1);
      segments.push({ id, kind: 'heading2', text: { 'zh-Hans': `第${n}节`, en: `Section ${n}` } });
      continue;
    }
    const count = 1 + Math.floor(r() * 4);
    const zh: string[] = [];
    const en: string[] = [];
    for (let k = 0; k < count; k++) {
      const [z, e] = sentence();
      zh.push(z);
      en.push(e);
    }
    const kind = r();
    if (kind < 0.04) {
      // 1:0: the English side left empty.
      segments.push({ id, kind: 'paragraph', text: { 'zh-Hans': zh.join(''), en: '' } });
    } else if (kind < 0.1) {
      // 1:n: one Chinese paragraph for an English paragraph and a list.
      segments.push({
        id,
        kind: 'paragraph',
        text: {
          'zh-Hans': zh.join(''),
          en: [
            { kind: 'paragraph', text: en[0] ?? '' },
            ...en.slice(1).map((t) => ({ kind: 'list-item' as const, text: t })),
          ],
        },
      });
    } else {
      segments.push({ id, kind: 'paragraph', text: { 'zh-Hans': zh.join(''), en: en.join(' ') } });
    }
  }
  return {
    id: `gen-${String(pairs)}`,
    languages: ['zh-Hans', 'en'],
    title: {
      'zh-Hans': `生成文本（${String(pairs)}对）`,
      en: `Generated text (${String(pairs)} pairs)`,
    },
    date: '2026-12-03',
    provenance: {
      'zh-Hans': { by: 'bench', role: 'author', source: 'generated', licence: 'CC0' },
      en: { by: 'bench', role: 'translator', source: 'generated', licence: 'CC0' },
    },
    segments,
    glossary: [
      {
        id: 'guanzhi',
        terms: { 'zh-Hans': ['管制'], en: ['placed under control'] },
        note: 'A sentence short of prison.',
      },
    ],
  };
}
