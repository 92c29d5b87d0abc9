/**
 * The state the paragraph aligner's cost function reads: prefix sums of lengths and anchor and
 * dictionary weights per side, postings from each key to the paragraphs holding it, and the
 * length-model parameters, re-estimated after the first pass. Costs of a link come from here.
 */
import type { ParagraphFacts } from './features.ts';
import type { Link } from './monotone.ts';
import {
  at,
  fitVariance,
  lengthCost,
  mean,
  median,
  MODEL,
  prefix,
  shapePrior,
  type Params,
} from './paragraph-costs.ts';

/** Keys shared by paragraph i and the paragraphs of a window of the other side. */
interface Row {
  from: number;
  anchors: Float64Array;
  words: Float64Array;
}

/** The cost function of a link and what it needs, for one pair of texts. */
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
