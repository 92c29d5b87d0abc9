/**
 * Documents made in this browser (by the Import page), for the reader to open as
 * `?doc=local:<id>` and the library to list.
 */
import type { ParallelText } from '../../model/types.ts';
import { database, type LocalDocumentSummary } from './db.ts';
import { checkDocument, checkSummary, StoredRecordError } from './records.ts';

export type { LocalDocumentSummary } from './db.ts';

/** Store a document under its id, replacing one with the same id. */
export async function saveLocalDocument(doc: ParallelText): Promise<void> {
  const db = await database();
  const tx = db.transaction(['documents', 'summaries'], 'readwrite');
  const summary: LocalDocumentSummary = {
    id: doc.id,
    title: { ...doc.title },
    date: doc.date,
    segmentCount: doc.segments.length,
  };
  await Promise.all([
    tx.objectStore('documents').put(doc, doc.id),
    tx.objectStore('summaries').put(summary, doc.id),
    tx.done,
  ]);
}

/**
 * The stored document with this id, if there is one; a record that is not a valid document
 * throws a StoredRecordError (the reader shows it like any invalid text).
 */
export async function loadLocalDocument(id: string): Promise<ParallelText | undefined> {
  const db = await database();
  const stored: unknown = await db.get('documents', id);
  if (stored === undefined) return undefined;
  const checked = checkDocument(stored);
  if ('why' in checked) throw new StoredRecordError(id, checked.why);
  return checked.doc;
}

/** Whether a document with this id is stored already (so replacing it needs a yes). */
export async function hasLocalDocument(id: string): Promise<boolean> {
  const db = await database();
  return (await db.getKey('documents', id)) !== undefined;
}

/** The library's lines, and how many stored lines could not be read and were left out. */
export interface LocalListing {
  documents: LocalDocumentSummary[];
  unreadable: number;
}

/** Every readable catalogue line, by id, with a count of the unreadable ones (left as they are). */
export async function listLocalDocumentsChecked(): Promise<LocalListing> {
  const db = await database();
  const stored: unknown[] = await db.getAll('summaries');
  const documents = stored.map(checkSummary).filter((s) => s !== undefined);
  return { documents, unreadable: stored.length - documents.length };
}

/** Every readable stored document's catalogue line, by id. */
export async function listLocalDocuments(): Promise<LocalDocumentSummary[]> {
  return (await listLocalDocumentsChecked()).documents;
}

/** Forget a stored document. */
export async function deleteLocalDocument(id: string): Promise<void> {
  const db = await database();
  const tx = db.transaction(['documents', 'summaries'], 'readwrite');
  await Promise.all([
    tx.objectStore('documents').delete(id),
    tx.objectStore('summaries').delete(id),
    tx.done,
  ]);
}
