/**
 * An element's share of the URL: its query keys, read and written only when the element keeps
 * its state in the URL (the app's reader does; an embedded one, without `url-state`, leaves the
 * page's query alone), and the hash, which every reader follows so permalinks work anywhere.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readUrlState, writeUrlState, type UrlChange, type UrlKey } from '../url-state.ts';

export class UrlStateController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    /** Whether the host keeps its state in the query (read when asked, so an attribute can change it). */
    private readonly enabled: () => boolean,
    /** Called when the hash changes after the page loaded (a permalink followed in place). */
    private readonly onHashChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** A key's value in the query, or undefined when absent or when the host keeps no URL state. */
  read(key: UrlKey): string | undefined {
    return this.enabled() ? readUrlState()[key] : undefined;
  }

  /** Change keys in the query; nothing happens when the host keeps no URL state. */
  write(change: UrlChange): void {
    if (this.enabled()) writeUrlState(change);
  }

  /** The hash without its `#`, decoded (read in every reader: permalinks work embedded too). */
  hash(): string {
    const raw = window.location.hash.replace(/^#/, '');
    // A malformed escape (`#%`) is no reason to fail the page: keep it as typed, and the
    // permalink then reports it as a segment that is not there.
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }
}
