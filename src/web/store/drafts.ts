/**
 * The alignment editor's work in progress. A draft is kept as two records: the texts (large,
 * written once per import) and the work on them (pairs, metadata, undo history, where the person
 * was), written after every edit.
 */
import type { Session } from '../../model/edit/history.ts';
import type { AlignmentState, SideIndex } from '../../model/edit/state.ts';
import { database, openDatabase } from './db.ts';

/** Everything needed to carry on where the person left off. */
export interface Draft {
  session: Session;
  /** The selected pair and side. */
  active: number;
  side: SideIndex;
  /** When it was saved (ISO 8601). */
  saved: string;
}

type Work = Omit<Draft, 'session'> & {
  state: Omit<AlignmentState, 'sides'>;
  history: Session['history'];
};

// Which texts each draft key last wrote, so the large record is written only when it changed.
const written = new Map<string, AlignmentState['sides']>();

function isWork(v: unknown): v is Work {
  return typeof v === 'object' && v !== null && 'state' in v && 'history' in v && 'active' in v;
}

function isSides(v: unknown): v is AlignmentState['sides'] {
  return Array.isArray(v) && v.length === 2;
}

/**
 * Store the draft under `key`. When the database is open the write is issued before this returns,
 * so a call from a `pagehide` handler reaches the disk.
 */
export async function saveDraft(key: string, draft: Draft): Promise<void> {
  const db = openDatabase() ?? (await database());
  const { sides, ...rest } = draft.session.state;
  const work: Work = {
    state: rest,
    history: draft.session.history,
    active: draft.active,
    side: draft.side,
    saved: draft.saved,
  };
  const tx = db.transaction('drafts', 'readwrite');
  const store = tx.objectStore('drafts');
  const writes: Promise<unknown>[] = [store.put(work, `${key}:work`)];
  if (written.get(key) !== sides) writes.push(store.put(sides, `${key}:text`));
  await Promise.all([...writes, tx.done]);
  written.set(key, sides);
}

/** The draft stored under `key`, if any. */
export async function loadDraft(key: string): Promise<Draft | undefined> {
  const db = await database();
  const tx = db.transaction('drafts', 'readonly');
  const [work, sides] = await Promise.all([
    tx.store.get(`${key}:work`),
    tx.store.get(`${key}:text`),
    tx.done,
  ]);
  if (!isWork(work) || !isSides(sides)) return undefined;
  written.set(key, sides);
  return {
    session: { state: { ...work.state, sides }, history: work.history },
    active: work.active,
    side: work.side,
    saved: work.saved,
  };
}

/** Forget the draft under `key`. */
export async function deleteDraft(key: string): Promise<void> {
  const db = await database();
  const tx = db.transaction('drafts', 'readwrite');
  await Promise.all([
    tx.store.delete(`${key}:work`),
    tx.store.delete(`${key}:text`),
    tx.store.delete(`${key}:input`),
    tx.done,
  ]);
  written.delete(key);
}

/** The two texts typed or pasted on the Import page, kept until they are aligned. */
export async function saveInput(key: string, texts: readonly [string, string]): Promise<void> {
  const db = openDatabase() ?? (await database());
  await db.put('drafts', [...texts], `${key}:input`);
}

/** The texts last typed on the Import page under `key`, if any. */
export async function loadInput(key: string): Promise<[string, string] | undefined> {
  const db = await database();
  const v: unknown = await db.get('drafts', `${key}:input`);
  return Array.isArray(v) && v.length === 2 && v.every((s) => typeof s === 'string')
    ? [v[0] as string, v[1] as string]
    : undefined;
}
