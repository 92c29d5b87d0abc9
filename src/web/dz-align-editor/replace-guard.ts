/**
 * Asks before a document made here replaces a different one kept under the same id: importing a
 * file whose id is already stored must not silently overwrite someone's earlier work.
 */
import { t } from '../../i18n/i18n.ts';
import type { ParallelText } from '../../model/types.ts';
import { loadLocalDocument } from '../store/documents.ts';

/** Whether `doc` may be stored: nothing (or the very same text) is under its id, or the person says yes. */
export async function mayReplace(doc: ParallelText): Promise<boolean> {
  let stored: ParallelText | undefined;
  try {
    stored = await loadLocalDocument(doc.id);
  } catch {
    // An unreadable record is still someone's: ask as for any other.
    return window.confirm(t('web.replaceConfirm', { id: doc.id }));
  }
  if (stored === undefined || JSON.stringify(stored) === JSON.stringify(doc)) return true;
  return window.confirm(t('web.replaceConfirm', { id: doc.id }));
}
