/**
 * Checking a document's edition fields: its `version`, the revision list and the citation record.
 * Kept apart from validate.ts (which walks the segments) so each stays readable; it reports
 * through the same checker, so issues read alike.
 */
import type { Checker } from './validate-checker.ts';
import type {
  CitationInfo,
  Creator,
  CreatorName,
  CreatorRole,
  Lang,
  ParallelText,
  Revision,
} from './types.ts';

/** The roles a creator in a citation record can have. */
export const CREATOR_ROLES: readonly CreatorRole[] = [
  'author',
  'forwarder',
  'translator',
  'editor',
];

/** A version: letters, digits, `.`, `-` and `_` (it appears in links as `v=`). */
export const VERSION = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(c: Checker, v: Json, field: string): string | undefined {
  return c.string(v, field, undefined, { nonEmpty: true }) ? v : undefined;
}

function checkName(c: Checker, v: Json, field: string): CreatorName | undefined {
  if (!isObject(v)) {
    c.add('type', 'must be {family, given} or {literal}', field);
    return undefined;
  }
  if ('literal' in v) {
    c.unknownKeys(v, ['literal'], field);
    const literal = text(c, v.literal, `${field}/literal`);
    return literal === undefined ? undefined : { literal };
  }
  c.unknownKeys(v, ['family', 'given'], field);
  const family = text(c, v.family, `${field}/family`);
  const given = text(c, v.given, `${field}/given`);
  return family === undefined || given === undefined ? undefined : { family, given };
}

function checkCreator(c: Checker, v: Json, langs: readonly Lang[], field: string) {
  if (!isObject(v)) {
    c.add('type', 'must be an object {role, name}', field);
    return undefined;
  }
  c.unknownKeys(v, ['role', 'name', 'side'], field);
  let ok = true;
  if (!CREATOR_ROLES.includes(v.role as CreatorRole)) {
    c.add('role', `must be one of ${CREATOR_ROLES.join(', ')}`, `${field}/role`);
    ok = false;
  }
  const name = c.perLanguage(v.name, langs, `${field}/name`, undefined, (n, f) =>
    checkName(c, n, f),
  );
  if (v.side !== undefined && !langs.includes(v.side as string)) {
    c.add('side', `must be one of the document's languages (${langs.join(', ')})`, `${field}/side`);
    ok = false;
  }
  if (!ok || name === undefined) return undefined;
  const creator: Creator = { role: v.role as CreatorRole, name };
  if (typeof v.side === 'string') creator.side = v.side;
  return creator;
}

function checkCitation(c: Checker, v: Json, langs: readonly Lang[]): CitationInfo | undefined {
  if (!isObject(v)) {
    c.add('type', 'must be an object {creators, publisher, edition}', 'citation');
    return undefined;
  }
  c.unknownKeys(v, ['creators', 'publisher', 'edition'], 'citation');
  const perText = (field: string): Record<Lang, string> | undefined =>
    c.perLanguage(v[field], langs, `citation/${field}`, undefined, (t, f) => text(c, t, f));
  const publisher = perText('publisher');
  const edition = perText('edition');
  if (!Array.isArray(v.creators) || v.creators.length === 0) {
    c.add('type', 'must be a non-empty list of creators', 'citation/creators');
    return undefined;
  }
  const creators = (v.creators as Json[]).map((k, i) =>
    checkCreator(c, k, langs, `citation/creators/${String(i)}`),
  );
  if (publisher === undefined || edition === undefined) return undefined;
  if (!creators.every((k) => k !== undefined)) return undefined;
  return { creators, publisher, edition };
}

function checkRevisions(c: Checker, v: Json, langs: readonly Lang[]): Revision[] | undefined {
  if (!Array.isArray(v)) {
    c.add('type', 'must be a list of {version, date, changes}', 'revisions');
    return undefined;
  }
  const out: Revision[] = [];
  for (const [i, r] of (v as Json[]).entries()) {
    const field = `revisions/${String(i)}`;
    if (!isObject(r)) {
      c.add('type', 'must be an object {version, date, changes}', field);
      continue;
    }
    c.unknownKeys(r, ['version', 'date', 'changes'], field);
    if (typeof r.version !== 'string' || !VERSION.test(r.version))
      c.add('version', 'must be a version (letters, digits, . - _)', `${field}/version`);
    if (typeof r.date !== 'string' || !ISO_DATE.test(r.date))
      c.add('date', 'must be YYYY, YYYY-MM or YYYY-MM-DD', `${field}/date`);
    const changes = c.perLanguage(r.changes, langs, `${field}/changes`, undefined, (t, f) =>
      text(c, t, f),
    );
    if (typeof r.version === 'string' && typeof r.date === 'string' && changes !== undefined)
      out.push({ version: r.version, date: r.date, changes });
  }
  return out;
}

/** The edition fields of a document: checked, and in the shape the document takes them. */
export function checkEdition(
  c: Checker,
  v: Record<string, Json>,
  langs: readonly Lang[],
): Pick<ParallelText, 'version' | 'revisions' | 'citation'> {
  const out: Pick<ParallelText, 'version' | 'revisions' | 'citation'> = {};
  if (v.version !== undefined) {
    if (typeof v.version !== 'string' || !VERSION.test(v.version))
      c.add(
        'version',
        'version must be letters, digits, . - _ (e.g. "2" or "2026-12-03")',
        'version',
      );
    else out.version = v.version;
  }
  if (v.revisions !== undefined) {
    const revisions = checkRevisions(c, v.revisions, langs);
    if (revisions !== undefined) out.revisions = revisions;
    const last = revisions?.at(-1);
    // The list and the version must tell one story: the newest revision is the version in force.
    if (last !== undefined && out.version !== undefined && last.version !== out.version)
      c.add(
        'version',
        `the last revision is "${last.version}" but the version is "${out.version}"`,
        'revisions',
      );
    if (last !== undefined && out.version === undefined)
      c.add('version', 'a document with revisions must name its version', 'version');
  }
  if (v.citation !== undefined) {
    const citation = checkCitation(c, v.citation, langs);
    if (citation !== undefined) out.citation = citation;
  }
  return out;
}
