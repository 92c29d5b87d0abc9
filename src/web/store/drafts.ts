/**
 * The alignment editor's work in progress. A draft is kept as two records: the texts (large,
 * written once per import) and the work on them (pairs, metadata, undo history, where the person
 * was), written after every edit.
 */
import type { Session } from '../../model/edit/history.ts';
import type { AlignmentState, SideIndex } from '../../model/edit/state.ts';
import { database, openDatabase } from './db.ts';
import { forgetTyped } from './typed-input.ts';
import { checkInput, checkSession, checkSides, StoredRecordError } from './records.ts';

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

/** Another tab wrote or deleted the draft under `key`: write the texts again on the next save. */
export function draftChangedElsewhere(key: string): void {
  written.delete(key);
}

/**
 * The draft stored under `key`, if any. A draft that does not read is moved to
 * `<key>:set-aside:*` (kept, never used again) and reported as a StoredRecordError.
 */
export async function loadDraft(key: string): Promise<Draft | undefined> {
  const db = await database();
  const tx = db.transaction('drafts', 'readonly');
  const [work, sides] = await Promise.all([
    tx.store.get(`${key}:work`),
    tx.store.get(`${key}:text`),
    tx.done,
  ]);
  if (work === undefined && sides === undefined) return undefined;
  const checked = checkSides(sides);
  const session = typeof checked === 'string' ? checked : checkSession(work, checked);
  if (typeof session === 'string') {
    await setAside(key, work, sides);
    throw new StoredRecordError(`${key}:work`, session);
  }
  const rest = work as Partial<Work>;
  const pairs = session.state.pairs.length;
  const active = typeof rest.active === 'number' && rest.active >= 0 ? Math.floor(rest.active) : 0;
  written.set(key, session.state.sides);
  return {
    session,
    active: Math.min(active, Math.max(0, pairs - 1)),
    side: rest.side === 1 ? 1 : 0,
    saved: typeof rest.saved === 'string' ? rest.saved : new Date(0).toISOString(),
  };
}

// Keep an unreadable draft under another key, so it is neither lost nor read again.
async function setAside(key: string, work: unknown, sides: unknown): Promise<void> {
  const db = await database();
  const tx = db.transaction('drafts', 'readwrite');
  await Promise.all([
    tx.store.put(work, `${key}:set-aside:work`),
    tx.store.put(sides, `${key}:set-aside:text`),
    tx.store.delete(`${key}:work`),
    tx.store.delete(`${key}:text`),
    tx.done,
  ]);
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
  forgetTyped(key);
}

/** The two texts typed or pasted on the Import page, kept until they are aligned. */
export async function saveInput(key: string, texts: readonly [string, string]): Promise<void> {
  const db = openDatabase() ?? (await database());
  await db.put('drafts', [...texts], `${key}:input`);
}

/** The texts last typed on the Import page under `key`, if any. */
export async function loadInput(key: string): Promise<[string, string] | undefined> {
  const db = await database();
  return checkInput(await db.get('drafts', `${key}:input`));
}
