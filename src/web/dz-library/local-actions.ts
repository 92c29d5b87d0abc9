/**
 * What the library does with a document kept in this browser: delete it, or reopen it in the
 * editor. Reopening puts the document into the Import page's draft, so the editor restores it as
 * work in progress; work already there is replaced only after the person said yes.
 */
import { startSession } from '../../model/edit/history.ts';
import { stateFromDocument } from '../../model/edit/convert.ts';
import { deleteLocalDocument, loadLocalDocument } from '../store/documents.ts';
import { loadDraft, loadInput, saveDraft } from '../store/drafts.ts';
import { typedBefore } from '../store/typed-input.ts';
import { hrefFor, readUrlState } from '../url-state.ts';

/** The Import page's draft (the editor's default `draft-key`). */
const DRAFT_KEY = 'current';

/** Forget a kept document. */
export async function deleteKept(id: string): Promise<void> {
  await deleteLocalDocument(id);
}

/** Whether the Import page holds work that reopening a document would replace. */
export async function editorHasWork(): Promise<boolean> {
  const typed = typedBefore(DRAFT_KEY) ?? (await loadInput(DRAFT_KEY).catch(() => undefined));
  if (typed !== undefined && typed.some((t) => t.trim() !== '')) return true;
  try {
    const draft = await loadDraft(DRAFT_KEY);
    return draft !== undefined && draft.session.state.pairs.length > 0;
  } catch {
    // An unreadable draft is set aside by loadDraft itself: nothing is lost by replacing it.
    return false;
  }
}

/** Put a kept document into the Import page's draft; the URL to go to, or undefined if it is gone. */
export async function reopenInEditor(id: string): Promise<string | undefined> {
  const doc = await loadLocalDocument(id);
  if (doc === undefined) return undefined;
  const session = startSession(stateFromDocument(doc));
  await saveDraft(DRAFT_KEY, { session, active: 0, side: 0, saved: new Date().toISOString() });
  const { lng } = readUrlState();
  return hrefFor(lng === undefined ? { view: 'import' } : { view: 'import', lng });
}
