/**
 * The document details form as data: its field names, and the `Meta` its values make. What an id
 * or a date may be is said once here (from the validator's own patterns) and the CLI's `--id` and
 * `--date` check the same way, so a form and a command line cannot disagree.
 */
import type { Lang, Provenance } from '../types.ts';
import { DATE, ROLES, SEGMENT_ID } from '../validate.ts';
import type { Meta } from './state.ts';

/** Whether `id` can be a document id (it becomes a file name and a URL). */
export function isDocumentId(id: string): boolean {
  return SEGMENT_ID.test(id);
}

/** Whether `date` is YYYY, YYYY-MM or YYYY-MM-DD. */
export function isDocumentDate(date: string): boolean {
  return DATE.test(date);
}

/** The roles a maker of a text can have, in the order the form offers them. */
export const MAKER_ROLES: readonly Provenance['role'][] = ROLES;

/** The per-language fields of the form. */
export type SideField = 'title' | 'by' | 'role' | 'source' | 'licence';

/** The name of a per-language field: `title:zh-Hans`. */
export function sideFieldName(field: SideField, lang: Lang): string {
  return `${field}:${lang}`;
}

/** A document field whose value cannot be used. */
export type MetaProblem = 'id' | 'date';

/** The form's values as `Meta`, or which fields are not valid. */
export type MetaFromForm =
  | { readonly ok: true; readonly meta: Meta }
  | { readonly ok: false; readonly problems: readonly MetaProblem[] };

/**
 * The `Meta` a form's values make. `value(name)` gives a field's text, or undefined for a field
 * the form does not have (that part of `meta` stays); values are trimmed. A changed id or date
 * that cannot be used makes the result a list of problems.
 */
export function metaFromForm(
  value: (name: string) => string | undefined,
  meta: Meta,
  langs: readonly Lang[],
): MetaFromForm {
  const field = (name: string, fallback: string): string => value(name)?.trim() ?? fallback;
  const title: Record<Lang, string> = {};
  const provenance: Record<Lang, Provenance> = {};
  for (const lang of langs) {
    title[lang] = field(sideFieldName('title', lang), meta.title[lang] ?? '');
    const old = meta.provenance[lang];
    const role = field(sideFieldName('role', lang), old?.role ?? 'author');
    provenance[lang] = {
      ...old,
      by: field(sideFieldName('by', lang), old?.by ?? ''),
      role: MAKER_ROLES.find((r) => r === role) ?? 'author',
      source: field(sideFieldName('source', lang), old?.source ?? ''),
      licence: field(sideFieldName('licence', lang), old?.licence ?? ''),
    };
  }
  const id = field('id', meta.id);
  const date = field('date', meta.date);
  // Only what the person just typed is judged: an empty field is not filled in yet (the document's
  // own check says so before it is saved), and an old value must not block other changes.
  const problems: MetaProblem[] = [];
  if (id !== meta.id && id !== '' && !isDocumentId(id)) problems.push('id');
  if (date !== meta.date && date !== '' && !isDocumentDate(date)) problems.push('date');
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, meta: { id, title, date, provenance } };
}
