/**
 * What the Import page is doing, one thing at a time (each kind carries what only it needs; the
 * element switches over every kind), and the one place that knows how choosing where to split a
 * link starts, moves and ends. A cut says how many sentences of each side stay in the upper
 * link. Pure: the element keeps the cut in its mode and does what `splitKey` says.
 */
import { split } from '../../model/edit/operations.ts';
import { pairRange, type AlignmentState, type SideIndex } from '../../model/edit/state.ts';

/** Sentences of each side kept above the cut. */
export type Cut = readonly [number, number];

/** What the page is doing: one of these at a time. */
export type Mode =
  | { kind: 'restoring' }
  | { kind: 'import' }
  /** A worker aligns (`label` undefined: the progress says how far) or reads a file. */
  | { kind: 'working'; label: string | undefined }
  | { kind: 'editing' }
  /** Choosing where to split the selected link. */
  | { kind: 'splitting'; cut: Cut };

/** Where a new split of link `k` starts, or undefined when the link cannot be split. */
export function startCut(state: AlignmentState, k: number): Cut | undefined {
  const [a0, a1] = pairRange(state, k, 0);
  const [b0, b1] = pairRange(state, k, 1);
  const na = a1 - a0;
  const nb = b1 - b0;
  if (na + nb < 2) return undefined;
  // In the middle of each side; a one-sentence side starts with its sentence above.
  const middle: Cut = [Math.ceil(na / 2), Math.ceil(nb / 2)];
  if (split(state, k, middle) !== undefined) return middle;
  return nb > 1 ? [na, 1] : [1, 0];
}

/** The cut with `side` cut at `at`. */
export function cutAt(cut: Cut, side: SideIndex, at: number): Cut {
  return side === 0 ? [at, cut[1]] : [cut[0], at];
}

/** The cut moved one sentence up (-1) or down (1) on `side`, kept within the link. */
export function moveCut(
  state: AlignmentState,
  k: number,
  cut: Cut,
  side: SideIndex,
  by: -1 | 1,
): Cut {
  const [from, to] = pairRange(state, k, side);
  return cutAt(cut, side, Math.max(0, Math.min(to - from, cut[side] + by)));
}

/** What a key does while a cut is being chosen. */
export type SplitKey =
  | { kind: 'confirm' }
  | { kind: 'cancel' }
  | { kind: 'move'; by: -1 | 1 }
  | { kind: 'side'; side: SideIndex };

/**
 * The meaning of a key while splitting, or undefined when it has none here. Enter on a cut
 * button presses the button (`onCutButton`); elsewhere it splits.
 */
export function splitKey(
  e: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>,
  onCutButton: boolean,
): SplitKey | undefined {
  if (e.key === 'Escape') return { kind: 'cancel' };
  if (e.key === 'Enter') return onCutButton ? undefined : { kind: 'confirm' };
  if (e.altKey || e.ctrlKey || e.metaKey) return undefined;
  switch (e.key) {
    case 'ArrowUp':
      return { kind: 'move', by: -1 };
    case 'ArrowDown':
      return { kind: 'move', by: 1 };
    case 'ArrowLeft':
      return { kind: 'side', side: 0 };
    case 'ArrowRight':
      return { kind: 'side', side: 1 };
    default:
      return undefined;
  }
}
