/**
 * Alignment scores against a gold alignment (used by `npm run bench:align`), as Bertalign scores (its `eval.py`, after Vecalign's):
 * strict counts a predicted link only when it equals a gold link; lax also when one of its
 * first-language items is linked in the gold to one of its second-language items. Precision is
 * over the predicted links (1-0 and 0-1 included), recall over the gold links that have both
 * sides. Counts are summed over the documents of a set before dividing (micro-average). Also
 * the counts behind a calibration table: how often links of each confidence are right.
 */

/** A link as index lists per side. */
export interface IndexLink {
  a: readonly number[];
  b: readonly number[];
}

/** Counts that add up over documents. */
export interface Counts {
  predicted: number;
  strictRight: number;
  laxRight: number;
  gold: number;
  strictFound: number;
  laxFound: number;
}

/** Confidence bins of the calibration table: lower bounds, ascending. */
export const BINS = [0, 0.5, 0.7, 0.9, 0.95, 0.99] as const;

/** Per bin: links predicted with a confidence in it, and how many of them are right (strict). */
export interface Calibration {
  links: number[];
  right: number[];
}

/** Empty counts. */
export function noCounts(): Counts {
  return { predicted: 0, strictRight: 0, laxRight: 0, gold: 0, strictFound: 0, laxFound: 0 };
}

/** Empty calibration counts. */
export function noCalibration(): Calibration {
  return { links: BINS.map(() => 0), right: BINS.map(() => 0) };
}

const key = (l: IndexLink): string => `${l.a.join(',')}|${l.b.join(',')}`;

/** Does `link` join one of its `a` items with one of its `b` items that `pairs` holds? */
function laxHit(link: IndexLink, partners: ReadonlyMap<number, ReadonlySet<number>>): boolean {
  return link.a.some((i) => link.b.some((j) => partners.get(i)?.has(j) === true));
}

function partnersOf(links: readonly IndexLink[]): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (const l of links)
    for (const i of l.a) {
      let set = out.get(i);
      if (set === undefined) out.set(i, (set = new Set()));
      for (const j of l.b) set.add(j);
    }
  return out;
}

/** Score one document's predicted links against its gold, adding to `counts` and `calibration`. */
export function scoreInto(
  predicted: readonly (IndexLink & { confidence?: number })[],
  gold: readonly IndexLink[],
  counts: Counts,
  calibration?: Calibration,
): void {
  const goldKeys = new Set(gold.map(key));
  const goldPartners = partnersOf(gold);
  for (const l of predicted) {
    if (l.a.length + l.b.length === 0) continue;
    counts.predicted++;
    const strict = goldKeys.has(key(l));
    if (strict) counts.strictRight++;
    if (strict || laxHit(l, goldPartners)) counts.laxRight++;
    if (calibration !== undefined && l.confidence !== undefined) {
      let bin = 0;
      while (bin + 1 < BINS.length && l.confidence >= (BINS[bin + 1] ?? 2)) bin++;
      calibration.links[bin] = (calibration.links[bin] ?? 0) + 1;
      if (strict) calibration.right[bin] = (calibration.right[bin] ?? 0) + 1;
    }
  }
  const both = (l: IndexLink): boolean => l.a.length > 0 && l.b.length > 0;
  const predictedKeys = new Set(predicted.filter(both).map(key));
  const predictedPartners = partnersOf(predicted.filter(both));
  for (const g of gold.filter(both)) {
    counts.gold++;
    const strict = predictedKeys.has(key(g));
    if (strict) counts.strictFound++;
    if (strict || laxHit(g, predictedPartners)) counts.laxFound++;
  }
}

/** Add `b` into `a`. */
export function addCounts(a: Counts, b: Counts): void {
  for (const k of Object.keys(a) as (keyof Counts)[]) a[k] += b[k];
}

/** Precision, recall and F1 of counts. */
export function prf(counts: Counts, kind: 'strict' | 'lax'): { p: number; r: number; f: number } {
  const right = kind === 'strict' ? counts.strictRight : counts.laxRight;
  const found = kind === 'strict' ? counts.strictFound : counts.laxFound;
  const p = counts.predicted === 0 ? 1 : right / counts.predicted;
  const r = counts.gold === 0 ? 1 : found / counts.gold;
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}
