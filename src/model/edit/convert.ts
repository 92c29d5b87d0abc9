/**
 * Into and out of the editable form: from two texts' paragraphs and the aligner's links, from a
 * document (an imported TMX, a JSON file), and back to a document.
 */
import { blocksOf } from '../pair.ts';
import { splitSentences } from '../sentences.ts';
import { SEGMENT_ID } from '../validate.ts';
import { unknownProvenance } from '../types.ts';
import type { Block, BlockKind, Lang, ParallelText, Segment, SideSource } from '../types.ts';
import {
  joinSentences,
  pairSentences,
  paragraphRuns,
  type AlignmentState,
  type Extras,
  type Meta,
  type Pair,
  type Paragraph,
  type Sentence,
  type Side,
} from './state.ts';

/** A link between paragraphs as the paragraph aligner returns it. */
export interface ParagraphLink {
  a: readonly number[];
  b: readonly number[];
  confidence: number;
}

/** Cut one paragraph into sentences, keeping the space between them. */
function sentencesOf(text: string, lang: Lang, para: number): Sentence[] {
  const spans = splitSentences(text, lang);
  return spans.map((span, i) => {
    const next = spans[i + 1];
    return {
      text: text.slice(span.start, span.end),
      para,
      gap: next === undefined ? '' : text.slice(span.end, next.start),
    };
  });
}

/** Mutable builder for one side. */
class SideBuilder {
  readonly paragraphs: Paragraph[] = [];
  readonly sentences: Sentence[] = [];
  constructor(readonly lang: Lang) {}

  add(text: string, kind: BlockKind, marker?: string): void {
    const para = this.paragraphs.length;
    const found = sentencesOf(text, this.lang, para);
    if (found.length === 0) return;
    this.paragraphs.push(marker === undefined ? { kind } : { kind, marker });
    this.sentences.push(...found);
  }

  side(): Side {
    return { lang: this.lang, paragraphs: this.paragraphs, sentences: this.sentences };
  }
}

/** Default metadata for a text that arrives without any. */
export function defaultMeta(
  languages: readonly [Lang, Lang],
  partial: { id?: string; title?: Partial<Record<Lang, string>>; date?: string } = {},
): Meta {
  const [la, lb] = languages;
  return {
    id: partial.id ?? 'imported-text',
    title: { [la]: partial.title?.[la] ?? '', [lb]: partial.title?.[lb] ?? '' },
    date: partial.date ?? '',
    provenance: { [la]: unknownProvenance('author'), [lb]: unknownProvenance('translator') },
  };
}

/**
 * The editable state for two texts' paragraphs and the links the paragraph aligner found. A
 * paragraph no link names is kept as a link of its own at the end, so no text is ever dropped.
 */
export function stateFromParagraphs(
  a: readonly string[],
  b: readonly string[],
  links: readonly ParagraphLink[],
  languages: readonly [Lang, Lang],
  meta: Meta = defaultMeta(languages),
): AlignmentState {
  const sides = [new SideBuilder(languages[0]), new SideBuilder(languages[1])] as const;
  const texts = [a, b] as const;
  const used = [new Set<number>(), new Set<number>()] as const;
  const pairs: Pair[] = [];
  const addLink = (
    lists: readonly [readonly number[], readonly number[]],
    confidence: number,
  ): void => {
    const start: [number, number] = [sides[0].sentences.length, sides[1].sentences.length];
    for (const s of [0, 1] as const) {
      for (const p of lists[s]) {
        const text = texts[s][p];
        if (text === undefined || used[s].has(p)) continue;
        used[s].add(p);
        sides[s].add(text, 'paragraph');
      }
    }
    if (start[0] === sides[0].sentences.length && start[1] === sides[1].sentences.length) return;
    pairs.push({ start, confidence, checked: false });
  };
  for (const link of links) addLink([link.a, link.b], link.confidence);
  for (const s of [0, 1] as const) {
    texts[s].forEach((_, p) => {
      if (!used[s].has(p)) addLink(s === 0 ? [[p], []] : [[], [p]], 0);
    });
  }
  return { sides: [sides[0].side(), sides[1].side()], pairs, meta, extras: {} };
}

/** The editable state of a document: each segment a pair, each block a paragraph. */
export function stateFromDocument(doc: ParallelText): AlignmentState {
  const sides = [new SideBuilder(doc.languages[0]), new SideBuilder(doc.languages[1])] as const;
  const pairs: Pair[] = [];
  for (const segment of doc.segments) {
    const start: [number, number] = [sides[0].sentences.length, sides[1].sentences.length];
    for (const s of [0, 1] as const) {
      for (const block of blocksOf(segment, doc.languages[s]))
        sides[s].add(block.text, block.kind, block.marker);
    }
    if (start[0] === sides[0].sentences.length && start[1] === sides[1].sentences.length) continue;
    pairs.push({
      start,
      confidence: 1,
      checked: false,
      id: segment.id,
      ...(segment.note === undefined ? {} : { note: segment.note }),
    });
  }
  const extras: Extras = {
    ...(doc.editionNote === undefined ? {} : { editionNote: doc.editionNote }),
    ...(doc.glossary === undefined ? {} : { glossary: doc.glossary }),
    ...(doc.crossRefs === undefined ? {} : { crossRefs: doc.crossRefs }),
  };
  return {
    sides: [sides[0].side(), sides[1].side()],
    pairs,
    meta: { id: doc.id, title: doc.title, date: doc.date, provenance: doc.provenance },
    extras,
  };
}

