/**
 * Two tabs on one draft. Every save and every "Start over" is announced on a BroadcastChannel
 * named after the draft; a tab that hears another tab change the draft stops saving (its copy is
 * now older than what is stored) and says so, offering the choice: take the other tab's work, or
 * keep this tab's and write it over. Nothing is overwritten unseen in either direction.
 */
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { t } from '../../i18n/i18n.ts';
import { draftChangedElsewhere } from '../store/drafts.ts';

/** What another tab did to the draft this tab has open. */
export type ForeignChange = 'saved' | 'cleared';

interface Message {
  tab: string;
  key: string;
  change: ForeignChange;
}

function isMessage(v: unknown): v is Message {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as Record<string, unknown>;
  return (
    typeof m.tab === 'string' &&
    typeof m.key === 'string' &&
    (m.change === 'saved' || m.change === 'cleared')
  );
}

/** Raised instead of a save while another tab's newer work is stored. */
export class OtherTabError extends Error {
  override readonly name = 'OtherTabError';
}

/** Watches for other tabs changing the draft, and holds this tab's saves until the person chooses. */
export class TabGuard implements ReactiveController {
  /** What another tab did since this tab last read or wrote the draft, if anything. */
  conflict: ForeignChange | undefined;

  private readonly tab = crypto.randomUUID();
  private channel: BroadcastChannel | undefined;

  /**
   * `key` names the draft; `takeTheirs` reloads it from storage; `keepMine` writes this tab's
   * copy over it.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly key: () => string,
    private readonly takeTheirs: () => void,
    private readonly keepMine: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel('duizhao-drafts');
    this.channel.addEventListener('message', this.onMessage);
  }

  hostDisconnected(): void {
    this.channel?.close();
    this.channel = undefined;
  }

  /** Throw instead of saving while another tab's change has not been seen and answered. */
  assertMine(): void {
    if (this.conflict !== undefined) throw new OtherTabError(t('web.tabHeld'));
  }

  /** Tell the other tabs that this tab changed the draft. */
  announce(change: ForeignChange): void {
    const message: Message = { tab: this.tab, key: this.key(), change };
    this.channel?.postMessage(message);
  }

  /** The notice and its two choices, while there is a conflict. */
  render(): TemplateResult | typeof nothing {
    if (this.conflict === undefined) return nothing;
    return html`<div class="other-tab" role="alert">
      <p>${t(this.conflict === 'saved' ? 'web.tabSaved' : 'web.tabCleared')}</p>
      <button type="button" @click=${this.onTheirs}>
        ${t(this.conflict === 'saved' ? 'web.tabTakeTheirs' : 'web.tabTakeCleared')}
      </button>
      <button type="button" @click=${this.onMine}>${t('web.tabKeepMine')}</button>
    </div>`;
  }

  private readonly onMessage = (e: MessageEvent): void => {
    const data: unknown = e.data;
    if (!isMessage(data) || data.tab === this.tab || data.key !== this.key()) return;
    this.conflict = data.change;
    draftChangedElsewhere(data.key);
    this.host.requestUpdate();
  };

  private readonly onTheirs = (): void => {
    this.conflict = undefined;
    this.host.requestUpdate();
    this.takeTheirs();
  };

  private readonly onMine = (): void => {
    this.conflict = undefined;
    this.host.requestUpdate();
    this.keepMine();
  };
}
