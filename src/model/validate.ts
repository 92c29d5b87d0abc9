/**
 * Loading a document: parse JSON, check every field against the format, and return either an
 * immutable document or issues that name the file, the segment and the field. Never throws for
 * bad input. The JSON Schema in `texts/duizhao.schema.json` says the same; a test holds them
 * together.
 */
import type {
  CrossRef,
  GlossaryEntry,
  Issue,
  Lang,
  ParallelText,
  Provenance,
  Result,
  Segment,
} from './types.ts';
import {
  Checker,
  DATE,
  isObject,
  join,
  type Json,
  jsonKind,
  LANG_TAG,
  ROLES,
  SEGMENT_ID,
} from './validate-checker.ts';
import { checkSegment } from './validate-segment.ts';
import { checkEdition } from './validate-edition.ts';

export { DATE, ROLES, SEGMENT_ID } from './validate-checker.ts';

function checkProvenance(c: Checker, v: Json, field: string): Provenance | undefined {
  if (!isObject(v)) {
    c.add('type', `must be an object {by, role, source, licence}`, field);
    return undefined;
  }
  c.unknownKeys(v, ['by', 'role', 'source', 'edition', 'licence'], field);
  let ok = c.string(v.by, join(field, 'by'), undefined, { nonEmpty: true });
  if (!ROLES.includes(v.role as (typeof ROLES)[number])) {
    c.add('role', `must be one of ${ROLES.join(', ')}`, join(field, 'role'));
    ok = false;
  }
  ok = c.string(v.source, join(field, 'source'), undefined, { nonEmpty: true }) && ok;
  ok = c.string(v.licence, join(field, 'licence'), undefined, { nonEmpty: true }) && ok;
  if (v.edition !== undefined) ok = c.string(v.edition, join(field, 'edition')) && ok;
  if (!ok) return undefined;
  const p: Provenance = {
    by: v.by as string,
    role: v.role as Provenance['role'],
    source: v.source as string,
    licence: v.licence as string,
  };
  if (typeof v.edition === 'string') p.edition = v.edition;
  return p;
}

function checkGlossary(c: Checker, v: Json, langs: readonly Lang[]): GlossaryEntry[] | undefined {
  if (!Array.isArray(v)) {
    c.add('type', 'glossary must be a list', 'glossary');
    return undefined;
  }
  const out: GlossaryEntry[] = [];
  const seen = new Set<string>();
  v.forEach((e: Json, i) => {
    const field = `glossary/${String(i)}`;
    if (!isObject(e)) {
      c.add('type', `must be an object {id, terms, note}`, field);
      return;
    }
    c.unknownKeys(e, ['id', 'terms', 'note'], field);
    if (typeof e.id !== 'string' || !SEGMENT_ID.test(e.id)) {
      c.add('id', `must be a URL-safe id`, join(field, 'id'));
      return;
    }
    if (seen.has(e.id))
      c.add('duplicate-id', `glossary id "${e.id}" is used twice`, join(field, 'id'));
    seen.add(e.id);
    const terms = c.perLanguage(e.terms, langs, join(field, 'terms'), undefined, (t, f) => {
      if (
        !Array.isArray(t) ||
        t.length === 0 ||
        !t.every((s) => typeof s === 'string' && s.trim() !== '')
      ) {
        c.add('type', `must be a non-empty list of non-empty strings`, f);
        return undefined;
      }
      return t as string[];
    });
    if (e.note !== undefined && !c.string(e.note, join(field, 'note'))) return;
    if (terms === undefined) return;
    const entry: GlossaryEntry = { id: e.id, terms };
    if (typeof e.note === 'string') entry.note = e.note;
    out.push(entry);
  });
  return out;
}

function checkCrossRefs(c: Checker, v: Json, ids: ReadonlySet<string>): CrossRef[] | undefined {
  if (!Array.isArray(v)) {
    c.add('type', 'crossRefs must be a list', 'crossRefs');
    return undefined;
  }
  const out: CrossRef[] = [];
  v.forEach((r: Json, i) => {
    const field = `crossRefs/${String(i)}`;
    if (!isObject(r)) {
      c.add('type', `must be an object {from, to, label}`, field);
      return;
    }
    c.unknownKeys(r, ['from', 'to', 'label'], field);
    let ok = true;
    for (const end of ['from', 'to'] as const) {
      const id = r[end];
      if (typeof id !== 'string') {
        // Never String(id): an object such as {"toString": 1} throws when made a string.
        c.add('type', `must be a segment id (a string); it is ${jsonKind(id)}`, join(field, end));
        ok = false;
      } else if (!ids.has(id)) {
        c.add(
          'unknown-segment',
          `names segment "${id}", which the document does not have`,
          join(field, end),
          id,
        );
        ok = false;
      }
    }
    if (r.label !== undefined && !c.string(r.label, join(field, 'label'))) ok = false;
    if (!ok) return;
    const ref: CrossRef = { from: r.from as string, to: r.to as string };
    if (typeof r.label === 'string') ref.label = r.label;
    out.push(ref);
  });
  return out;
}

