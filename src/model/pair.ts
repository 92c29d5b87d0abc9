/**
 * What a pair looks like once read: each side's blocks as plain text with emphasis ranges, its
 * sentences, its figures and glossary terms, and which sentences align. Computed lazily, one
 * pair at a time and cached, so a long document costs only what is on screen.
 */
import { parseInline, type Mark } from './inline.ts';
import { findFigures, type Figure } from './numbers.ts';
import { alignSentences, sentenceFacts } from './align/sentences.ts';
import {
  isChinese,
  type Block,
  type BlockKind,
  type GlossaryEntry,
  type Lang,
  type ParallelText,
  type Segment,
} from './types.ts';
import { splitSentences, type SentenceSpan } from './text/split.ts';

/** Something inside a sentence that has a counterpart: a figure or a glossary term. */
export interface Token {
  start: number;
  end: number;
  /** `unmatched`: a figure the other side of the pair does not have (a translation check). */
  kind: 'figure' | 'term' | 'unmatched';
  /** Equal keys on both sides are counterparts: `n369705`, `p22`, `term:guanzhi`. */
  key: string;
}

/** A sentence of one side, with its place in the block and the link it belongs to. */
export interface SentenceView extends SentenceSpan {
  /** Index within the side (across blocks), as explicit links count them. */
  index: number;
  /** Index of the sentence link (the same on both sides). */
  link: number;
  tokens: Token[];
}

export interface BlockView {
  kind: BlockKind;
  marker?: string;
  plain: string;
  marks: Mark[];
  sentences: SentenceView[];
}

export interface SideView {
  lang: Lang;
  blocks: BlockView[];
  empty: boolean;
}

export interface PairView {
  segment: Segment;
  /** Position of the segment in the document, from 0. */
  index: number;
  sides: [SideView, SideView];
  /** Sentence links: for each, the sentence indices of side 0 and side 1. */
  links: { a: number[]; b: number[] }[];
  /** True when the links were given in the file, not computed. */
  explicit: boolean;
}

/** A side's blocks as written (a string is one block of the segment's kind). */
export function blocksOf(segment: Segment, lang: Lang): Block[] {
  const side = segment.text[lang] ?? '';
  if (typeof side === 'string')
    return side.trim() === '' ? [] : [{ kind: segment.kind, text: side }];
  return side;
}

interface RawSide {
  lang: Lang;
  blocks: { block: Block; plain: string; marks: Mark[]; spans: SentenceSpan[] }[];
}

function readSide(segment: Segment, lang: Lang): RawSide {
  return {
    lang,
    blocks: blocksOf(segment, lang).map((block) => {
      const { plain, marks } = parseInline(block.text);
      return { block, plain, marks, spans: splitSentences(plain, lang) };
    }),
  };
}

function sentenceTexts(side: RawSide): string[] {
  return side.blocks.flatMap((b) => b.spans.map((s) => b.plain.slice(s.start, s.end)));
}

/** How many sentences each side of a segment has (for checking explicit links). */
export function sentenceCount(segment: Segment, lang: Lang): number {
  return sentenceTexts(readSide(segment, lang)).length;
}

/** Finds glossary terms in text; one per document and language. */
export class GlossaryMatcher {
  private readonly forms: { form: string; id: string; latin: boolean }[];

  constructor(glossary: readonly GlossaryEntry[], lang: Lang) {
    this.forms = glossary
      .flatMap((entry) =>
        (entry.terms[lang] ?? []).map((form) => ({
          form: isChinese(lang) ? form : form.toLowerCase(),
          id: entry.id,
          latin: !isChinese(lang),
        })),
      )
      .sort((x, y) => y.form.length - x.form.length);
  }

  /** Non-overlapping matches, longest forms first. */
  find(text: string): Token[] {
    const found: Token[] = [];
    const haystack = text.toLowerCase();
    for (const { form, id, latin } of this.forms) {
      let from = 0;
      for (;;) {
        const at = haystack.indexOf(form, from);
        if (at < 0) break;
        from = at + form.length;
        const end = at + form.length;
        // Latin forms match whole words only ("control" is not in "controlled").
        if (latin && (/\p{L}/u.test(haystack[at - 1] ?? '') || /\p{L}/u.test(haystack[end] ?? '')))
          continue;
        if (found.some((t) => t.start < end && at < t.end)) continue;
        found.push({ start: at, end, kind: 'term', key: `term:${id}` });
      }
    }
    return found;
  }
}

