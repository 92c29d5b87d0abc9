/**
 * The browser's own storage for duizhao: one IndexedDB database with a store for documents made
 * here, one for their catalogue lines (so the library lists them without reading every text),
 * and one for the alignment editor's drafts.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Lang, ParallelText } from '../../model/types.ts';

/** A locally stored document's line in the library. */
export interface LocalDocumentSummary {
  id: string;
  title: Record<Lang, string>;
  date: string;
  segmentCount: number;
}

export interface DuizhaoDB extends DBSchema {
  documents: { key: string; value: ParallelText };
  summaries: { key: string; value: LocalDocumentSummary };
  drafts: { key: string; value: unknown };
}

const NAME = 'duizhao';
const VERSION = 1;

let opening: Promise<IDBPDatabase<DuizhaoDB>> | undefined;
let opened: IDBPDatabase<DuizhaoDB> | undefined;

/** The database, opened once per page. */
export function database(): Promise<IDBPDatabase<DuizhaoDB>> {
  if (opening !== undefined) return opening;
  const started = openDB<DuizhaoDB>(NAME, VERSION, {
    upgrade(db) {
      db.createObjectStore('documents');
      db.createObjectStore('summaries');
      db.createObjectStore('drafts');
    },
    // Another tab wants a newer version: let it have the database; we reopen on next use.
    blocking() {
      opened?.close();
      opened = undefined;
      opening = undefined;
    },
  }).then(
    (db) => {
      opened = db;
      return db;
    },
    (err: unknown) => {
      // A database written by a newer build (or storage that is switched off) is said plainly;
      // the next call tries again.
      opening = undefined;
      const why = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      throw new Error(`this browser's duizhao storage cannot be opened (${why})`);
    },
  );
  opening = started;
  return started;
}

/**
 * The database if it is open already. Writing through it issues the requests at once, without
 * waiting a task for a promise: what a page about to unload needs.
 */
export function openDatabase(): IDBPDatabase<DuizhaoDB> | undefined {
  return opened;
}
