/**
 * What the reader says when a link names an older version of the text: that it has changed
 * since, and what changed (from the document's revision list), in the interface's language.
 */
import { interfaceSide, t } from '../../../i18n/i18n.ts';
import type { ParallelText, Revision } from '../../../model/types.ts';

/** The revisions made after version `v`, or undefined when the document does not list `v`. */
export function revisionsSince(doc: ParallelText, v: string): readonly Revision[] | undefined {
  const list = doc.revisions ?? [];
  const at = list.findIndex((r) => r.version === v);
  return at < 0 ? undefined : list.slice(at + 1);
}

/** The notice for a link made for version `v`, or undefined when it is the version shown. */
export function versionNotice(doc: ParallelText, v: string | undefined): string | undefined {
  const now = doc.version;
  if (v === undefined || v === '' || now === undefined || v === now) return undefined;
  const since = revisionsSince(doc, v);
  if (since === undefined) return t('cite.unknownVersion', { from: v, now });
  const lang = interfaceSide(doc.languages);
  const changes = since
    .map((r) =>
      t('cite.revision', { version: r.version, date: r.date, changes: r.changes[lang] ?? '' }),
    )
    .join(' ');
  return t('cite.changedSince', { from: v, changes });
}
