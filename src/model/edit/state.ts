/**
 * The editable form of an alignment. Each side is the whole text as one fixed list of sentences
 * (in reading order, each remembering the paragraph it came from); the pairs only say where each
 * side's run of sentences starts. Every editing operation moves those starts, so no operation can
 * lose, duplicate or reorder text, and paragraphs cut by one edit join again when another edit
 * puts their pieces back into one pair.
 */
import type {
  BlockKind,
  CrossRef,
  GlossaryEntry,
  Lang,
  ParallelText,
  Provenance,
} from '../types.ts';

/** Which side of the pair: 0 is the first language (the original), 1 the second. */
export type SideIndex = 0 | 1;

/** A paragraph of the source as written: its layout and, for list items, its marker. */
export interface Paragraph {
  readonly kind: BlockKind;
  readonly marker?: string;
}

/** One sentence of a side and the paragraph (index into `Side.paragraphs`) it belongs to. */
export interface Sentence {
  readonly text: string;
  readonly para: number;
  /** The space between this sentence and the next one of its paragraph, as written. */
  readonly gap: string;
}

/** One language's whole text. Never changed by an edit, so states share it. */
export interface Side {
  readonly lang: Lang;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
}

/**
 * A link between a run of sentences on each side. `start` holds the index of the run's first
 * sentence on each side; the run ends where the next pair's starts (or at the side's end).
 */
export interface Pair {
  readonly start: readonly [number, number];
  /** The aligner's confidence in this link, 0..1. */
  readonly confidence: number;
  /** A person has looked at this link and accepts it. */
  readonly checked: boolean;
  /** Segment id carried over from an imported document. */
  readonly id?: string;
  /** Editorial note carried over from an imported document. */
  readonly note?: string;
}

/** What the editor lets a person change about the document besides its pairing. */
export interface Meta {
  readonly id: string;
  readonly title: Readonly<Record<Lang, string>>;
  readonly date: string;
  readonly provenance: Readonly<Record<Lang, Provenance>>;
}

/** Parts of an imported document the editor passes through untouched. */
export interface Extras {
  readonly editionNote?: Readonly<Record<Lang, string>>;
  readonly glossary?: readonly GlossaryEntry[];
  readonly crossRefs?: readonly CrossRef[];
  readonly version?: string;
  readonly revisions?: ParallelText['revisions'];
  readonly citation?: ParallelText['citation'];
}

/** An alignment being edited. */
export interface AlignmentState {
  readonly sides: readonly [Side, Side];
  readonly pairs: readonly Pair[];
  readonly meta: Meta;
  readonly extras: Extras;
}

/**
 * Below this confidence an unchecked link is "low" and worth a look (the editor marks it, the
 * CLI counts it). The paragraph aligner's confidence is a probability: the chance that each of
 * the link's two boundaries is the right one against its neighbours, times the chance that its
 * own cost is a fit; so below one half a link is more likely wrong than right.
 */
export const LOW_CONFIDENCE = 0.5;

/** The half-open range of sentence indices pair `k` holds on `side`. */
export function pairRange(state: AlignmentState, k: number, side: SideIndex): [number, number] {
  const pair = state.pairs[k];
  if (pair === undefined) throw new RangeError(`no pair ${String(k)}`);
  const next = state.pairs[k + 1];
  return [
    pair.start[side],
    next === undefined ? state.sides[side].sentences.length : next.start[side],
  ];
}

/** The sentences pair `k` holds on `side`. */
export function pairSentences(
  state: AlignmentState,
  k: number,
  side: SideIndex,
): readonly Sentence[] {
  const [from, to] = pairRange(state, k, side);
  return state.sides[side].sentences.slice(from, to);
}

/** True when the link is unchecked and its confidence is below `LOW_CONFIDENCE`. */
export function isLow(pair: Pair): boolean {
  return !pair.checked && pair.confidence < LOW_CONFIDENCE;
}

/**
 * The next low link after `from` (wrapping round), or undefined when there is none. `step` -1
 * searches backwards.
 */
export function nextLow(state: AlignmentState, from: number, step: 1 | -1 = 1): number | undefined {
  const n = state.pairs.length;
  for (let d = 1; d <= n; d++) {
    const k = (((from + step * d) % n) + n) % n;
    const pair = state.pairs[k];
    if (pair !== undefined && isLow(pair)) return k;
  }
  return undefined;
}

/** Consecutive sentences of one paragraph joined back into its text, spaces as written. */
export function joinSentences(run: readonly Sentence[]): string {
  return run.map((s, i) => (i < run.length - 1 ? s.text + s.gap : s.text)).join('');
}

/** A run of sentences cut into the paragraphs they come from. */
export function paragraphRuns(run: readonly Sentence[]): Sentence[][] {
  const out: Sentence[][] = [];
  for (const sentence of run) {
    const last = out.at(-1);
    if (last?.[0]?.para === sentence.para) last.push(sentence);
    else out.push([sentence]);
  }
  return out;
}
