/**
 * Which pairs the reader shows: all of them, a search's hits, or the pairs the figure check
 * flags. One union, so the search and the check cannot both be on; what each finds is derived
 * from the immutable document and cached per document.
 */
import { unmatchedFigures } from '../../model/pair.ts';
import { makeQuery, searchSegments, type SearchQuery } from '../../model/search.ts';
import type { ParallelText } from '../../model/types.ts';

/** The reader's filter. */
export type Filter = { kind: 'all' } | { kind: 'search'; q: string } | { kind: 'figures' };

/** Every pair. */
export const ALL: Filter = { kind: 'all' };

/** What a search found: the query in force (its forms are marked) and the matching segments. */
export interface Found {
  query: SearchQuery | undefined;
  hits: readonly number[];
}

/** A figure check's result: each flagged pair and how many figures in it lack a counterpart. */
export type Unmatched = readonly { index: number; count: number }[];

/** A search for what was typed; a blank search is no filter. */
export function searchFilter(q: string): Filter {
  return q.trim() === '' ? ALL : { kind: 'search', q };
}

/** The search text a filter carries ('' when it is not a search): the box and `?q=` show it. */
export function searchText(filter: Filter): string {
  return filter.kind === 'search' ? filter.q : '';
}

// Only the latest search per document is kept: typing replaces it.
const searches = new WeakMap<ParallelText, { q: string; found: Found }>();

/** The search for `q` in a document (read once per document and text). */
export function searchOf(doc: ParallelText, q: string): Found {
  const last = searches.get(doc);
  if (last?.q === q) return last.found;
  const query = makeQuery(doc, q);
  const found: Found = { query, hits: query === undefined ? [] : searchSegments(doc, query) };
  searches.set(doc, { q, found });
  return found;
}

const unmatched = new WeakMap<ParallelText, Unmatched>();

/** Pairs with figures that lack a counterpart (reads every pair once, on demand). */
export function unmatchedOf(doc: ParallelText): Unmatched {
  let found = unmatched.get(doc);
  if (found === undefined) {
    found = unmatchedFigures(doc);
    unmatched.set(doc, found);
  }
  return found;
}

const everyIndex = new WeakMap<ParallelText, readonly number[]>();
const flaggedIndex = new WeakMap<ParallelText, readonly number[]>();

/** The segment indices shown, in order: the virtualizer's items (one array per document). */
export function shownItems(doc: ParallelText, filter: Filter): readonly number[] {
  switch (filter.kind) {
    case 'all': {
      let list = everyIndex.get(doc);
      if (list === undefined) {
        list = doc.segments.map((_, i) => i);
        everyIndex.set(doc, list);
      }
      return list;
    }
    case 'search': {
      const { query, hits } = searchOf(doc, filter.q);
      return query === undefined ? shownItems(doc, ALL) : hits;
    }
    case 'figures': {
      let list = flaggedIndex.get(doc);
      if (list === undefined) {
        list = unmatchedOf(doc).map((u) => u.index);
        flaggedIndex.set(doc, list);
      }
      return list;
    }
    default:
      return unreachable(filter);
  }
}

/** Where a segment stands among the shown items, or -1 when the filter hides it. */
export function positionOf(doc: ParallelText, filter: Filter, index: number): number {
  return filter.kind === 'all' ? index : shownItems(doc, filter).indexOf(index);
}

function unreachable(value: never): never {
  throw new Error(`unknown filter ${JSON.stringify(value)}`);
}
