/**
 * Sentences of one side (split by the platform's `Intl.Segmenter`) and their alignment inside a
 * pair: a length-based dynamic programme anchored on figures; many-to-one allowed, because
 * Chinese often joins what English splits.
 */
import { alignMonotone } from './align-core.ts';
import { findFigures } from './numbers.ts';
import { isChinese, type Lang } from './types.ts';

/** A sentence: UTF-16 offsets into the plain text it came from. */
export interface SentenceSpan {
  start: number;
  end: number;
}

const segmenters = new Map<Lang, Intl.Segmenter>();

function segmenter(lang: Lang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (s === undefined) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

// ICU breaks after "e.g." and "i.e."; English prose does not end a sentence there.
const NO_BREAK_AFTER = /\b(?:e\.g|i\.e|etc|Mr|Mrs|Dr|No|cf|vs)\.\s*$/iu;
// Nor after a section or list number standing alone: "I. Overview", "1. Clear Policy:".
const LONE_NUMBER = /^(?:[IVXLC]+|\d{1,3}|[A-Za-z])\.$/u;

/** Split plain text into sentences; spaces between sentences belong to neither. */
export function splitSentences(text: string, lang: Lang): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const { index, segment } of segmenter(lang).segment(text)) {
    const prev = spans.at(-1);
    const prevText = prev === undefined ? '' : text.slice(prev.start, prev.end);
    if (prev !== undefined && (NO_BREAK_AFTER.test(prevText) || LONE_NUMBER.test(prevText))) {
      prev.end = index + segment.trimEnd().length;
      continue;
    }
    const lead = segment.length - segment.trimStart().length;
    const body = segment.trim();
    if (body === '') continue;
    spans.push({ start: index + lead, end: index + lead + body.length });
  }
  return spans;
}

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
