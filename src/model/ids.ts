/**
 * The one way ids are made: segment ids for a document built from anything (an alignment being
 * edited, the units of an interchange file) and a document id from a title. Every builder calls
 * these, so the same input gets the same ids whichever way it came in.
 */
import { SEGMENT_ID } from './validate.ts';

/** Letters, digits, `-` and `_`, starting with a letter or digit; undefined when nothing is left. */
export function sanitizeId(raw: string): string | undefined {
  if (SEGMENT_ID.test(raw)) return raw;
  const id = raw
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^[-_]+/, '')
    .replace(/-+$/, '');
  return id === '' ? undefined : id;
}

/**
 * `base`, or `base-2`, `base-3`... whichever `used` lacks first; it is added to `used`. `next`
 * remembers, per base, the number to try first: `used` only grows, so every number below it is
 * still taken, and 40,000 segments with one id cost 40,000 steps, not 800 million.
 */
export function uniqueId(
  base: string,
  used: Set<string>,
  next: Map<string, number> = new Map(),
): string {
  let n = next.get(base) ?? 1;
  let id = n === 1 ? base : `${base}-${String(n)}`;
  while (used.has(id)) id = `${base}-${String(++n)}`;
  next.set(base, n + 1);
  used.add(id);
  return id;
}

/**
 * Ids for a list of segments, given the id each one brings (or undefined): an id it brings is
 * kept, made URL-safe and unique; the others are `s1`, `s2`... by position (the k-th segment
 * is `s<k>`), moving on to the next free number when that one is already taken.
 */
export function segmentIds(own: readonly (string | undefined)[]): string[] {
  const used = new Set<string>();
  const next = new Map<string, number>();
  // Own ids first, so a numbered one never takes an id that a later segment brings.
  const kept = own.map((raw) => {
    const id = raw === undefined ? undefined : sanitizeId(raw);
    return id === undefined ? undefined : uniqueId(id, used, next);
  });
  // Every number from an earlier search's start up to what it picked is taken, so a search
  // starts past the last pick: linear however the own ids crowd the numbers.
  let last = 0;
  return kept.map((id, k) => {
    if (id !== undefined) return id;
    let n = Math.max(k + 1, last + 1);
    while (used.has(`s${String(n)}`)) n++;
    last = n;
    const fresh = `s${String(n)}`;
    used.add(fresh);
    return fresh;
  });
}

/** A URL-safe id made from a title: lower-case Latin letters and digits joined by hyphens. */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60)
    .replace(/-+$/u, '');
}
