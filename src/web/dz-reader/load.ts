/**
 * Getting a document to show: fetched from `src` or given as `text`, parsed and checked like any
 * file. The result is the immutable document, or the issues the error panel lists.
 */
import { t } from '../../i18n/i18n.ts';
import { checkDocument } from '../../model/document.ts';
import type { Issue, ParallelText } from '../../model/types.ts';
import { parseDocument } from '../../model/validate.ts';

/** A document ready to show, or what stops it from being shown. */
export type Loaded = { ok: true; doc: ParallelText } | { ok: false; issues: readonly Issue[] };

/** The code of the one issue for a local document this browser does not hold or cannot read. */
export const LOCAL_MISSING = 'local-missing';

/**
 * The app's stand-in for a local document it could not get (`{ missing: why }`) as one plain
 * issue, not a list of schema errors about a field named "missing"; anything else, undefined.
 */
function missingLocal(value: unknown): Loaded | undefined {
  if (typeof value !== 'object' || value === null || Object.keys(value).length !== 1) return;
  const why: unknown = (value as { missing?: unknown }).missing;
  if (typeof why !== 'string') return;
  const id = /^local document "(.*)" is not stored in this browser$/.exec(why)?.[1];
  const message =
    id === undefined
      ? t('layout.localUnreadable', { error: why })
      : t('layout.localMissing', { id: `local:${id}` });
  return { ok: false, issues: [{ code: LOCAL_MISSING, message }] };
}

/** Parse and check a document given as JSON text or as a value. */
export function acceptDocument(value: unknown, file: string): Loaded {
  const missing = missingLocal(value);
  if (missing !== undefined) return missing;
  // Through JSON even for an object: the reader freezes its document, and it freezes a copy,
  // never the caller's object.
  const parsed = parseDocument(typeof value === 'string' ? value : JSON.stringify(value), file);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const issues = checkDocument(parsed.value, file);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, doc: parsed.value };
}

/** Fetch a document, then parse and check it; a network failure is an issue too. */
export async function fetchDocument(src: string): Promise<Loaded> {
  try {
    const response = await fetch(src);
    if (!response.ok) throw new Error(`HTTP ${String(response.status)} ${response.statusText}`);
    const body = await response.text();
    performance.mark('dz-reader:fetched');
    const loaded = acceptDocument(body, src);
    performance.mark('dz-reader:parsed');
    return loaded;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      issues: [{ code: 'fetch', message: t('errors.fetch', { src, error: message }), file: src }],
    };
  }
}
