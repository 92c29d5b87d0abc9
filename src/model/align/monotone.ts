/**
 * Monotone alignment of two sequences by dynamic programming: the best chain of links, each
 * joining `a` items of one side with `b` items of the other (1-1, 1-2, 2-1, 1-0, ...). Used for
 * sentences inside a pair and, with a band, for paragraphs of whole texts.
 */

/** A link shape: how many items of each side one link takes. */
export type Shape = readonly [number, number];

/** The shapes a sentence or paragraph aligner allows by default. */
export const DEFAULT_SHAPES: readonly Shape[] = [
  [1, 1],
  [1, 2],
  [2, 1],
  [1, 3],
  [3, 1],
  [2, 2],
  [1, 0],
  [0, 1],
];

/** One link of the result: half-open ranges on each side and the cost the model gave it. */
export interface Link {
  a: readonly [start: number, end: number];
  b: readonly [start: number, end: number];
  cost: number;
}

export interface AlignOptions {
  shapes?: readonly Shape[];
  /**
   * Keep to a band around the diagonal: cell (i, j) is visited only when j is within `band` of
   * i * m / n. Undefined visits every cell (fine for the few sentences of one pair).
   */
  band?: number;
  /**
   * Explicit row bounds, overriding `band`: row i visits j in [lo[i], hi[i]] (both arrays of
   * length n + 1). Lets a caller band around any path (anchors, a previous pass). Memory is then
   * proportional to the corridor, not to n * m.
   */
  corridor?: { lo: ArrayLike<number>; hi: ArrayLike<number> };
  /** Called after each row of the table: (rows done, n + 1). */
  onRow?: (done: number, total: number) => void;
}

/**
 * The filled table of a monotone alignment: the best cost of reaching each visited cell and the
 * shape that reached it. Cells outside the visited rows' bounds read as unreachable.
 */
export interface AlignTable {
  readonly n: number;
  readonly m: number;
  readonly shapes: readonly Shape[];
  /** Row bounds actually used (inclusive). */
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  /** Best cost of aligning a[0, i) with b[0, j); Infinity when unreachable or not visited. */
  cost(i: number, j: number): number;
  /** Index into `shapes` of the last link on the best path to (i, j); -1 when none. */
  step(i: number, j: number): number;
}

function rowBounds(n: number, m: number, options: AlignOptions): [Int32Array, Int32Array] {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    if (options.corridor !== undefined) {
      lo[i] = Math.max(0, Math.min(m, Math.floor(options.corridor.lo[i] ?? 0)));
      hi[i] = Math.max(0, Math.min(m, Math.ceil(options.corridor.hi[i] ?? m)));
    } else if (options.band !== undefined) {
      lo[i] = Math.max(0, Math.floor((i * m) / Math.max(n, 1)) - options.band);
      hi[i] = Math.min(m, Math.ceil((i * m) / Math.max(n, 1)) + options.band);
    } else {
      lo[i] = 0;
      hi[i] = m;
    }
  }
  // The corners are always visited, so a path exists whenever the band lets one through.
  lo[0] = 0;
  hi[n] = m;
  return [lo, hi];
}

/** A typed-array read that the type checker accepts as a number. */
function num(array: ArrayLike<number>, k: number): number {
  return array[k] ?? NaN;
}

/**
 * The cost of linking items [i, i+a) with [j, j+b); lower is better; Infinity forbids the link.
 * `limit` is what the link must stay under to matter (the target cell's best so far, less the
 * cost of getting here): a cost function may return any value at or above it, without working
 * out the exact cost, once it knows the link cannot beat it.
 */
export type LinkCost = (i: number, a: number, j: number, b: number, limit: number) => number;

/**
 * Fill the dynamic-programming table for aligning `n` items against `m` items (see
 * `alignMonotone` for `cost`). Exposed so callers can read costs of alternative paths.
 */
export function alignTable(
  n: number,
  m: number,
  cost: LinkCost,
  options: AlignOptions = {},
): AlignTable {
  const shapes = options.shapes ?? DEFAULT_SHAPES;
  const [lo, hi] = rowBounds(n, m, options);
  // Row i holds cells lo[i]..hi[i] starting at offset[i].
  const offset = new Float64Array(n + 2);
  for (let i = 0; i <= n; i++)
    offset[i + 1] = num(offset, i) + Math.max(0, num(hi, i) - num(lo, i) + 1);
  const size = num(offset, n + 1);
  const best = new Float64Array(size).fill(Infinity);
  const from = new Int8Array(size).fill(-1);
  const at = (i: number, j: number): number =>
    i < 0 || i > n || j < num(lo, i) || j > num(hi, i) ? -1 : num(offset, i) + j - num(lo, i);
  // Each cell takes the best of the links that end at it ("pull"): the first shapes (1-1 comes
  // first) set a bar that the cost function can use to give up early on the others.
  for (let i = 0; i <= n; i++) {
    const rowLo = num(lo, i);
    const rowHi = num(hi, i);
    const base = num(offset, i) - rowLo;
    for (let j = rowLo; j <= rowHi; j++) {
      let here = i === 0 && j === 0 ? 0 : Infinity;
      let step = -1;
      for (let s = 0; s < shapes.length; s++) {
        const [a, b] = shapes[s] ?? [1, 1];
        const source = at(i - a, j - b);
        if (source < 0) continue;
        const before = num(best, source);
        if (before === Infinity) continue;
        const c = before + cost(i - a, a, j - b, b, here - before);
        if (c < here) {
          here = c;
          step = s;
        }
      }
      best[base + j] = here;
      from[base + j] = step;
    }
    options.onRow?.(i + 1, n + 1);
  }
  return {
    n,
    m,
    shapes,
    lo,
    hi,
    cost: (i, j) => {
      const k = at(i, j);
      return k < 0 ? Infinity : num(best, k);
    },
    step: (i, j) => {
      const k = at(i, j);
      return k < 0 ? -1 : num(from, k);
    },
  };
}

/** The best path of a filled table, as links; null when the corner was not reached. */
export function tracePath(table: AlignTable): Link[] | null {
  const { n, m, shapes } = table;
  if (table.cost(n, m) === Infinity) return null;
  const links: Link[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const shape = shapes[table.step(i, j)];
    if (shape === undefined)
      throw new Error(`alignMonotone: broken trace at ${String(i)},${String(j)}`);
    const [a, b] = shape;
    links.push({ a: [i - a, i], b: [j - b, j], cost: table.cost(i, j) - table.cost(i - a, j - b) });
    i -= a;
    j -= b;
  }
  return links.reverse();
}

/**
 * Align `n` items against `m` items. `cost(i, a, j, b)` scores linking items [i, i+a) with
 * [j, j+b); lower is better; Infinity forbids the link.
 */
export function alignMonotone(
  n: number,
  m: number,
  cost: (i: number, a: number, j: number, b: number) => number,
  options: AlignOptions = {},
): Link[] {
  const links = tracePath(alignTable(n, m, cost, options));
  if (links === null) {
    // Nothing reached the corner (a band too narrow): fall back to one link over everything.
    return n + m === 0 ? [] : [{ a: [0, n], b: [0, m], cost: Infinity }];
  }
  return links;
}
