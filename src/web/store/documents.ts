/**
 * Documents made in this browser (by the Import page), for the reader to open as
 * `?doc=local:<id>` and the library to list.
 */
import type { ParallelText } from '../../model/types.ts';
import { database, type LocalDocumentSummary } from './db.ts';

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

/** The stored document with this id, if there is one. */
export async function loadLocalDocument(id: string): Promise<ParallelText | undefined> {
  const db = await database();
  return db.get('documents', id);
}

/** Every stored document's catalogue line, by id. */
export async function listLocalDocuments(): Promise<LocalDocumentSummary[]> {
  const db = await database();
  return db.getAll('summaries');
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
