/**
 * The sentences of a pair, aligned: a length-based dynamic programme anchored on figures;
 * many-to-one allowed, because Chinese often joins what English splits. (Cutting a paragraph
 * into sentences is in `../text/split.ts`.)
 */
import { findFigures } from '../numbers.ts';
import { isChinese, type Lang } from '../types.ts';
import { alignMonotone } from './monotone.ts';

/** What the sentence aligner needs to know of a sentence. */
export interface SentenceFacts {
  /** Length in a unit comparable across scripts: Chinese characters count 1, Latin letters ~1/3. */
  length: number;
  figures: ReadonlySet<string>;
}

/** Length and figures of a sentence. */
export function sentenceFacts(text: string, lang: Lang): SentenceFacts {
  const chinese = isChinese(lang);
  const chars = text.replace(/\s+/gu, '').length;
  return {
    length: Math.max(1, chinese ? chars : chars / 3),
    figures: new Set(findFigures(text, chinese).map((f) => f.key)),
  };
}

function union(
  sets: readonly SentenceFacts[],
  from: number,
  count: number,
): { length: number; figures: Set<string> } {
  let length = 0;
  const figures = new Set<string>();
  for (let k = from; k < from + count; k++) {
    const f = sets[k];
    if (f === undefined) continue;
    length += f.length;
    for (const key of f.figures) figures.add(key);
  }
  return { length, figures };
}

// Prior costs of link shapes (like negative log frequencies): 1-1 is the norm.
const SHAPE_COST: Record<string, number> = {
  '1,1': 0,
  '1,2': 1.2,
  '2,1': 1.2,
  '2,2': 2.6,
  '1,3': 2.6,
  '3,1': 2.6,
  '1,0': 4.5,
  '0,1': 4.5,
};

/**
 * Align the sentences of two sides. Returns links as index lists per side (`a` is the first
 * language's side). Every sentence is in exactly one link.
 */
export function alignSentences(
  a: readonly SentenceFacts[],
  b: readonly SentenceFacts[],
): { a: number[]; b: number[] }[] {
  if (a.length === 0 || b.length === 0) {
    return a.length + b.length === 0 ? [] : [{ a: a.map((_, i) => i), b: b.map((_, i) => i) }];
  }
  const totalA = a.reduce((s, f) => s + f.length, 0);
  const totalB = b.reduce((s, f) => s + f.length, 0);
  const cost = (i: number, na: number, j: number, nb: number): number => {
    const shape = SHAPE_COST[`${String(na)},${String(nb)}`] ?? Infinity;
    if (na === 0 || nb === 0) return shape;
    const x = union(a, i, na);
    const y = union(b, j, nb);
    // Share of each side's text this link covers; a good link covers the same share of both.
    const pa = x.length / totalA;
    const pb = y.length / totalB;
    const lengthCost = (Math.abs(pa - pb) / Math.sqrt((pa + pb) / 2 + 0.02)) * 6;
    let shared = 0;
    let missing = 0;
    for (const key of x.figures) {
      if (y.figures.has(key)) shared++;
      else missing++;
    }
    for (const key of y.figures) if (!x.figures.has(key)) missing++;
    return shape + lengthCost - shared * 1.5 + missing * 0.6;
  };
  return alignMonotone(a.length, b.length, cost).map((link) => ({
    a: range(link.a[0], link.a[1]),
    b: range(link.b[0], link.b[1]),
  }));
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, k) => start + k);
}
