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

/** `base`, or `base-2`, `base-3`... whichever `used` lacks first; it is added to `used`. */
export function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${String(n)}`;
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
  // Own ids first, so a numbered one never takes an id that a later segment brings.
  const kept = own.map((raw) => {
    const id = raw === undefined ? undefined : sanitizeId(raw);
    return id === undefined ? undefined : uniqueId(id, used);
  });
  return kept.map((id, k) => {
    if (id !== undefined) return id;
    let n = k + 1;
    while (used.has(`s${String(n)}`)) n++;
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
