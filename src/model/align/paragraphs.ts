/**
 * Paragraph alignment of a Chinese text and its English translation (or any pair of languages):
 * a monotone dynamic programme over a corridor of the table, with a Gale–Church length model
 * whose ratio and variance are estimated from the input itself, and anchors that translate
 * unchanged in this genre (figures, dates, percentages, section numbers, glossary terms) plus,
 * when a caller supplies one, dictionary matches. The corridor follows rare shared figures first,
 * then the previous pass's path, and widens wherever the path touches its edge, so the work is
 * linear in the length of the texts.
 */
import { alignTable, tracePath, type AlignTable, type Link, type Shape } from './monotone.ts';
import { DEFAULT_LANGUAGES, type GlossaryEntry } from '../types.ts';
import { paragraphFacts, type DictionaryLookup, type ParagraphFacts } from './features.ts';

export type { DictionaryLookup } from './features.ts';

/** One link: paragraph indices of the first language (`a`) and of the second (`b`). */
export interface ParagraphLink {
  a: number[];
  b: number[];
  /** 0..1: how sure the aligner is of this link (its boundaries and its own fit). */
  confidence: number;
}

export interface AlignParagraphOptions {
  /** The two texts' languages, first the original; default `DEFAULT_LANGUAGES`. */
  languages?: readonly [string, string];
  /** The document's glossary: a term found on both sides anchors the two paragraphs. */
  glossary?: readonly GlossaryEntry[];
  /** English glosses of a Chinese word (e.g. from CC-CEDICT), injected by the caller. */
  dictionary?: DictionaryLookup;
  /** Called as the work proceeds: (done, total), ending with done === total. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Link shapes the aligner considers: up to 1-8 and 8-1, 2-2, and runs of up to 8 paragraphs
 * without a counterpart (reported as that many 1-0 or 0-1 links).
 */
const SHAPES: readonly Shape[] = [
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
const QUICK_SHAPES: readonly Shape[] = SHAPES.slice(0, 5);

/**
 * Prior cost of each shape (about -log of its share, relative to 1-1). Paragraphs without a
 * counterpart come in runs (an omitted passage, a translator's note, a list the other side
 * leaves out): the first of a run pays `gapOpen`, each further one only `gapExtend`, so a run
 * is not cheaper merged into a neighbour than left alone.
 */
function shapePrior(a: number, b: number): number {
  if (a === 1 && b === 1) return 0;
  if (a === 0 || b === 0) return MODEL.gapOpen + (a + b - 1) * MODEL.gapExtend;
  if (a === 2 && b === 2) return 4.6;
  const many = Math.max(a, b);
  return many === 2 ? 2.3 : 2.3 + (many - 2) * 1.0;
}

/** Tunable constants of the cost model. */
const MODEL = {
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
function lengthCost(delta: number, outliers: number): number {
  const p = (1 - outliers) * tail(delta) + outliers * tail(delta / WIDE);
  return -Math.log(Math.max(p, 1e-300));
}

function prefix(values: readonly number[]): Float64Array {
  const out = new Float64Array(values.length + 1);
  values.forEach((v, k) => (out[k + 1] = (out[k] ?? 0) + v));
  return out;
}

function at(array: ArrayLike<number>, k: number): number {
  return array[k] ?? 0;
}

/** Length-model parameters, estimated per input pair. */
interface Params {
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

/** Keys shared by paragraph i and the paragraphs of a window of the other side. */
interface Row {
  from: number;
  anchors: Float64Array;
  words: Float64Array;
}

export class Model {
  readonly n: number;
  readonly m: number;
  private readonly lenA: Float64Array;
  private readonly lenB: Float64Array;
  private readonly anchorA: Float64Array;
  private readonly anchorB: Float64Array;
  /** Weight of anchors found on one side of the whole text only (see MODEL.loneAnchor). */
  private readonly loneA: Float64Array;
  private readonly loneB: Float64Array;
  private readonly wordA: Float64Array;
  private readonly wordB: Float64Array;
  private readonly weight: Float64Array;
  /** For each key, the sorted second-side paragraphs holding it. */
  private readonly postings: Int32Array[];
  private rows: (Row | undefined)[] = [];
  /** Scratch marks for counting keys once (a generation number per key and side). */
  private readonly stampA: Int32Array;
  private readonly stampB: Int32Array;
  private generation = 0;
  private window: { lo: ArrayLike<number>; hi: ArrayLike<number> } | undefined;
  params: Params;
  /** Lengths only: a cheap first look at a long text, to place the corridor. */
  quick = false;
  readonly hasWords: boolean;

  constructor(
    readonly a: readonly ParagraphFacts[],
    readonly b: readonly ParagraphFacts[],
    keyCount: number,
  ) {
    this.n = a.length;
    this.m = b.length;
    const dfA = new Int32Array(keyCount);
    const dfB = new Int32Array(keyCount);
    for (const p of a) for (const k of [...p.anchors, ...p.words]) dfA[k] = at(dfA, k) + 1;
    for (const p of b) for (const k of [...p.anchors, ...p.words]) dfB[k] = at(dfB, k) + 1;
    const total = this.n + this.m;
    this.weight = new Float64Array(keyCount);
    this.stampA = new Int32Array(keyCount);
    this.stampB = new Int32Array(keyCount);
    for (let k = 0; k < keyCount; k++) {
      const x = at(dfA, k);
      const y = at(dfB, k);
      // Only keys present on both sides can be evidence; rarer ones weigh more.
      if (x > 0 && y > 0)
        this.weight[k] = Math.min(4, Math.max(0.2, Math.log((total + 2) / (x + y))));
    }
    const sum = (ids: Int32Array): number => ids.reduce((s, k) => s + at(this.weight, k), 0);
    this.lenA = prefix(a.map((p) => p.length));
    this.lenB = prefix(b.map((p) => p.length));
    this.anchorA = prefix(a.map((p) => sum(p.anchors)));
    this.anchorB = prefix(b.map((p) => sum(p.anchors)));
    // A figure with no counterpart anywhere on the other side says its paragraph has none there
    // either: a link that takes it in pays for it (less when the figure is common on its side,
    // as a misread numeral would be).
    const lone = (ids: Int32Array, df: Int32Array): number =>
      ids.reduce(
        (s, k) => (at(this.weight, k) > 0 ? s : s + MODEL.loneAnchor * Math.min(1, 2 / at(df, k))),
        0,
      );
    this.loneA = prefix(a.map((p) => lone(p.anchors, dfA)));
    this.loneB = prefix(b.map((p) => lone(p.anchors, dfB)));
    this.wordA = prefix(a.map((p) => sum(p.words)));
    this.wordB = prefix(b.map((p) => sum(p.words)));
    this.hasWords = at(this.wordA, this.n) > 0 && at(this.wordB, this.m) > 0;
    const lists: number[][] = Array.from({ length: keyCount }, () => []);
    b.forEach((p, j) => {
      for (const k of p.anchors) if (at(this.weight, k) > 0) lists[k]?.push(j);
      for (const k of p.words) if (at(this.weight, k) > 0) lists[k]?.push(j);
    });
    this.postings = lists.map((l) => Int32Array.from(l));
    this.params = {
      ratio: at(this.lenB, this.m) / Math.max(1, at(this.lenA, this.n)),
      variance: MODEL.initialVariance,
      floor: MODEL.varianceFloor,
      outliers: 0.1,
      chance: 0.15,
      missScale: 1,
      unit: Math.max(
        1,
        ((at(this.wordA, this.n) + at(this.wordB, this.m)) / (this.n + this.m)) * 2,
      ),
    };
  }

  /** Keys anchored by the rarest figures: pairs (i, j) that share a key found once on each side. */
  rareAnchors(): [number, number][] {
    const seenA = new Map<number, number>();
    const countA = new Map<number, number>();
    this.a.forEach((p, i) => {
      for (const k of p.anchors) {
        seenA.set(k, i);
        countA.set(k, (countA.get(k) ?? 0) + 1);
      }
    });
    const points: [number, number][] = [];
    for (const [k, i] of seenA) {
      const list = this.postings[k];
      if (countA.get(k) === 1 && list?.length === 1) points.push([i, at(list, 0)]);
    }
    return points;
  }

  /** Restrict pair lookups to a corridor (rows are filled lazily within it). */
  setWindow(window: { lo: ArrayLike<number>; hi: ArrayLike<number> } | undefined): void {
    this.window = window;
    this.rows = [];
  }

  private row(i: number): Row {
    const cached = this.rows[i];
    if (cached !== undefined) return cached;
    const w = this.window;
    let from = 0;
    let to = this.m;
    if (w !== undefined) {
      // Links that reach row i start up to eight rows above it: cover their cells too.
      from = this.m;
      to = 0;
      for (let r = Math.max(0, i - 8); r <= i; r++) {
        from = Math.min(from, at(w.lo, r));
        to = Math.max(to, at(w.hi, r));
      }
      from = Math.max(0, from - 9);
      to = Math.min(this.m, to + 9);
    }
    const width = Math.max(0, to - from);
    const row: Row = {
      from,
      anchors: new Float64Array(width),
      words: new Float64Array(width),
    };
    const p = this.a[i];
    if (p !== undefined) {
      this.fill(p.anchors, row.anchors, from, to);
      this.fill(p.words, row.words, from, to);
    }
    this.rows[i] = row;
    return row;
  }

  private fill(keys: Int32Array, into: Float64Array, from: number, to: number): void {
    for (const k of keys) {
      const weight = at(this.weight, k);
      const list = this.postings[k];
      if (weight === 0 || list === undefined) continue;
      // First posting at or after `from`.
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (at(list, mid) < from) lo = mid + 1;
        else hi = mid;
      }
      for (let q = lo; q < list.length; q++) {
        const j = at(list, q);
        if (j >= to) break;
        into[j - from] = at(into, j - from) + weight;
      }
    }
  }

  /** The cost of linking a[i, i+na) with b[j, j+nb). */
  readonly cost = (i: number, na: number, j: number, nb: number, limit = Infinity): number => {
    const prior = shapePrior(na, nb);
    if (na === 0 || nb === 0) return prior;
    const { ratio, variance, floor, outliers } = this.params;
    const la = at(this.lenA, i + na) - at(this.lenA, i);
    const lb = (at(this.lenB, j + nb) - at(this.lenB, j)) / ratio;
    const mean = (la + lb) / 2;
    const delta = (lb - la) / Math.sqrt(variance * mean + floor);
    if (this.quick) return prior + Math.min(0.5 * delta * delta, 12);
    let c = prior + lengthCost(delta, outliers);
    // A many-paragraph link this far off in length never wins: skip weighing its evidence.
    if (na * nb > 1 && c > MODEL.hopeless) return c;
    // The most evidence the link could show is every key of its poorer side found on the other:
    // when even that cannot bring it under `limit`, its length alone has decided.
    if (limit < Infinity) {
      const most = this.evidence(
        c,
        i,
        na,
        j,
        nb,
        Math.min(
          at(this.anchorA, i + na) - at(this.anchorA, i),
          at(this.anchorB, j + nb) - at(this.anchorB, j),
        ),
        Math.min(
          at(this.wordA, i + na) - at(this.wordA, i),
          at(this.wordB, j + nb) - at(this.wordB, j),
        ),
      );
      if (most >= limit) return most;
    }
    let anchors = 0;
    let words = 0;
    for (let x = i; x < i + na; x++) {
      const row = this.row(x);
      for (let y = j; y < j + nb; y++) {
        anchors += at(row.anchors, y - row.from);
        words += at(row.words, y - row.from);
      }
    }
    // Pair sums count a key twice when two paragraphs of one side hold it, which can only make
    // the link look better: count each key once, unless even the flattering sum cannot win.
    if (na === 2 && nb === 2 && (anchors > 0 || words > 0)) c += this.splitEvidence(i, j);
    if (na * nb > 1 && (anchors > 0 || words > 0)) {
      const bound = this.evidence(c, i, na, j, nb, anchors, words);
      if (bound >= limit) return bound;
      anchors = anchors > 0 ? this.shared(i, na, j, nb, 'anchors') : 0;
      words = words > 0 ? this.shared(i, na, j, nb, 'words') : 0;
    }
    return this.evidence(c, i, na, j, nb, anchors, words);
  };

  /**
   * A 2-2 whose paragraphs pair up straight (first with first, second with second), each pair
   * with evidence of its own (figures, dictionary words beyond chance) and more than either
   * pair across, is two 1-1 links: charge the merge what the weaker straight pair shows.
   */
  private splitEvidence(i: number, j: number): number {
    const r0 = this.row(i);
    const r1 = this.row(i + 1);
    const { chance, unit } = this.params;
    const pair = (row: Row, x: number, y: number): number => {
      let e = at(row.anchors, y - row.from) * MODEL.anchorBonus;
      if (this.hasWords) {
        const total =
          at(this.wordA, x + 1) - at(this.wordA, x) + at(this.wordB, y + 1) - at(this.wordB, y);
        e += (MODEL.lexical * (2 * at(row.words, y - row.from) - chance * total)) / unit;
      }
      return e;
    };
    const straight = Math.min(pair(r0, i, j), pair(r1, i + 1, j + 1));
    const across = Math.max(0, pair(r0, i, j + 1), pair(r1, i + 1, j));
    return Math.max(0, straight - across);
  }

  /** Add the anchor, section-number and dictionary evidence to a link's length cost. */
  private evidence(
    c: number,
    i: number,
    na: number,
    j: number,
    nb: number,
    anchors: number,
    words: number,
  ): number {
    const { chance, unit } = this.params;
    const anchorTotal =
      at(this.anchorA, i + na) -
      at(this.anchorA, i) +
      at(this.anchorB, j + nb) -
      at(this.anchorB, j);
    c -= Math.min(MODEL.anchorCap, anchors * MODEL.anchorBonus);
    const lone =
      at(this.loneA, i + na) - at(this.loneA, i) + at(this.loneB, j + nb) - at(this.loneB, j);
    // Misses cluster (a translator who renders one figure differently renders several so), so
    // like the bonus their penalty has a cap, for each paragraph the link adds to a 1-1.
    c += Math.min(
      MODEL.missCap * (na + nb - 1),
      (Math.max(0, anchorTotal - 2 * anchors) + lone) * MODEL.anchorMiss * this.params.missScale,
    );
    const ma = this.a[i]?.marker ?? -1;
    const mb = this.b[j]?.marker ?? -1;
    if (ma >= 0 && mb >= 0) c += ma === mb ? MODEL.markerSame : MODEL.markerDiffer;
    else if (ma >= 0 || mb >= 0) c += MODEL.markerAlone;
    if (this.hasWords) {
      const wordTotal =
        at(this.wordA, i + na) - at(this.wordA, i) + at(this.wordB, j + nb) - at(this.wordB, j);
      if (wordTotal > 0) c -= (MODEL.lexical * (2 * words - chance * wordTotal)) / unit;
    }
    return c;
  }

  /**
   * Dictionary overlap of unrelated paragraphs, from a fixed sample of pairs near the diagonal
   * but 5 to 20 places off it: the baseline that counts as no evidence before any alignment.
   */
  sampleChance(): void {
    if (!this.hasWords) return;
    const values: number[] = [];
    const units: number[] = [];
    const step = Math.max(1, Math.floor(this.n / 400));
    for (let i = 0; i < this.n; i += step) {
      const centre = Math.round((i * this.m) / this.n);
      const off = 5 + ((i * 7) % 16);
      const j = centre + (i % 2 === 0 ? off : -off);
      const jj = Math.min(this.m - 1, Math.max(0, centre));
      units.push(this.wordTotal(i, jj));
      if (j < 0 || j >= this.m) continue;
      const total = this.wordTotal(i, j);
      if (total > 0) values.push((2 * this.shared(i, 1, j, 1, 'words')) / total);
    }
    if (values.length >= 5)
      this.params = { ...this.params, chance: mean(values), unit: Math.max(1, median(units)) };
  }

  private wordTotal(i: number, j: number): number {
    return at(this.wordA, i + 1) - at(this.wordA, i) + at(this.wordB, j + 1) - at(this.wordB, j);
  }

  /** Weight of the keys found on both sides of a many-paragraph link, each counted once. */
  private shared(i: number, na: number, j: number, nb: number, kind: 'anchors' | 'words'): number {
    const gen = ++this.generation;
    for (let y = j; y < j + nb; y++) for (const k of this.b[y]?.[kind] ?? []) this.stampB[k] = gen;
    let shared = 0;
    for (let x = i; x < i + na; x++) {
      for (const k of this.a[x]?.[kind] ?? []) {
        if (this.stampB[k] !== gen || this.stampA[k] === gen) continue;
        this.stampA[k] = gen;
        shared += at(this.weight, k);
      }
    }
    return shared;
  }

  /** Re-estimate the length ratio, variance and typical overlap from a path's 1-1 links. */
  estimate(links: readonly Link[]): void {
    let sumA = 0;
    let sumB = 0;
    const ones = links.filter((l) => l.a[1] - l.a[0] === 1 && l.b[1] - l.b[0] === 1);
    if (ones.length < 5) return;
    for (const l of ones) {
      sumA += at(this.lenA, l.a[1]) - at(this.lenA, l.a[0]);
      sumB += at(this.lenB, l.b[1]) - at(this.lenB, l.b[0]);
    }
    const ratio = sumB / Math.max(1, sumA);
    const means: number[] = [];
    const squares: number[] = [];
    const chances: number[] = [];
    const units: number[] = [];
    for (const l of ones) {
      const la = at(this.lenA, l.a[1]) - at(this.lenA, l.a[0]);
      const lb = (at(this.lenB, l.b[1]) - at(this.lenB, l.b[0])) / ratio;
      means.push((la + lb) / 2);
      squares.push((lb - la) ** 2);
      const row = this.row(l.a[0]);
      const wa = at(this.wordA, l.a[1]) - at(this.wordA, l.a[0]);
      units.push(wa + at(this.wordB, l.b[1]) - at(this.wordB, l.b[0]));
      // Paragraphs two places away stand for unrelated text of the same document.
      for (const y of [l.b[0] - 2, l.b[0] + 2]) {
        const total = wa + at(this.wordB, y + 1) - at(this.wordB, y);
        if (y >= 0 && y < this.m && total > 0)
          chances.push((2 * at(row.words, y - row.from)) / total);
      }
    }
    // Few links fit the variance too tightly: shrink towards the prior, as if it had been
    // seen on `priorLinks` links of its own.
    const [fitted, fittedFloor, outliers] = fitVariance(means, squares);
    const k = ones.length;
    const shrink = (x: number, prior: number): number =>
      (k * x + MODEL.priorLinks * prior) / (k + MODEL.priorLinks);
    const variance = shrink(fitted, MODEL.initialVariance);
    const floor = shrink(fittedFloor, MODEL.varianceFloor);
    this.params = {
      ratio,
      variance,
      floor,
      outliers,
      chance: chances.length >= 5 ? mean(chances) : this.params.chance,
      unit: Math.max(1, median(units)),
      missScale: this.missScale(ones),
    };
  }

  /**
   * The share of anchor weight that 1-1 links leave unmatched, as a scale for the miss penalty:
   * -log of it against -log of MODEL.missRate (the prior share), within [0.3, 1.3].
   */
  private missScale(ones: readonly Link[]): number {
    let total = 0;
    let missed = 0;
    for (const l of ones) {
      const i = l.a[0];
      const j = l.b[0];
      const shared = at(this.row(i).anchors, j - this.row(i).from);
      const all =
        at(this.anchorA, i + 1) -
        at(this.anchorA, i) +
        at(this.anchorB, j + 1) -
        at(this.anchorB, j) +
        at(this.loneA, i + 1) -
        at(this.loneA, i) +
        at(this.loneB, j + 1) -
        at(this.loneB, j);
      total += all;
      missed += Math.max(0, all - 2 * shared);
    }
    // Too few figures to tell: keep the prior.
    if (total < 20) return 1;
    const rate = Math.min(0.9, Math.max(0.02, missed / total));
    return Math.min(1.3, Math.max(0.3, Math.log(rate) / Math.log(MODEL.missRate)));
  }
}

/**
 * Fit the length model to links by maximum likelihood over a grid: the difference is normal
 * with variance `variance * length + floor`, except for a share `outliers` of links whose
 * variance is WIDE^2 times that.
 */
function fitVariance(
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

function mean(values: readonly number[]): number {
  return values.reduce((s, x) => s + x, 0) / Math.max(1, values.length);
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Longest chain of points increasing on both sides (patience sorting, O(k log k)). */
function monotoneChain(points: [number, number][]): [number, number][] {
  const sorted = [...points].sort((p, q) => p[0] - q[0] || q[1] - p[1]);
  const tails: number[] = [];
  const prev: number[] = [];
  const tailIndex: number[] = [];
  sorted.forEach(([, j], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tails[mid] ?? 0) < j) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = j;
    tailIndex[lo] = k;
    prev[k] = lo > 0 ? (tailIndex[lo - 1] ?? -1) : -1;
  });
  const chain: [number, number][] = [];
  let k = tails.length > 0 ? (tailIndex[tails.length - 1] ?? -1) : -1;
  while (k >= 0) {
    const p = sorted[k];
    if (p === undefined) break;
    chain.push(p);
    k = prev[k] ?? -1;
  }
  // Points on the same row cannot both be links' ends in a strict chain.
  return chain.reverse().filter((p, idx, all) => idx === 0 || p[0] > (all[idx - 1]?.[0] ?? -1));
}

type Corridor = { lo: Int32Array; hi: Int32Array };

/** A corridor of half-width w around a polyline through (0,0), the points, (n,m). */
function corridorAround(
  points: readonly [number, number][],
  n: number,
  m: number,
  w: number,
): Corridor {
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1).fill(0);
  const path: [number, number][] = [[0, 0], ...points, [n, m]];
  for (let k = 0; k + 1 < path.length; k++) {
    const [i0, j0] = path[k] ?? [0, 0];
    const [i1, j1] = path[k + 1] ?? [n, m];
    for (let i = i0; i <= i1; i++) {
      // The j span this piece covers at row i.
      const t0 = i1 === i0 ? 0 : (i - i0 - 0.5) / (i1 - i0);
      const t1 = i1 === i0 ? 1 : (i - i0 + 0.5) / (i1 - i0);
      const ja = j0 + (j1 - j0) * Math.max(0, t0);
      const jb = j0 + (j1 - j0) * Math.min(1, t1);
      lo[i] = Math.max(0, Math.min(at(lo, i), Math.floor(Math.min(ja, jb)) - w));
      hi[i] = Math.min(m, Math.max(at(hi, i), Math.ceil(Math.max(ja, jb)) + w));
    }
  }
  return { lo, hi };
}

/** Does the path come within `edge` of a corridor side that is not the table's own edge? */
function touches(links: readonly Link[], corridor: Corridor, m: number): boolean {
  for (const l of links) {
    for (const [i, j] of [
      [l.a[0], l.b[0]],
      [l.a[1], l.b[1]],
    ] as const) {
      const lo = at(corridor.lo, i);
      const hi = at(corridor.hi, i);
      if ((lo > 0 && j - lo < MODEL.edge) || (hi < m && hi - j < MODEL.edge)) return true;
    }
  }
  return false;
}

function pathPoints(links: readonly Link[]): [number, number][] {
  return links.map((l) => [l.a[1], l.b[1]]);
}

/**
 * Align two texts given as paragraphs. Every paragraph of each side is in exactly one link;
 * links come in document order.
 */
export function alignParagraphs(
  a: readonly string[],
  b: readonly string[],
  options: AlignParagraphOptions = {},
): ParagraphLink[] {
  const n = a.length;
  const m = b.length;
  const report = options.onProgress;
  if (n === 0 || m === 0) {
    report?.(1, 1);
    return [
      ...a.map((_, i) => ({ a: [i], b: [], confidence: 1 })),
      ...b.map((_, j) => ({ a: [], b: [j], confidence: 1 })),
    ];
  }
  const languages = options.languages ?? DEFAULT_LANGUAGES;
  const facts = paragraphFacts(a, b, languages, options.glossary ?? [], options.dictionary);
  const model = new Model(facts.a, facts.b, facts.keys.size);
  const full = (n + 1) * (m + 1) <= MODEL.fullTable;

  // Progress: about four passes over the rows (a rough one and two forward, one backward).
  let passes = 0;
  const expected = full ? 3 : 4;
  const onRow = (done: number, total: number): void => {
    report?.(Math.min(expected - 0.01, passes + done / total) * n, expected * n);
  };

  const run = (corridor: Corridor | undefined): { table: AlignTable; links: Link[] } => {
    model.setWindow(corridor);
    const table = alignTable(n, m, model.cost, {
      shapes: model.quick ? QUICK_SHAPES : SHAPES,
      ...(corridor === undefined ? {} : { corridor }),
      onRow,
    });
    passes++;
    return { table, links: tracePath(table) ?? [] };
  };

  /** Align within a corridor around `points`, widening it while the path touches its edge. */
  const banded = (
    points: readonly [number, number][],
    width: number,
  ): { table: AlignTable; links: Link[]; corridor: Corridor | undefined } => {
    if (full) return { ...run(undefined), corridor: undefined };
    let w = width;
    let around = points;
    for (;;) {
      const corridor = corridorAround(around, n, m, w);
      const result = run(corridor);
      if (result.links.length > 0 && !touches(result.links, corridor, m))
        return { ...result, corridor };
      if (w >= Math.max(n, m)) return { ...result, corridor };
      // The path ran into the side: follow it, in a wider corridor.
      if (result.links.length > 0) around = pathPoints(result.links);
      w *= 2;
    }
  };

  // Pass 1: a corridor along the rarest shared figures, with prior parameters.
  model.sampleChance();
  let start = monotoneChain(model.rareAnchors());
  if (!full) {
    // Pass 0 (long texts): lengths only, in a wide corridor, to find roughly where the path goes.
    model.quick = true;
    const rough = banded(
      start,
      Math.max(MODEL.halfWidth, Math.ceil(1.2 * Math.sqrt(Math.max(n, m)))),
    );
    model.quick = false;
    start = pathPoints(rough.links);
  }
  const first = banded(start, MODEL.halfWidth);
  model.estimate(first.links);
  // Pass 2: estimated parameters, a corridor along the first path.
  const second = banded(pathPoints(first.links), MODEL.pathWidth);
  const links = second.links;

  // Backward table over the same corridor: best cost from each cell to the end.
  const corridor = second.corridor;
  const reversed: Corridor | undefined =
    corridor === undefined
      ? undefined
      : {
          lo: Int32Array.from({ length: n + 1 }, (_, r) => m - at(corridor.hi, n - r)),
          hi: Int32Array.from({ length: n + 1 }, (_, r) => m - at(corridor.lo, n - r)),
        };
  const backward = alignTable(
    n,
    m,
    (i, na, j, nb, limit) => model.cost(n - i - na, na, m - j - nb, nb, limit),
    {
      shapes: SHAPES,
      ...(reversed === undefined ? {} : { corridor: reversed }),
      onRow,
    },
  );
  passes++;
  const forward = second.table;
  const total = forward.cost(n, m);
  const onPath = new Set<number>([0]);
  for (const l of links) {
    // The inner points of a run without counterparts are on the path too.
    for (let i = l.a[0]; i <= l.a[1]; i++)
      for (let j = l.b[0]; j <= l.b[1]; j++)
        if (l.a[0] === l.a[1] || l.b[0] === l.b[1] || (i === l.a[1] && j === l.b[1]))
          onPath.add(i * (m + 1) + j);
  }

  /** Probability-like certainty of the boundary at (i, j) against nearby alternatives. */
  const boundary = (i: number, j: number): number => {
    if ((i === 0 && j === 0) || (i === n && j === m)) return 1;
    let odds = 0;
    for (let d = -4; d <= 4; d++) {
      if (d === 0) continue;
      for (const [x, y] of [
        [i, j + d],
        [i + d, j],
      ] as const) {
        if (x < 0 || y < 0 || x > n || y > m || onPath.has(x * (m + 1) + y)) continue;
        const alt = forward.cost(x, y) + backward.cost(n - x, m - y);
        if (Number.isFinite(alt)) odds += Math.exp(-(alt - total));
      }
    }
    return 1 / (1 + odds);
  };

  const out: ParagraphLink[] = [];
  for (const l of links) {
    const na = l.a[1] - l.a[0];
    const nb = l.b[1] - l.b[0];
    // A run without counterparts costs what its first paragraph alone would.
    const cost = na === 0 || nb === 0 ? l.cost - (na + nb - 1) * MODEL.gapExtend : l.cost;
    const own = 1 / (1 + Math.exp(cost - 8));
    const confidence =
      Math.round(
        Math.min(1, Math.max(0, boundary(l.a[0], l.b[0]) * boundary(l.a[1], l.b[1]) * own)) * 1000,
      ) / 1000;
    if (na === 0 || nb === 0) {
      for (let i = l.a[0]; i < l.a[1]; i++) out.push({ a: [i], b: [], confidence });
      for (let j = l.b[0]; j < l.b[1]; j++) out.push({ a: [], b: [j], confidence });
    } else {
      out.push({ a: range(l.a[0], l.a[1]), b: range(l.b[0], l.b[1]), confidence });
    }
  }
  report?.(expected * n, expected * n);
  return out;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, k) => start + k);
}
