/**
 * Checks for what comes back out of the browser's storage. Anything can be there: a record
 * written by an older or newer build, a hand edit in the developer tools, a half-written value.
 * Every record is checked on the way in, so a bad one is reported and set aside instead of
 * breaking the page that reads it.
 */
import type { Session } from '../../model/edit/history.ts';
import type { AlignmentState, Pair, Side } from '../../model/edit/state.ts';
import type { ParallelText } from '../../model/types.ts';
import { validateDocument } from '../../model/validate.ts';
import type { LocalDocumentSummary } from './db.ts';

/** A stored record that cannot be used; its message says which and why. */
export class StoredRecordError extends Error {
  override readonly name = 'StoredRecordError';
  /** The key the record was stored under. */
  readonly key: string;
  constructor(key: string, why: string) {
    super(`the stored record "${key}" is unreadable (${why}) and was set aside`);
    this.key = key;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

function isTextRecord(v: unknown): v is Record<string, string> {
  return isObject(v) && Object.values(v).every((s) => typeof s === 'string');
}

/** A library line as the library needs it, or undefined. */
export function checkSummary(v: unknown): LocalDocumentSummary | undefined {
  if (!isObject(v)) return undefined;
  const { id, title, date, segmentCount } = v;
  if (typeof id !== 'string' || id === '' || typeof date !== 'string') return undefined;
  if (!isTextRecord(title) || !isCount(segmentCount)) return undefined;
  return { id, title, date, segmentCount };
}

/** A stored document, validated as a file from `texts/` is; the reason when it is not one. */
export function checkDocument(v: unknown): { doc: ParallelText } | { why: string } {
  const result = validateDocument(v);
  if (result.ok) return { doc: result.value };
  const first = result.issues[0];
  return {
    why: first === undefined ? 'not a document' : `${first.field ?? 'document'}: ${first.message}`,
  };
}

function checkSide(v: unknown): string | undefined {
  if (!isObject(v) || typeof v.lang !== 'string') return 'a side has no language';
  const { paragraphs, sentences } = v;
  if (
    !Array.isArray(paragraphs) ||
    !paragraphs.every((p) => isObject(p) && typeof p.kind === 'string')
  )
    return 'a side has no paragraph list';
  if (!Array.isArray(sentences)) return 'a side has no sentence list';
  const ok = sentences.every(
    (s) =>
      isObject(s) &&
      typeof s.text === 'string' &&
      typeof s.gap === 'string' &&
      isCount(s.para) &&
      s.para < paragraphs.length,
  );
  return ok ? undefined : 'a sentence is malformed';
}

/** The two texts of a draft, or why they cannot be used. */
export function checkSides(v: unknown): AlignmentState['sides'] | string {
  if (!Array.isArray(v) || v.length !== 2) return 'the texts are not two sides';
  const why = checkSide(v[0]) ?? checkSide(v[1]);
  return why ?? (v as unknown as AlignmentState['sides']);
}

function checkPairs(v: unknown, sides: readonly [Side, Side]): string | undefined {
  if (!Array.isArray(v)) return 'the links are not a list';
  const counts = [sides[0].sentences.length, sides[1].sentences.length];
  let before = [-1, -1];
  for (const p of v as unknown[]) {
    if (!isObject(p) || !Array.isArray(p.start) || p.start.length !== 2)
      return 'a link is malformed';
    const start = p.start as unknown[];
    for (const k of [0, 1] as const) {
      const at = start[k];
      // Runs are in order and inside the text; equal starts are allowed (a side left empty).
      if (!isCount(at) || at > (counts[k] ?? 0) || at < (before[k] ?? 0))
        return 'a link points outside the text';
    }
    if (typeof p.confidence !== 'number' || !Number.isFinite(p.confidence))
      return 'a link has no confidence';
    if (typeof p.checked !== 'boolean') return 'a link is malformed';
    before = [start[0] as number, start[1] as number];
  }
  return undefined;
}

function checkMeta(v: unknown): string | undefined {
  if (!isObject(v)) return 'the details are missing';
  const { id, title, date, provenance } = v;
  if (
    typeof id !== 'string' ||
    typeof date !== 'string' ||
    !isTextRecord(title) ||
    !isObject(provenance)
  )
    return 'the details are malformed';
  return undefined;
}

/** The work on a draft (pairs, details, history) over its texts, or why it cannot be used. */
export function checkSession(work: unknown, sides: AlignmentState['sides']): Session | string {
  if (!isObject(work) || !isObject(work.state)) return 'the work is not a record';
  const { pairs, meta, extras } = work.state;
  const why = checkPairs(pairs, sides) ?? checkMeta(meta);
  if (why !== undefined) return why;
  if (extras !== undefined && !isObject(extras)) return 'the extras are malformed';
  const history = work.history;
  const state = { sides, pairs: pairs as Pair[], meta, extras: extras ?? {} } as AlignmentState;
  // A history that does not read is dropped, not the work: the alignment is what matters.
  const readable =
    isObject(history) &&
    Array.isArray(history.past) &&
    Array.isArray(history.future) &&
    [...(history.past as unknown[]), ...(history.future as unknown[])].every(isObject);
  return {
    state,
    history: readable ? (history as unknown as Session['history']) : { past: [], future: [] },
  };
}

/** Whether the stored texts typed on the Import page are two strings. */
export function checkInput(v: unknown): [string, string] | undefined {
  return Array.isArray(v) && v.length === 2 && v.every((s) => typeof s === 'string')
    ? [v[0] as string, v[1] as string]
    : undefined;
}