const matchers = new WeakMap<ParallelText, Map<Lang, GlossaryMatcher>>();

function matcherFor(doc: ParallelText, lang: Lang): GlossaryMatcher {
  let byLang = matchers.get(doc);
  if (byLang === undefined) {
    byLang = new Map();
    matchers.set(doc, byLang);
  }
  let m = byLang.get(lang);
  if (m === undefined) {
    m = new GlossaryMatcher(doc.glossary ?? [], lang);
    byLang.set(lang, m);
  }
  return m;
}

function buildSide(
  raw: RawSide,
  linkOf: (index: number) => number,
  tokensOf: (plain: string, lang: Lang) => Token[],
): SideView {
  let index = 0;
  const blocks = raw.blocks.map(({ block, plain, marks, spans }) => {
    const tokens = tokensOf(plain, raw.lang);
    const sentences = spans.map((span) => {
      const inside = tokens
        .filter((t) => t.start >= span.start && t.start < span.end)
        .map((t) => ({ ...t, end: Math.min(t.end, span.end) }));
      const view: SentenceView = { ...span, index, link: linkOf(index), tokens: inside };
      index++;
      return view;
    });
    const view: BlockView = { kind: block.kind, plain, marks, sentences };
    if (block.marker !== undefined) view.marker = block.marker;
    return view;
  });
  return { lang: raw.lang, blocks, empty: blocks.length === 0 };
}

/**
 * Whether a figure without a counterpart is worth reporting: written in digits, a percentage, or
 * a Chinese numeral of two or more characters that is not an ordinal (第二批 is "the second
 * phase"). A lone 一 or 二 is too often part of a word (统一, 一致) to report.
 */
function isCheckable(plain: string, f: Figure): boolean {
  const text = plain.slice(f.start, f.end);
  if (f.kind === 'm') return false;
  if (/\d/u.test(text) || f.kind === 'p') return true;
  if (!/[零〇一二两三四五六七八九十百千万亿]{2,}/u.test(text)) return false;
  return plain[f.start - 1] !== '第';
}

/** Every figure in a document that has no counterpart, pair by pair (reads every pair). */
export function unmatchedFigures(doc: ParallelText): { index: number; count: number }[] {
  const out: { index: number; count: number }[] = [];
  doc.segments.forEach((_, index) => {
    const view = pairView(doc, index);
    const count = view.sides.reduce(
      (n, side) =>
        n +
        side.blocks.reduce(
          (m, b) =>
            m +
            b.sentences.reduce(
              (k, s) => k + s.tokens.filter((t) => t.kind === 'unmatched').length,
              0,
            ),
          0,
        ),
      0,
    );
    if (count > 0) out.push({ index, count });
  });
  return out;
}

