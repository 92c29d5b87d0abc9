/**
 * The reading aids' settings: each taken from the URL first (when the reader keeps its state
 * there), then from local storage, then the aid's default for the document. A choice is written
 * back to both, so a shared URL and a reload keep it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ParallelText } from '../../model/types.ts';
import type { UrlStateController } from '../controllers/url-state-controller.ts';
import type { ReadingAid } from './pane.ts';

function stored(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    // Storage can be unavailable (privacy modes, sandboxed frames): fall back to defaults.
    return undefined;
  }
}

function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // As above: the choice then lasts for this page only.
  }
}

export class SettingsController implements ReactiveController {
  /** Per aid, the raw values found, in the order they count (URL, then storage). */
  private readonly found = new Map<string, readonly string[]>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly url: UrlStateController,
    private readonly aids: readonly ReadingAid[],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const { id, setting } of this.aids) {
      const fromUrl = setting.urlKey === undefined ? undefined : this.url.read(setting.urlKey);
      this.found.set(
        id,
        [fromUrl, stored(setting.storageKey)].filter((v) => v !== undefined),
      );
    }
  }

  /** An aid's value in force for a document: the first found value it takes, else its default. */
  get<V extends string>(aid: ReadingAid<V>, doc: ParallelText | undefined): V {
    for (const raw of this.found.get(aid.id) ?? []) {
      const value = aid.setting.parse(raw, doc);
      if (value !== undefined) return value;
    }
    return aid.setting.fallback(doc);
  }

  /** Choose an aid's value and remember it (storage, and the URL when the reader keeps it there). */
  set<V extends string>(aid: ReadingAid<V>, value: V): void {
    this.found.set(aid.id, [value]);
    store(aid.setting.storageKey, value);
    if (aid.setting.urlKey !== undefined) this.url.write({ [aid.setting.urlKey]: value });
    this.host.requestUpdate();
  }
}
