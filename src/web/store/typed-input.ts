/**
 * The texts being typed on the Import page, written synchronously on every input to this tab's
 * session storage. IndexedDB is written too, but asynchronously and after a short pause; a
 * reload or a crash in that window would lose the last keystrokes. Session storage is kept by the
 * browser for the tab across reloads and crashes, and is the tab's own, so two tabs typing do not
 * mix their texts.
 */
import { checkInput } from './records.ts';

const PREFIX = 'duizhao:typed:';

/** Keep what is typed under `key` at once; storage that is full or switched off is ignored. */
export function keepTyped(key: string, texts: readonly [string, string]): void {
  try {
    sessionStorage.setItem(PREFIX + key, JSON.stringify(texts));
  } catch {
    // The IndexedDB copy still follows a moment later.
  }
}

/** What this tab last typed under `key`, if anything. */
export function typedBefore(key: string): [string, string] | undefined {
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    return raw === null ? undefined : checkInput(JSON.parse(raw));
  } catch {
    return undefined;
  }
}

/** Forget what was typed under `key` (the work started over). */
export function forgetTyped(key: string): void {
  try {
    sessionStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing to forget.
  }
}