/** Read one pair: sentences, their links, and the figures and terms that have counterparts. */
export function analysePair(doc: ParallelText, index: number): PairView {
  const segment = doc.segments[index];
  if (segment === undefined) throw new RangeError(`no segment at ${String(index)}`);
  const [la, lb] = doc.languages;
  const rawA = readSide(segment, la);
  const rawB = readSide(segment, lb);
  const textsA = sentenceTexts(rawA);
  const textsB = sentenceTexts(rawB);
  const given = segment.sentences;
  const explicit = given !== undefined;
  const links = explicit
    ? completeLinks(
        given.map((l) => ({ a: [...(l[la] ?? [])], b: [...(l[lb] ?? [])] })),
        textsA.length,
        textsB.length,
      )
    : alignSentences(
        textsA.map((t) => sentenceFacts(t, la)),
        textsB.map((t) => sentenceFacts(t, lb)),
      );
  const linkA = new Map<number, number>();
  const linkB = new Map<number, number>();
  links.forEach((l, k) => {
    for (const i of l.a) linkA.set(i, k);
    for (const i of l.b) linkB.set(i, k);
  });
  // Figures count only when the other side has the same figure: 一 in 统一 is not a figure.
  const figuresA = new Set(textsA.flatMap((t) => findFigures(t, isChinese(la)).map((f) => f.key)));
  const figuresB = new Set(textsB.flatMap((t) => findFigures(t, isChinese(lb)).map((f) => f.key)));
  const tokensOf = (plain: string, lang: Lang): Token[] => {
    const other = lang === la ? figuresB : figuresA;
    const terms = matcherFor(doc, lang).find(plain);
    const figures = findFigures(plain, isChinese(lang))
      .filter((f) => !terms.some((t) => t.start < f.end && f.start < t.end))
      .flatMap((f): Token[] => {
        if (other.has(f.key)) return [{ start: f.start, end: f.end, kind: 'figure', key: f.key }];
        return isCheckable(plain, f)
          ? [{ start: f.start, end: f.end, kind: 'unmatched', key: f.key }]
          : [];
      });
    return [...terms, ...figures].sort((x, y) => x.start - y.start);
  };
  return {
    segment,
    index,
    sides: [
      buildSide(rawA, (i) => linkA.get(i) ?? -1, tokensOf),
      buildSide(rawB, (i) => linkB.get(i) ?? -1, tokensOf),
    ],
    links,
    explicit,
  };
}

/** Explicit links may leave sentences out; each left-out sentence becomes a link of its own. */
function completeLinks(
  links: { a: number[]; b: number[] }[],
  na: number,
  nb: number,
): { a: number[]; b: number[] }[] {
  const out = links.map((l) => ({ a: l.a.filter((i) => i < na), b: l.b.filter((i) => i < nb) }));
  const seenA = new Set(out.flatMap((l) => l.a));
  const seenB = new Set(out.flatMap((l) => l.b));
  for (let i = 0; i < na; i++) if (!seenA.has(i)) out.push({ a: [i], b: [] });
  for (let i = 0; i < nb; i++) if (!seenB.has(i)) out.push({ a: [], b: [i] });
  return out;
}

const cache = new WeakMap<ParallelText, Map<number, PairView>>();

/** `analysePair`, cached per document: hovering and re-rendering never recompute a pair. */
export function pairView(doc: ParallelText, index: number): PairView {
  let byIndex = cache.get(doc);
  if (byIndex === undefined) {
    byIndex = new Map();
    cache.set(doc, byIndex);
  }
  let view = byIndex.get(index);
  if (view === undefined) {
    view = analysePair(doc, index);
    byIndex.set(index, view);
  }
  return view;
}

/** A place inside one side of a pair: the side itself, a sentence (by its link) or a token. */
export type Stop =
  { kind: 'side' } | { kind: 'sentence'; link: number } | { kind: 'token'; key: string };

/**
 * What answers `stop` on the other side of the pair, from the pair's alignment: the sentence of
 * the same link, the figure or term of the same key, or the other side itself when it has no such
 * sentence or token (a sentence left unaligned, a figure the other side lacks).
 */
export function counterpartOf(
  view: PairView,
  side: 0 | 1,
  stop: Stop,
): { side: 0 | 1; stop: Stop } {
  const other: 0 | 1 = side === 0 ? 1 : 0;
  const sentences = view.sides[other].blocks.flatMap((b) => b.sentences);
  const found = ((): boolean => {
    switch (stop.kind) {
      case 'side':
        return true;
      case 'sentence':
        return stop.link >= 0 && sentences.some((s) => s.link === stop.link);
      case 'token':
        // An unmatched figure has no counterpart by definition, even where its key recurs.
        return sentences.some((s) =>
          s.tokens.some((t) => t.key === stop.key && t.kind !== 'unmatched'),
        );
      default:
        return unreachable(stop);
    }
  })();
  return { side: other, stop: found ? stop : { kind: 'side' } };
}

function unreachable(value: never): never {
  throw new Error(`unexpected ${JSON.stringify(value)}`);
}
