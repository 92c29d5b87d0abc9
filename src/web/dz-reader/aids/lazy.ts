/**
 * A part of a reading aid that is loaded only when the aid is turned on (a dynamic import or a
 * fetch): asked for while it loads, it answers undefined and re-renders every reader that asked
 * once it has arrived (or failed).
 */
import type { AidHost } from '../pane.ts';

/** A value loaded on first use, shared by every reader on the page. */
export class Lazy<T> {
  private value: T | undefined;
  private loading: Promise<void> | undefined;
  private readonly waiting = new Set<AidHost>();
  /** Why the load failed, or undefined. */
  error: unknown;

  constructor(private readonly load: () => Promise<T>) {}

  /** The value if it is here; else undefined, and `host` re-renders when the load ends. */
  get(host: AidHost): T | undefined {
    if (this.value !== undefined || this.error !== undefined) return this.value;
    this.waiting.add(host);
    this.loading ??= this.load()
      .then(
        (value) => {
          this.value = value;
        },
        (error: unknown) => {
          this.error = error ?? new Error('failed');
        },
      )
      .finally(() => {
        for (const h of this.waiting) h.requestUpdate();
        this.waiting.clear();
      });
    return undefined;
  }

  /** Whether a load was asked for and has not ended. */
  get pending(): boolean {
    return this.loading !== undefined && this.value === undefined && this.error === undefined;
  }

  /** The value once loaded (for code that can wait, such as a look-up). */
  async ready(host: AidHost): Promise<T> {
    const now = this.get(host);
    if (now !== undefined) return now;
    await this.loading;
    if (this.value === undefined)
      throw this.error instanceof Error ? this.error : new Error('failed');
    return this.value;
  }
}

/** A small cache of results by text (blocks are re-rendered on every hover). */
export class TextCache<T> {
  private readonly map = new Map<string, T>();
  constructor(private readonly limit = 4000) {}

  /** The cached result for `key`, computing (and keeping) it when missing. */
  get(key: string, make: (key: string) => T): T {
    const found = this.map.get(key);
    if (found !== undefined) return found;
    const made = make(key);
    // A whole document is far below the limit; a long session starts over rather than grow.
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, made);
    return made;
  }
}
