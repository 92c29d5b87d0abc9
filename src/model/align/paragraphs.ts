/**
 * Paragraph alignment of a Chinese text and its English translation (or any pair of languages):
 * a monotone dynamic programme over a corridor of the table, with a Gale–Church length model
 * whose ratio and variance are estimated from the input itself, and anchors that translate
 * unchanged in this genre (figures, dates, percentages, section numbers, glossary terms) plus,
 * when a caller supplies one, dictionary matches. The corridor follows rare shared figures first,
 * then the previous pass's path, and widens wherever the path touches its edge, so the work is
 * linear in the length of the texts. The costs are in `paragraph-costs.ts` (the numbers) and
 * `paragraph-model.ts` (what they are computed from).
 */
import { DEFAULT_LANGUAGES, type GlossaryEntry } from '../types.ts';
import { alignTable, tracePath, type AlignTable, type Link } from './monotone.ts';
import { paragraphFacts, type DictionaryLookup } from './features.ts';
import { at, MODEL, QUICK_SHAPES, SHAPES } from './paragraph-costs.ts';
import { Model } from './paragraph-model.ts';

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
  // After the rough pass, the first follows its path: a narrower corridor (it widens wherever
  // the path meets its side) for a third less work.
  const first = banded(start, full ? MODEL.halfWidth : MODEL.pathWidth);
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
