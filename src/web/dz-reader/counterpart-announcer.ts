/**
 * Says the counterpart of what the keyboard reached: when focus lands on a side, a sentence, a
 * figure or a term, a polite live region reads what answers it on the other side, in that side's
 * language (Enter goes there). The pointer needs no announcement: it sees the counterpart marked.
 */
import { html, render, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { currentLanguage, t } from '../../i18n/i18n.ts';
import { counterpartText } from '../../model/counterpart-text.ts';
import { pairView } from '../../model/pair.ts';
import type { ParallelText } from '../../model/types.ts';
import { stopOf } from './keyboard-controller.ts';

/** Marks the region, for styling and for tests. */
const REGION = 'counterpart-announcer';

/** A language's name in the interface language (`Chinese (Simplified)`, `英语`), else its tag. */
function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames([currentLanguage()], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Announces the counterpart of the focused place in the reader's text. */
export class CounterpartAnnouncer implements ReactiveController {
  private region: HTMLElement | undefined;

  constructor(
    private readonly host: ReactiveControllerHost &
      HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly doc: () => ParallelText | undefined,
  ) {
    host.addController(this);
  }

  // On the shadow root, not the host: a focus move inside the root is not seen outside it.
  hostConnected(): void {
    this.host.renderRoot.addEventListener('focusin', this.onFocusIn);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('focusin', this.onFocusIn);
  }

  hostUpdated(): void {
    // Lit renders between its own markers and leaves a node after them alone. The region is
    // made once and kept, because a live region must exist before what it is to announce.
    if (this.region?.isConnected === true) return;
    this.region = document.createElement('div');
    this.region.className = `${REGION} visually-hidden`;
    this.region.setAttribute('aria-live', 'polite');
    this.host.renderRoot.append(this.region);
  }

  private readonly onFocusIn = (e: Event): void => {
    const here = e.composedPath()[0];
    const doc = this.doc();
    if (!(here instanceof HTMLElement) || doc === undefined || this.region === undefined) return;
    const side = here.closest<HTMLElement>('[data-segment-id]');
    const row = side?.closest<HTMLElement>('[data-index]');
    if (side == null || row == null) return;
    const view = pairView(doc, Number(row.dataset.index));
    const said = counterpartText(view, side.dataset.side === '1' ? 1 : 0, stopOf(here));
    const lang = languageName(said.lang);
    render(
      said.text === ''
        ? html`${t('web.counterpartEmpty', { lang })}`
        : html`${t('web.counterpart', { lang })} <span lang=${said.lang}>${said.text}</span>`,
      this.region,
    );
  };
}
