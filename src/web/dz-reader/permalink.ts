/**
 * Links to segments: reading a permalink (`#id`, `#id..id`), and the link and citation a row's
 * buttons copy. Building the link reads the page URL; nothing here writes it.
 */
import { html, type TemplateResult } from 'lit';
import { interfaceSide, t } from '../../i18n/i18n.ts';
import { targetHash, type CiteTarget } from '../../model/citation.ts';
import type { CitationFormatId } from '../../model/citation-formats.ts';
import { segmentIndex } from '../../model/document.ts';
import { isChinese, type ParallelText } from '../../model/types.ts';
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
 * The link to a segment (`#id`), a sentence (`#id.n`) or a range (`#a..b`): this page with only
 * the document and its version named. The viewer's layout, side order, search and interface
 * language stay out of a shared link.
 */
export function segmentLink(hash: string, doc?: ParallelText): string {
  const id = readUrlState().doc;
  const v = doc?.version;
  return linkWithHash(
    hash,
    hrefFor({ ...(id === undefined ? {} : { doc: id }), ...(v === undefined ? {} : { v }) }),
  );
}

/** True when the page shows a document kept only in this browser: its links work nowhere else. */
export function isLocalDocument(): boolean {
  return readUrlState().doc?.startsWith('local:') === true;
}

/** The format a row's "copy citation" gives: GB/T 7714 in the Chinese interface, else Chicago. */
export function defaultCitationFormat(doc: ParallelText): CitationFormatId {
  return isChinese(interfaceSide(doc.languages)) ? 'gbt7714' : 'chicago';
}

/**
 * A citation of a target in a format, in the interface's language. The CSL processor is loaded
 * here, on first use, so it adds nothing to the page's first JavaScript.
 */
export async function citation(
  doc: ParallelText,
  target: CiteTarget,
  format: CitationFormatId = defaultCitationFormat(doc),
): Promise<string> {
  const { renderCitation } = await import('../../model/citation-render.ts');
  return renderCitation(format, {
    doc,
    lang: interfaceSide(doc.languages),
    target,
    url: segmentLink(targetHash(target), doc),
    accessed: new Date().toISOString().slice(0, 10),
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
