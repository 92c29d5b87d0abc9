/**
 * The editing operations. Each takes the current state and says what it would change, as an
 * `Edit` (a splice of the pair list, and perhaps new metadata), or `undefined` when it does not
 * apply there (merging the last pair, moving a sentence out of an empty side). Applying an edit
 * and applying its inverse are the only ways a state changes, which is what makes undo exact.
 */
import {
  pairRange,
  pairSentences,
  paragraphRuns,
  type AlignmentState,
  type Meta,
  type Pair,
  type SideIndex,
} from './state.ts';

/** What kind of change an edit is (for announcements and the history list). */
export type EditKind =
  'merge' | 'split' | 'move-sentence' | 'shift-paragraph' | 'check' | 'uncheck' | 'meta';

/** One reversible change: `removed` pairs at `at` are replaced by `inserted`. */
export interface Edit {
  readonly kind: EditKind;
  readonly at: number;
  readonly removed: readonly Pair[];
  readonly inserted: readonly Pair[];
  readonly meta?: { readonly before: Meta; readonly after: Meta };
  /** The pair to select before the edit (after an undo) and after it. */
  readonly focus: readonly [before: number, after: number];
}

/** Which way a sentence or paragraph moves: to the previous pair or to the next. */
export type Direction = 'up' | 'down';

/** The state after an edit. */
export function applyEdit(state: AlignmentState, edit: Edit): AlignmentState {
  const pairs =
    edit.removed.length === 0 && edit.inserted.length === 0
      ? state.pairs
      : [
          ...state.pairs.slice(0, edit.at),
          ...edit.inserted,
          ...state.pairs.slice(edit.at + edit.removed.length),
        ];
  return { ...state, pairs, meta: edit.meta?.after ?? state.meta };
}

/** The edit that undoes `edit`. */
export function invertEdit(edit: Edit): Edit {
  const inverse: Edit = {
    kind: edit.kind,
    at: edit.at,
    removed: edit.inserted,
    inserted: edit.removed,
    focus: [edit.focus[1], edit.focus[0]],
  };
  return edit.meta === undefined
    ? inverse
    : { ...inverse, meta: { before: edit.meta.after, after: edit.meta.before } };
}

function joinNotes(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return `${a}\n\n${b}`;
}

/** Merge pair `k` with the next one. */
export function merge(state: AlignmentState, k: number): Edit | undefined {
  const first = state.pairs[k];
  const second = state.pairs[k + 1];
  if (first === undefined || second === undefined) return undefined;
  const note = joinNotes(first.note, second.note);
  const merged: Pair = {
    start: first.start,
    confidence: Math.min(first.confidence, second.confidence),
    checked: first.checked && second.checked,
    ...(first.id === undefined ? {} : { id: first.id }),
    ...(note === undefined ? {} : { note }),
  };
  return { kind: 'merge', at: k, removed: [first, second], inserted: [merged], focus: [k, k] };
}

/**
 * Split pair `k` in two: the first keeps `at[0]` sentences of side 0 and `at[1]` of side 1, the
 * rest go to a new pair after it. Both pairs must keep some text.
 */
export function split(
  state: AlignmentState,
  k: number,
  at: readonly [number, number],
): Edit | undefined {
  const pair = state.pairs[k];
  if (pair === undefined) return undefined;
  const [a0, a1] = pairRange(state, k, 0);
  const [b0, b1] = pairRange(state, k, 1);
  const [i, j] = at;
  if (!Number.isInteger(i) || !Number.isInteger(j)) return undefined;
  if (i < 0 || j < 0 || i > a1 - a0 || j > b1 - b0) return undefined;
  if (i + j === 0 || (i === a1 - a0 && j === b1 - b0)) return undefined;
  const head: Pair = { ...pair };
  const tail: Pair = {
    start: [a0 + i, b0 + j],
    confidence: pair.confidence,
    checked: pair.checked,
  };
  return { kind: 'split', at: k, removed: [pair], inserted: [head, tail], focus: [k, k + 1] };
}

/**
 * Move `count` sentences of `side` from pair `k` to its neighbour: its first ones to the previous
 * pair (`up`) or its last ones to the next (`down`). A pair left with no text disappears.
 */
function moveRun(
  state: AlignmentState,
  k: number,
  side: SideIndex,
  dir: Direction,
  count: number,
  kind: EditKind,
): Edit | undefined {
  const pair = state.pairs[k];
  if (pair === undefined || count <= 0) return undefined;
  const [from, to] = pairRange(state, k, side);
  if (count > to - from) return undefined;
  const other: SideIndex = side === 0 ? 1 : 0;
  const [o0, o1] = pairRange(state, k, other);
  const emptied = count === to - from && o0 === o1;
  if (dir === 'up') {
    if (k === 0) return undefined;
    if (emptied) return { kind, at: k, removed: [pair], inserted: [], focus: [k, k - 1] };
    const start: [number, number] = [pair.start[0], pair.start[1]];
    start[side] += count;
    // The other side's run starts where it did; only this side's start moves.
    return { kind, at: k, removed: [pair], inserted: [{ ...pair, start }], focus: [k, k] };
  }
  const next = state.pairs[k + 1];
  if (next === undefined) return undefined;
  const start: [number, number] = [next.start[0], next.start[1]];
  start[side] -= count;
  const moved: Pair = { ...next, start };
  if (emptied) return { kind, at: k, removed: [pair, next], inserted: [moved], focus: [k, k] };
  return { kind, at: k + 1, removed: [next], inserted: [moved], focus: [k, k] };
}

/** Move one sentence of `side`: pair `k`'s first to the previous pair, or its last to the next. */
export function moveSentence(
  state: AlignmentState,
  k: number,
  side: SideIndex,
  dir: Direction,
): Edit | undefined {
  return moveRun(state, k, side, dir, 1, 'move-sentence');
}

/**
 * Shift one side: move pair `k`'s first paragraph (or the piece of one it starts with) on `side`
 * to the previous pair, or its last one to the next pair. This re-pairs a paragraph.
 */
export function shiftParagraph(
  state: AlignmentState,
  k: number,
  side: SideIndex,
  dir: Direction,
): Edit | undefined {
  if (state.pairs[k] === undefined) return undefined;
  const runs = paragraphRuns(pairSentences(state, k, side));
  const run = dir === 'up' ? runs[0] : runs.at(-1);
  if (run === undefined) return undefined;
  return moveRun(state, k, side, dir, run.length, 'shift-paragraph');
}

/** Mark pair `k` as checked by a person, or take the mark away. */
export function toggleChecked(state: AlignmentState, k: number): Edit | undefined {
  const pair = state.pairs[k];
  if (pair === undefined) return undefined;
  return {
    kind: pair.checked ? 'uncheck' : 'check',
    at: k,
    removed: [pair],
    inserted: [{ ...pair, checked: !pair.checked }],
    focus: [k, k],
  };
}

function sameMeta(a: Meta, b: Meta): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Replace the document's metadata; `undefined` when nothing changes. */
export function editMeta(state: AlignmentState, meta: Meta, focus = 0): Edit | undefined {
  if (sameMeta(state.meta, meta)) return undefined;
  return {
    kind: 'meta',
    at: 0,
    removed: [],
    inserted: [],
    meta: { before: state.meta, after: meta },
    focus: [focus, focus],
  };
}
