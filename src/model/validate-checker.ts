/**
 * The parts of document checking that every checker uses: the patterns a field must match and
 * the `Checker` that collects issues while one document is walked.
 */
import type { Issue, Lang } from './types.ts';

/** A URL-safe id: a segment's, a glossary entry's, a document's. */
export const SEGMENT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
/** A BCP 47 tag, as far as the format needs to tell. */
export const LANG_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
/** A document's date: YYYY, YYYY-MM or YYYY-MM-DD. */
export const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** The roles a text's maker can have, in the order forms offer them. */
export const ROLES = ['author', 'translator', 'editor'] as const;

/** A parsed JSON value, not yet checked. */
export type Json = unknown;

/** A JSON object (not an array, not null). */
export function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** What a JSON value is, for a message: `an object`, `a list`, `a number`, `missing`. */
export function jsonKind(v: Json): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'boolean') return 'true or false';
  return `a ${typeof v}`;
}

/** Collects issues while walking one document. */
export class Checker {
  readonly issues: Issue[] = [];
  constructor(private readonly file: string | undefined) {}

  add(code: string, message: string, field: string, segment?: string): void {
    const issue: Issue = { code, message, field };
    if (this.file !== undefined) issue.file = this.file;
    if (segment !== undefined) issue.segment = segment;
    this.issues.push(issue);
  }

  string(v: Json, field: string, segment?: string, opts: { nonEmpty?: boolean } = {}): v is string {
    if (typeof v !== 'string') {
      this.add('type', `must be a string`, field, segment);
      return false;
    }
    if (opts.nonEmpty === true && v.trim() === '') {
      this.add('empty', `must not be empty`, field, segment);
      return false;
    }
    return true;
  }

  unknownKeys(
    obj: Record<string, Json>,
    allowed: readonly string[],
    field: string,
    segment?: string,
  ): void {
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key)) {
        this.add('unknown-field', `unknown field "${key}"`, join(field, key), segment);
      }
    }
  }

  /** An object with exactly the document's languages as keys. */
  perLanguage<T>(
    v: Json,
    langs: readonly Lang[],
    field: string,
    segment: string | undefined,
    each: (value: Json, field: string) => T | undefined,
    opts: { allMissingOk?: boolean; someMissingOk?: boolean } = {},
  ): Record<Lang, T> | undefined {
    if (!isObject(v)) {
      this.add('type', `must be an object keyed by language (${langs.join(', ')})`, field, segment);
      return undefined;
    }
    const out: Record<Lang, T> = {};
    let ok = true;
    for (const lang of langs) {
      if (!(lang in v)) {
        if (opts.someMissingOk === true) continue;
        this.add('missing', `has no "${lang}" side`, join(field, lang), segment);
        ok = false;
        continue;
      }
      const got = each(v[lang], join(field, lang));
      if (got === undefined) ok = false;
      else out[lang] = got;
    }
    for (const key of Object.keys(v)) {
      if (!langs.includes(key)) {
        this.add(
          'unknown-language',
          `has "${key}", which is not one of the document's languages (${langs.join(', ')})`,
          join(field, key),
          segment,
        );
        ok = false;
      }
    }
    return ok ? out : undefined;
  }
}

/** A field path one key deeper: `segments/3` + `id`. */
export function join(field: string, key: string | number): string {
  return field === '' ? String(key) : `${field}/${String(key)}`;
}
