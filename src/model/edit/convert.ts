/**
 * Into and out of the editable form: from two texts' paragraphs and the aligner's links, from a
 * document (an imported TMX, a JSON file), and back to a document. Two plain texts come here
 * through the one pipeline (`../align/pipeline.ts`).
 */
import { headingSides } from '../align/headings.ts';
import type { ParagraphLink } from '../align/paragraphs.ts';
import { segmentIds } from '../ids.ts';
import { blocksOf } from '../pair.ts';
import { splitSentences } from '../text/split.ts';
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

/** The aligner's link, named here for callers that build a state from links of their own. */
export type { ParagraphLink } from '../align/paragraphs.ts';

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
 * Links that look like numbered headings (`headingSides`) get `heading3` paragraphs.
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
    const fresh = (s: 0 | 1): { p: number; text: string }[] =>
      lists[s].flatMap((p) => {
        const text = texts[s][p];
        return text === undefined || used[s].has(p) ? [] : [{ p, text }];
      });
    const found = [fresh(0), fresh(1)] as const;
    const heading = headingSides(
      found[0].map((f) => f.text),
      found[1].map((f) => f.text),
      languages,
    );
    for (const s of [0, 1] as const) {
      for (const { p, text } of found[s]) {
        used[s].add(p);
        sides[s].add(text, heading[s] ? 'heading3' : 'paragraph');
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
    ...(doc.version === undefined ? {} : { version: doc.version }),
    ...(doc.revisions === undefined ? {} : { revisions: doc.revisions }),
    ...(doc.citation === undefined ? {} : { citation: doc.citation }),
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
 * numbered `s1`, `s2`... by position, skipping numbers already taken (`segmentIds`).
 */
export function documentFromState(state: AlignmentState): ParallelText {
  const [la, lb] = [state.sides[0].lang, state.sides[1].lang];
  const ids = segmentIds(state.pairs.map((p) => p.id));
  const segments = state.pairs.map((pair, k): Segment => {
    const a = sideSource(state, k, 0);
    const b = sideSource(state, k, 1);
    const segment: Segment = {
      id: ids[k] ?? `s${String(k + 1)}`,
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
  if (extras.version !== undefined) doc.version = extras.version;
  if (extras.revisions !== undefined) doc.revisions = extras.revisions;
  if (extras.citation !== undefined) doc.citation = extras.citation;
  return doc;
}