/** Check an already-parsed JSON value as a duizhao document. */
export function validateDocument(v: Json, file?: string): Result<ParallelText> {
  const c = new Checker(file);
  if (!isObject(v)) {
    c.add('type', 'a document must be a JSON object', '');
    return { ok: false, issues: c.issues };
  }
  c.unknownKeys(
    v,
    [
      '$schema',
      'id',
      'languages',
      'title',
      'date',
      'provenance',
      'editionNote',
      'segments',
      'glossary',
      'crossRefs',
      'version',
      'revisions',
      'citation',
    ],
    '',
  );
  if (typeof v.id !== 'string' || !SEGMENT_ID.test(v.id))
    c.add('id', 'id must be a URL-safe id', 'id');
  if (typeof v.date !== 'string' || !DATE.test(v.date))
    c.add('date', 'date must be YYYY, YYYY-MM or YYYY-MM-DD', 'date');
  const langs = v.languages;
  if (
    !Array.isArray(langs) ||
    langs.length !== 2 ||
    !langs.every((l) => typeof l === 'string' && LANG_TAG.test(l)) ||
    langs[0] === langs[1]
  ) {
    c.add(
      'languages',
      'languages must be two different BCP 47 tags, e.g. ["zh-Hans", "en"]',
      'languages',
    );
    return { ok: false, issues: c.issues };
  }
  const pair = langs as [Lang, Lang];
  const title = c.perLanguage(v.title, pair, 'title', undefined, (t, f) =>
    c.string(t, f, undefined, { nonEmpty: true }) ? t : undefined,
  );
  const provenance = c.perLanguage(v.provenance, pair, 'provenance', undefined, (p, f) =>
    checkProvenance(c, p, f),
  );
  let editionNote: Record<Lang, string> | undefined;
  if (v.editionNote !== undefined) {
    editionNote = c.perLanguage(
      v.editionNote,
      pair,
      'editionNote',
      undefined,
      (t, f) => (c.string(t, f) ? t : undefined),
      { someMissingOk: true },
    );
  }
  const segments: Segment[] = [];
  const ids = new Set<string>();
  if (!Array.isArray(v.segments) || v.segments.length === 0) {
    c.add('segments', 'segments must be a non-empty list', 'segments');
  } else {
    // Ids are collected from every segment, valid or not, so one bad field does not also make
    // duplicates go unseen or references to that segment look dangling.
    v.segments.forEach((s: Json, i) => {
      const rawId = isObject(s) && typeof s.id === 'string' ? s.id : undefined;
      if (rawId !== undefined) {
        if (ids.has(rawId))
          c.add(
            'duplicate-id',
            `segment id "${rawId}" is used twice`,
            `segments/${String(i)}/id`,
            rawId,
          );
        ids.add(rawId);
      }
      const seg = checkSegment(c, s, i, pair);
      if (seg !== undefined) segments.push(seg);
    });
  }
  const glossary = v.glossary === undefined ? undefined : checkGlossary(c, v.glossary, pair);
  const crossRefs = v.crossRefs === undefined ? undefined : checkCrossRefs(c, v.crossRefs, ids);
  const edition = checkEdition(c, v, pair);
  if (c.issues.length > 0 || title === undefined || provenance === undefined) {
    return { ok: false, issues: c.issues };
  }
  const doc: ParallelText = {
    id: v.id as string,
    languages: pair,
    title,
    date: v.date as string,
    provenance,
    segments,
  };
  if (typeof v.$schema === 'string') doc.$schema = v.$schema;
  if (editionNote !== undefined) doc.editionNote = editionNote;
  if (glossary !== undefined) doc.glossary = glossary;
  if (crossRefs !== undefined) doc.crossRefs = crossRefs;
  Object.assign(doc, edition);
  return { ok: true, value: deepFreeze(doc), warnings: [] };
}

/** Parse JSON text and validate it; a syntax error names the line and column. */
export function parseDocument(text: string, file?: string): Result<ParallelText> {
  let json: Json;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const issue: Issue = { code: 'json', message: `not valid JSON: ${message}` };
    if (file !== undefined) issue.file = file;
    const pos = /position (\d+)/.exec(message);
    if (pos?.[1] !== undefined) {
      const before = text.slice(0, Number(pos[1])).split('\n');
      issue.line = before.length;
      issue.column = (before.at(-1)?.length ?? 0) + 1;
    }
    return { ok: false, issues: [issue] };
  }
  return validateDocument(json, file);
}

/** One line per issue: `file: segment s12: segments/12/text/en: message`. */
export function formatIssue(issue: Issue): string {
  const where = [
    issue.file === undefined
      ? undefined
      : issue.line === undefined
        ? issue.file
        : `${issue.file}:${String(issue.line)}:${String(issue.column ?? 1)}`,
    issue.segment === undefined ? undefined : `segment ${issue.segment}`,
    issue.field === undefined || issue.field === '' ? undefined : issue.field,
  ].filter((s) => s !== undefined);
  return where.length === 0 ? issue.message : `${where.join(': ')}: ${issue.message}`;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
