/**
 * Saves the host's work shortly after each change, and at once when the page is hidden or left
 * (a tab closed, switched away or about to be killed) or the host is removed. Reports what it
 * is doing so the host can say "Saved at 10:42".
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the last save did, for the toolbar's "Saved at 10:42". */
export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: Date }
  | { state: 'failed'; error: string };

/** Saves the host's work soon after a change and at once when the page goes away. */
export class AutosaveController implements ReactiveController {
  /** What happened to the last save. */
  status: SaveStatus = { state: 'idle' };

  private timer: ReturnType<typeof setTimeout> | undefined;
  private dirty = false;
  private draining: Promise<void> | undefined;

  /**
   * `save` writes the current work. It is never called twice at once, and it is called without
   * delay from `flush`, so the write starts before a page that is going away stops running.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly save: () => Promise<void>,
    private readonly delay = 400,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.onLeave);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.onLeave);
    document.removeEventListener('visibilitychange', this.onVisibility);
    void this.flush();
  }

  /** Note a small change (a selection); it is saved after a short quiet spell. */
  schedule(): void {
    this.dirty = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delay);
  }

  /** Note a change worth keeping at once (an edit) and start saving it. */
  saveNow(): Promise<void> {
    this.dirty = true;
    return this.flush();
  }

  /** Save now if anything changed; resolves when everything noted so far is written. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.draining === undefined) {
      if (!this.dirty) return Promise.resolve();
      this.draining = this.drain().finally(() => {
        this.draining = undefined;
      });
    }
    return this.draining;
  }

  // Writes one after another until nothing is left: an older state never lands after a newer one.
  private async drain(): Promise<void> {
    while (this.dirty) {
      this.dirty = false;
      this.status = { state: 'saving' };
      this.host.requestUpdate();
      try {
        await this.save();
        this.status = { state: 'saved', at: new Date() };
      } catch (err) {
        this.status = { state: 'failed', error: err instanceof Error ? err.message : String(err) };
      }
      this.host.requestUpdate();
    }
  }

  private readonly onLeave = (): void => {
    void this.flush();
  };

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') void this.flush();
  };
}
