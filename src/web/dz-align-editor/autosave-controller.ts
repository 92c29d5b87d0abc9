/**
 * Saves the host's work shortly after each change, and at once when the page is hidden or left
 * (a tab closed, switched away or about to be killed) or the host is removed. Reports what it
 * is doing so the host can say "Saved at 10:42".
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: Date }
  | { state: 'failed'; error: string };

export class AutosaveController implements ReactiveController {
  /** What happened to the last save. */
  status: SaveStatus = { state: 'idle' };

  private timer: ReturnType<typeof setTimeout> | undefined;
  private dirty = false;
  private writing: Promise<void> = Promise.resolve();

  /** `save` writes the current work; it is called with nothing pending in between. */
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

  /** Note a change; it is saved after a short quiet spell. */
  schedule(): void {
    this.dirty = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delay);
  }

  /** Save now if anything changed; resolves when the write is done. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.dirty) return this.writing;
    this.dirty = false;
    this.status = { state: 'saving' };
    this.host.requestUpdate();
    // Writes run one after another, so an older state never lands after a newer one.
    this.writing = this.writing.then(async () => {
      try {
        await this.save();
        this.status = { state: 'saved', at: new Date() };
      } catch (err) {
        this.status = { state: 'failed', error: err instanceof Error ? err.message : String(err) };
      }
      this.host.requestUpdate();
    });
    return this.writing;
  }

  private readonly onLeave = (): void => {
    void this.flush();
  };

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') void this.flush();
  };
}
