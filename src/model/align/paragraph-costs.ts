/**
 * The paragraph aligner's cost model, in numbers: the link shapes it weighs and their prior
 * costs, the tunable constants, the length model (a mixture of two normals whose variance grows
 * with length) and its fit to a first alignment. Pure arithmetic, no state.
 */
import type { Shape } from './monotone.ts';

/**
 * Link shapes the aligner considers: up to 1-8 and 8-1, 2-2, and runs of up to 8 paragraphs
 * without a counterpart (reported as that many 1-0 or 0-1 links).
 */
export const SHAPES: readonly Shape[] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [1, 2],
  [2, 1],
  [2, 2],
  ...[3, 4, 5, 6, 7, 8].flatMap((k): Shape[] => [
    [1, k],
    [k, 1],
  ]),
  ...[2, 3, 4, 5, 6, 7, 8].flatMap((k): Shape[] => [
    [0, k],
    [k, 0],
  ]),
];

/** The shapes of the rough first look at a long text. */
export const QUICK_SHAPES: readonly Shape[] = SHAPES.slice(0, 5);

/**
 * Prior cost of each shape (about -log of its share, relative to 1-1). Paragraphs without a
 * counterpart come in runs (an omitted passage, a translator's note, a list the other side
 * leaves out): the first of a run pays `gapOpen`, each further one only `gapExtend`, so a run
 * is not cheaper merged into a neighbour than left alone.
 */
export function shapePrior(a: number, b: number): number {
  if (a === 1 && b === 1) return 0;
  if (a === 0 || b === 0) return MODEL.gapOpen + (a + b - 1) * MODEL.gapExtend;
  if (a === 2 && b === 2) return 4.6;
  const many = Math.max(a, b);
  return many === 2 ? 2.3 : 2.3 + (many - 2) * 1.0;
}

/** Tunable constants of the cost model. */
export const MODEL = {
  /** A paragraph without a counterpart, and each further one in the same run. */
  gapOpen: 4.5,
  gapExtend: 1.5,
  /** Variance per unit of length (in first-language characters) before estimation. */
  initialVariance: 6,
  /** Variance floor for short paragraphs (headings, dates), in characters squared. */
  varianceFloor: 25,
  /** Weight of those two priors against the fitted values, in links. */
  priorLinks: 10,
  /** Bonus per unit of shared anchor weight, and its cap per link. */
  anchorBonus: 1,
  anchorCap: 12,
  /** Penalty per unit of anchor weight found on one side of a link only. */
  anchorMiss: 0.8,
  /** Most that figures missing their counterpart can count against a 1-1 link. */
  missCap: 6,
  /** Share of anchor weight that true links are expected to leave unmatched. */
  missRate: 0.1,
  /** Anchor weight of a figure or term that has no match anywhere on the other side. */
  loneAnchor: 3,
  /** Section numbers: equal, or both present and different. */
  markerSame: -1.5,
  markerDiffer: 2.5,
  /** A link that opens with a section number on one side only (a heading left unmatched). */
  markerAlone: 1,
  /**
   * Weight of dictionary evidence, in nats for a paragraph of typical size whose words all find
   * their translation, against the overlap two unrelated paragraphs have by chance.
   */
  lexical: 8,
  /** First corridor half-width (paragraphs) and the margin that counts as touching its edge. */
  halfWidth: 24,
  /** Half-width of the corridor around the first pass's path. */
  pathWidth: 12,
  edge: 3,
  /** Cost past which a many-paragraph link is not worth weighing anchors and words for. */
  hopeless: 16,
  /** Tables up to this many cells are filled whole. */
  fullTable: 40_000,
} as const;

/** The two-sided standard normal tail beyond |x| (erfc(|x|/sqrt 2), Abramowitz & Stegun 7.1.26). */
function tail(x: number): number {
  const u = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * u);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return poly * Math.exp(-u * u);
}

/** How much wider the outlier component of the length model is than its core. */
const WIDE = 3;

/**
 * Length cost of a link whose standardised difference is `delta`: -log of the two-sided tail
 * under a mixture of a core normal and, with weight `outliers`, one WIDE times wider (translations
 * have heavy tails: labels, notes, compressed headings).
 */