/** One side of pair `k` as a document writes it: a string for one plain block, else blocks. */
function sideSource(
  state: AlignmentState,
  k: number,
  s: 0 | 1,
): { source: SideSource; kind?: BlockKind } {
  const side = state.sides[s];
  const blocks: Block[] = paragraphRuns(pairSentences(state, k, s)).map((run) => {
    const para = side.paragraphs[run[0]?.para ?? -1];
    const block: Block = { kind: para?.kind ?? 'paragraph', text: joinSentences(run) };
    if (para?.marker !== undefined) block.marker = para.marker;
    return block;
  });
  const first = blocks[0];
  if (first === undefined) return { source: '' };
  if (blocks.length === 1 && first.marker === undefined)
    return { source: first.text, kind: first.kind };
  return { source: blocks, kind: first.kind };
}

/**
 * The document the alignment stands for. Pairs keep the ids they came with; the others are
 * numbered `s1`, `s2`... by position, skipping numbers already taken.
 */
export function documentFromState(state: AlignmentState): ParallelText {
  const [la, lb] = [state.sides[0].lang, state.sides[1].lang];
  const taken = new Set(
    state.pairs.flatMap((p) => (p.id !== undefined && SEGMENT_ID.test(p.id) ? [p.id] : [])),
  );
  const seen = new Set<string>();
  let counter = 0;
  const freshId = (): string => {
    let id: string;
    do id = `s${String(++counter)}`;
    while (taken.has(id) || seen.has(id));
    return id;
  };
  const segments = state.pairs.map((pair, k): Segment => {
    const a = sideSource(state, k, 0);
    const b = sideSource(state, k, 1);
    let id =
      pair.id !== undefined && SEGMENT_ID.test(pair.id) && !seen.has(pair.id) ? pair.id : freshId();
    if (seen.has(id)) id = freshId();
    seen.add(id);
    const segment: Segment = {
      id,
      kind: a.kind ?? b.kind ?? 'paragraph',
      text: { [la]: a.source, [lb]: b.source },
    };
    if (pair.note !== undefined) segment.note = pair.note;
    return segment;
  });
  const { meta, extras } = state;
  const doc: ParallelText = {
    id: meta.id,
    languages: [la, lb],
    title: { ...meta.title },
    date: meta.date,
    provenance: { ...meta.provenance },
    segments,
  };
  if (extras.editionNote !== undefined) doc.editionNote = { ...extras.editionNote };
  if (extras.glossary !== undefined) doc.glossary = [...extras.glossary];
  if (extras.crossRefs !== undefined) doc.crossRefs = [...extras.crossRefs];
  return doc;
}

/** A URL-safe id made from a title: lower-case Latin letters and digits joined by hyphens. */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60)
    .replace(/-+$/u, '');
}

const FULL_DATE =
  /(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?|(\d{4})-(\d{2})(?:-(\d{2}))?/u;
const YEAR = /\b(1[5-9]\d\d|20\d\d)\b/u;

/** A date written near the start of a text (`1952年12月18日`, `1952-12-18`, or a year). */
export function guessDate(paragraphs: readonly string[]): string | undefined {
  const head = paragraphs.slice(0, 12);
  const pad = (s: string | undefined): string | undefined => s?.padStart(2, '0');
  for (const text of head) {
    const m = FULL_DATE.exec(text);
    if (m === null) continue;
    const year = m[1] ?? m[4];
    const month = pad(m[2] ?? m[5]);
    const day = pad(m[3] ?? m[6]);
    if (year === undefined) continue;
    if (month === undefined || Number(month) > 12) return year;
    return day === undefined || Number(day) > 31 ? `${year}-${month}` : `${year}-${month}-${day}`;
  }
  for (const text of head) {
    const m = YEAR.exec(text);
    if (m?.[1] !== undefined) return m[1];
  }
  return undefined;
}

/** A title taken from the first paragraph, shortened when it is long. */
function titleFrom(paragraph: string | undefined): string {
  if (paragraph === undefined) return '';
  const text = paragraph.trim();
  if (text.length <= 120) return text;
  // Cut at a grapheme boundary so no character is broken in half.
  const graphemes = Array.from(
    new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text),
    (s) => s.segment,
  );
  return `${graphemes.slice(0, 119).join('')}…`;
}

/**
 * Metadata for two plain texts: titles from their first paragraphs, an id made from the second
 * (English) title, a date if one is written near the start.
 */
export function metaForTexts(
  a: readonly string[],
  b: readonly string[],
  languages: readonly [Lang, Lang],
): Meta {
  const title = { [languages[0]]: titleFrom(a[0]), [languages[1]]: titleFrom(b[0]) };
  const date = guessDate([...a.slice(0, 6), ...b.slice(0, 6)]);
  const id =
    slugify(title[languages[1]] ?? '') || slugify(title[languages[0]] ?? '') || 'imported-text';
  return defaultMeta(languages, { id, title, ...(date === undefined ? {} : { date }) });
}
