/**
 * A message that shows for a while and then goes: "Link copied", "Merged pairs 3 and 4". The
 * host renders `message` in a live region; screen readers have read it by the time it clears,
 * and on screen it would otherwise cover the text.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';

export class StatusController<
  M extends TemplateResult | string = string,
> implements ReactiveController {
  /** What to show now; '' when nothing. */
  message: M | '' = '';

  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** How long a message stays unless `show` is given another time. */
    private readonly defaultMs: number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to start: a message appears when one is shown.
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.message = '';
  }

  /** Show a message for `ms` milliseconds, replacing any message shown before. */
  show(message: M, ms = this.defaultMs): void {
    this.message = message;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.message = '';
      this.host.requestUpdate();
    }, ms);
    this.host.requestUpdate();
  }
}
