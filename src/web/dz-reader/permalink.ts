/**
 * Links to segments: reading a permalink (`#id`, `#id..id`), and the link and citation a row's
 * buttons copy. Building the link reads the page URL; nothing here writes it.
 */
import { html, type TemplateResult } from 'lit';
import { interfaceSide, t } from '../../i18n/i18n.ts';
import { segmentIndex } from '../../model/document.ts';
import type { ParallelText } from '../../model/types.ts';
import { hrefFor, linkWithHash, readUrlState } from '../url-state.ts';

/** What a permalink names: a range of segment indices, or the id that is not in the document. */
export interface Permalink {
  range?: [number, number];
  missing?: string;
}

/** Read a decoded hash (`id` or `id..id`, without `#`) into a range of segment indices. */
export function parsePermalink(doc: ParallelText, raw: string): Permalink {
  if (raw === '') return {};
  const [fromId = '', toId] = raw.split('..');
  const from = segmentIndex(doc, fromId);
  const to = toId === undefined ? from : segmentIndex(doc, toId);
  if (from === undefined) return { missing: fromId };
  if (to === undefined) return { missing: toId ?? '' };
  return { range: [Math.min(from, to), Math.max(from, to)] };
}

/**
 * The link to a segment: this page with only the document named and `#<segment-id>`. The
 * viewer's layout, side order, search and interface language stay out of a shared link.
 */
export function segmentLink(id: string): string {
  const doc = readUrlState().doc;
  return linkWithHash(id, hrefFor(doc === undefined ? {} : { doc }));
}

/** A citation of a segment: title (in the interface's side), date, number, id and link. */
export function citation(doc: ParallelText, id: string): string {
  const index = segmentIndex(doc, id) ?? 0;
  return t('reader.citation', {
    title: doc.title[interfaceSide(doc.languages)] ?? '',
    date: doc.date,
    number: index + 1,
    id,
    url: segmentLink(id),
  });
}

/** Put text on the clipboard; false when the page may not (permissions, insecure origin). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The status message when copying failed: the text in a field that selects itself on focus. */
export function copyFallback(text: string): TemplateResult {
  return html`${t('reader.copyFailed')}
    <input
      readonly
      .value=${text}
      @focus=${(e: FocusEvent) => {
        (e.target as HTMLInputElement).select();
      }}
    />`;
}
