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
  const shapes = options.shapes ?? DEFAULT_SHAPES;
  const width = m + 1;
  const best = new Float64Array((n + 1) * width).fill(Infinity);
  const from = new Int8Array((n + 1) * width).fill(-1);
  best[0] = 0;
  const lo = (i: number): number =>
    options.band === undefined
      ? 0
      : Math.max(0, Math.floor((i * m) / Math.max(n, 1)) - options.band);
  const hi = (i: number): number =>
    options.band === undefined
      ? m
      : Math.min(m, Math.ceil((i * m) / Math.max(n, 1)) + options.band);
  for (let i = 0; i <= n; i++) {
    for (let j = lo(i); j <= hi(i); j++) {
      const here = best[i * width + j] ?? Infinity;
      if (here === Infinity) continue;
      shapes.forEach(([a, b], s) => {
        if (i + a > n || j + b > m) return;
        const c = here + cost(i, a, j, b);
        const at = (i + a) * width + j + b;
        if (c < (best[at] ?? Infinity)) {
          best[at] = c;
          from[at] = s;
        }
      });
    }
  }
  const links: Link[] = [];
  let i = n;
  let j = m;
  if ((best[n * width + m] ?? Infinity) === Infinity) {
    // Nothing reached the corner (a band too narrow): fall back to one link over everything.
    return n + m === 0 ? [] : [{ a: [0, n], b: [0, m], cost: Infinity }];
  }
  while (i > 0 || j > 0) {
    const shape = shapes[from[i * width + j] ?? -1];
    if (shape === undefined)
      throw new Error(`alignMonotone: broken trace at ${String(i)},${String(j)}`);
    const [a, b] = shape;
    const total = best[i * width + j] ?? 0;
    const prev = best[(i - a) * width + (j - b)] ?? 0;
    links.push({ a: [i - a, i], b: [j - b, j], cost: total - prev });
    i -= a;
    j -= b;
  }
  return links.reverse();
}