export function lengthCost(delta: number, outliers: number): number {
  const x = Math.abs(delta) * STEPS;
  if (x >= TABLE_SIZE - 1) return exactLengthCost(delta, outliers);
  // The DP asks this for every cell and shape: a table of the curve, read with linear
  // interpolation (off by under 1e-4 nats), saves two exponentials and a logarithm a call.
  let table = tables.get(outliers);
  if (table === undefined) {
    table = Float64Array.from({ length: TABLE_SIZE }, (_, k) =>
      exactLengthCost(k / STEPS, outliers),
    );
    tables.set(outliers, table);
  }
  const k = Math.floor(x);
  const lo = table[k] ?? 0;
  return lo + ((table[k + 1] ?? lo) - lo) * (x - k);
}

/** Table points per unit of delta, and how many (the table covers |delta| < 64). */
const STEPS = 64;
const TABLE_SIZE = 64 * STEPS;
const tables = new Map<number, Float64Array>();

/** `lengthCost` worked out in full. */
export function exactLengthCost(delta: number, outliers: number): number {
  const p = (1 - outliers) * tail(delta) + outliers * tail(delta / WIDE);
  return -Math.log(Math.max(p, 1e-300));
}

/** Prefix sums: `out[k]` is the sum of the first k values. */
export function prefix(values: readonly number[]): Float64Array {
  const out = new Float64Array(values.length + 1);
  values.forEach((v, k) => (out[k + 1] = (out[k] ?? 0) + v));
  return out;
}

/** `array[k]`, or 0 past its end (typed arrays and prefix sums read as 0 there). */
export function at(array: ArrayLike<number>, k: number): number {
  return array[k] ?? 0;
}

/** Length-model parameters, estimated per input pair. */
export interface Params {
  /** Second-language characters per first-language character. */
  ratio: number;
  /** Variance of the length difference per unit of length. */
  variance: number;
  /** Variance of the length difference that does not grow with length (labels, short lines). */
  floor: number;
  /** Share of links whose lengths follow the wide component. */
  outliers: number;
  /** Dictionary overlap (Dice) of two neighbouring but unrelated paragraphs. */
  chance: number;
  /** Typical dictionary weight of a link (both sides), the unit of lexical evidence. */
  unit: number;
  /**
   * How much a figure without its counterpart in a link counts against it, relative to the
   * prior: less in a text whose true links often lose figures (digits written as words,
   * full-width digits, rounded numbers), more in one whose figures nearly always carry over.
   */
  missScale: number;
}

/**
 * Fit the length model to links by maximum likelihood over a grid: the difference is normal
 * with variance `variance * length + floor`, except for a share `outliers` of links whose
 * variance is WIDE^2 times that.
 */
export function fitVariance(
  means: readonly number[],
  squares: readonly number[],
): [variance: number, floor: number, outliers: number] {
  let best: [number, number, number] = [MODEL.initialVariance, MODEL.varianceFloor, 0.1];
  let bestScore = -Infinity;
  // A sample is enough to fit three numbers.
  const step = Math.max(1, Math.floor(means.length / 2000));
  const norm = (d2: number, v: number): number => Math.exp(-d2 / (2 * v)) / Math.sqrt(v);
  for (let sv = 0; sv < 16; sv++) {
    const variance = 0.25 * 1.5 ** sv;
    for (let sf = 0; sf < 14; sf++) {
      const floor = 1.5 ** sf;
      for (const outliers of [0.02, 0.05, 0.1, 0.2, 0.3]) {
        let score = 0;
        for (let k = 0; k < means.length; k += step) {
          const v = variance * (means[k] ?? 0) + floor;
          const d2 = squares[k] ?? 0;
          const p = (1 - outliers) * norm(d2, v) + (outliers * norm(d2, WIDE * WIDE * v)) / WIDE;
          score += Math.log(Math.max(p, 1e-300));
        }
        if (score > bestScore) {
          bestScore = score;
          best = [variance, floor, outliers];
        }
      }
    }
  }
  return best;
}

/** The arithmetic mean; 0 for no values. */
export function mean(values: readonly number[]): number {
  return values.reduce((s, x) => s + x, 0) / Math.max(1, values.length);
}

/** The median (the upper one of an even count); 0 for no values. */
export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)] ?? 0;
}
