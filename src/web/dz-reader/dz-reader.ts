/**
 * `<dz-reader src="texts/x.json">`: a parallel text, side by side, with hover alignment at the
 * level of the pair, the sentence and the figure or term, and permalinks to segments. The element
 * owns the state: the document, what is active, the filter and what a permalink opened. The panes
 * and reading aids listed in panes.ts render from it; controllers do the keys, scrolling a
 * virtualized row into view, timed messages and the URL. Rows are template functions rendered by
 * a virtualizer, so only what is on screen is rendered and analysed.
 */
import '@lit-labs/virtualizer';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import type { LitVirtualizer } from '@lit-labs/virtualizer/LitVirtualizer.js';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { t } from '../../i18n/i18n.ts';
import { segmentIndex } from '../../model/document.ts';
import { pairView } from '../../model/pair.ts';
import type { Issue, ParallelText } from '../../model/types.ts';
import { StatusController } from '../controllers/status-controller.ts';
import { UrlStateController } from '../controllers/url-state-controller.ts';
import { VirtualScrollController } from '../controllers/virtual-scroll-controller.ts';
import {
  ActiveChangeEvent,
  DocumentErrorEvent,
  DocumentLoadEvent,
  LayoutChangeEvent,
  type ActiveState,
} from '../events.ts';
import { readerAccessStyles } from '../a11y.styles.ts';
import { ShortcutListController } from '../shortcut-list.ts';
import { themeStyles } from '../theme.ts';
import { isLayout, layoutAid, type Layout } from './aids/layout.ts';
import { swapAid } from './aids/swap.ts';
import { readerStyles } from './dz-reader.styles.ts';
import { ALL, positionOf, searchText, shownItems, type Filter } from './filter.ts';
import { citeDialogStyles, openCiteDialog } from './cite/cite-dialog.ts';
import { PageMetaController } from './cite/page-meta.ts';
import { versionNotice } from './cite/version-notice.ts';
import { KeyboardController } from './keyboard-controller.ts';
import { acceptDocument, fetchDocument, type Loaded } from './load.ts';
import { basePairContext } from './pair-context.ts';
import { pairStyles } from './pair.styles.ts';
import type { PaneContext, Place, ReadingAid, Renderable } from './pane.ts';
import { AIDS, PANES } from './panes.ts';
import { checkParam, filterFromUrl } from './panes/figure-check.ts';
import {
  citation,
  copyFallback,
  copyText,
  isLocalDocument,
  parsePermalink,
  segmentLink,
} from './permalink.ts';
import { renderPair, type PairRenderContext } from './render-pair.ts';
import { SettingsController } from './settings-controller.ts';
import { belowToolbar } from './scroll-offset.ts';
import { CounterpartAnnouncer } from './counterpart-announcer.ts';

function sameActive(a: ActiveState | undefined, b: ActiveState | undefined): boolean {
  return a?.segment === b?.segment && a?.link === b?.link && a?.key === b?.key;
}

const LAYOUT = flow({ direction: 'vertical' });

@customElement('dz-reader')
export class DzReader extends LitElement {
  static override styles = [
    themeStyles,
    readerStyles,
    pairStyles,
    ...PANES.map((p) => p.styles ?? []),
    ...AIDS.map((a) => a.styles ?? []),
    citeDialogStyles,
    readerAccessStyles,
  ];

  /** URL of a document in the duizhao JSON format. */
  @property() src: string | undefined;

  /** A document given directly (instead of `src`); it is validated like a fetched one. */
  @property({ attribute: false }) text: unknown;

  /** Keep layout, side order and search in the page URL's query (the app does; an embed need not). */
  @property({ type: Boolean, attribute: 'url-state' }) urlState = false;

  /**
   * The layout: side, stacked or single, reflected for styling. Set it (or the attribute) to
   * choose one; while unset, the linked or remembered choice (or the screen's default) applies.
   */
  @property({ reflect: true }) layout: Layout | undefined;

  @state() private doc: ParallelText | undefined;
  @state() private issues: readonly Issue[] | undefined;
  @state() private active: ActiveState | undefined;
  /** The segment range the permalink opened. */
  @state() private linked: [number, number] | undefined;
  /** What the permalink named but the text lacks, said once. */
  @state() private notice: string | undefined;
  @state() private filter: Filter = ALL;
  @state() private printing = false;

  @query('lit-virtualizer') private virtualizer!: LitVirtualizer | null;

  /** The state focus alone would give; hover overrides it while the pointer is over a side. */
  private focusActive: ActiveState | undefined;
  private loadToken = 0;
  private filterTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly i18n = new I18nController(this);
  private readonly url = new UrlStateController(
    this,
    () => this.urlState,
    () => {
      this.applyHash(false);
    },
  );
  private readonly settings = new SettingsController(this, this.url, AIDS);
  private readonly pageMeta = new PageMetaController(this, () =>
    this.urlState ? this.doc : undefined,
  );
  private readonly status = new StatusController<TemplateResult | string>(this, 2000);
  private readonly scroller = new VirtualScrollController(this, () => this.virtualizer);
  // `?` anywhere in the reader opens the shortcut list (panes/shortcuts.ts renders it).
  private readonly shortcutList = new ShortcutListController(this);
  // Says the counterpart of what the keyboard reached, in its own language.
  private readonly announcer = new CounterpartAnnouncer(this, () => this.doc);
  private readonly keys = new KeyboardController(this, {
    shown: () => (this.doc === undefined ? [] : shownItems(this.doc, this.filter)),
    pair: (index) => (this.doc === undefined ? undefined : pairView(this.doc, index)),
    revealSide: (index, side) =>
      this.scroller.reveal(
        this.position(index),
        () =>
          this.renderRoot.querySelector<HTMLElement>(
            `[data-index="${String(index)}"] [data-side="${String(side)}"]`,
          ),
        'nearest',
      ),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.filter = filterFromUrl(this.url.read('q'), this.url.read('check'));
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    // Print media without the print events (a headless PDF, emulated print media) prints all too.
    this.printMedia.addEventListener('change', this.onPrintMedia);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.filterTimer);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.printMedia.removeEventListener('change', this.onPrintMedia);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src !== undefined && this.text === undefined)
      void this.load(this.src);
    if (changed.has('text') && this.text !== undefined)
      this.show(acceptDocument(this.text, this.src ?? 'document'));
    // A layout set from outside stays; only an unset (or unknown) one takes the remembered value.
    if (!isLayout(this.layout)) this.layout = this.settings.get(layoutAid, this.doc);
    // The reading aids' styling hooks (`dz-reader[text-size=...]`).
    for (const aid of AIDS)
      for (const [name, value] of Object.entries(aid.hostAttributes?.(this.aidValue(aid)) ?? {}))
        this.setAttribute(name, value);
    // Styling hook (`dz-reader[checking]`): the figure check is on.
    this.toggleAttribute('checking', this.filter.kind === 'figures');
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('doc') && this.doc !== undefined) {
      // lit renders asynchronously: the virtualizer exists only now, so the permalink scrolls here.
      this.applyHash(true);
    }
  }

  /** Move to a segment (by id), mark it, and scroll it into view. */
  async goTo(id: string): Promise<void> {
    const doc = this.doc;
    if (doc === undefined) return;
    const index = segmentIndex(doc, id);
    if (index === undefined) return;
    this.linked = [index, index];
    await this.reveal(index);
  }

  /** The link to a segment: this page's URL with `#<segment-id>`. */
  permalink(id: string): string {
    return segmentLink(id, this.doc);
  }

  private async load(src: string): Promise<void> {
    const token = ++this.loadToken;
    this.doc = undefined;
    this.issues = undefined;
    const loaded = await fetchDocument(src);
    if (token === this.loadToken) this.show(loaded);
  }

  private show(loaded: Loaded): void {
    if (!loaded.ok) {
      this.doc = undefined;
      this.issues = loaded.issues;
      this.dispatchEvent(new DocumentErrorEvent(loaded.issues));
      return;
    }
    this.issues = undefined;
    this.active = undefined;
    this.doc = loaded.doc;
    this.dispatchEvent(new DocumentLoadEvent(loaded.doc));
  }

  private applyHash(initial: boolean): void {
    const doc = this.doc;
    if (doc === undefined) return;
    const { range, missing } = parsePermalink(doc, this.url.hash());
    const said = [
      missing === undefined ? undefined : t('reader.notFound', { id: missing }),
      versionNotice(doc, this.url.read('v')),
    ].filter((s) => s !== undefined);
    this.notice = said.length === 0 ? undefined : said.join(' ');
    this.linked = range;
    if (range !== undefined) void this.reveal(range[0]);
    else if (!initial) window.scrollTo({ top: 0 });
  }

  /** Where a segment stands among the shown pairs, or -1 when the filter hides it. */
  private position(index: number): number {
    return this.doc === undefined ? -1 : positionOf(this.doc, this.filter, index);
  }

  private async reveal(index: number): Promise<void> {
    // A link to a pair the search or the figure check hides shows all pairs again.
    if (this.position(index) < 0) this.applyFilter(ALL);
    const row = await this.scroller.reveal(
      this.position(index),
      () => this.renderRoot.querySelector<HTMLElement>(`[data-index="${String(index)}"]`),
      'start',
    );
    if (row === null) return;
    // Fonts and the measuring of rows above move the row after this first placing: hold it,
    // below the sticky toolbar, until they settle (in the background: the caller goes on).
    void this.scroller.hold(
      this.position(index),
      () => this.renderRoot.querySelector<HTMLElement>(`[data-index="${String(index)}"]`),
      () => belowToolbar(this.renderRoot.querySelector<HTMLElement>('.toolbar')),
    );
  }

  private applyFilter(next: Filter): void {
    this.filter = next;
    this.url.write({ q: searchText(next), check: checkParam(next) });
    window.scrollTo({ top: 0 });
  }

  private setActive(next: ActiveState | undefined): void {
    if (sameActive(this.active, next)) return;
    this.active = next;
    const id = next === undefined ? undefined : this.doc?.segments[next.segment]?.id;
    this.dispatchEvent(new ActiveChangeEvent(next, id));
  }

  private stateAt(target: EventTarget | null): ActiveState | undefined {
    if (!(target instanceof Element)) return undefined;
    const side = target.closest<HTMLElement>('[data-segment-id]');
    const row = side?.closest<HTMLElement>('[data-index]');
    if (side == null || row == null) return undefined;
    const state: ActiveState = { segment: Number(row.dataset.index) };
    const sentence = target.closest<HTMLElement>('[data-sentence]');
    if (sentence !== null && side.contains(sentence)) state.link = Number(sentence.dataset.link);
    const token = target.closest<HTMLElement>('[data-key]');
    if (token?.dataset.key !== undefined && side.contains(token)) state.key = token.dataset.key;
    return state;
  }

  /** A reading aid's value in force; the layout set from outside wins over the remembered one. */
  private aidValue(aid: ReadingAid): string {
    if (aid === layoutAid && this.layout !== undefined) return this.layout;
    return this.settings.get(aid, this.doc);
  }

  private async copy(pending: string | Promise<string>): Promise<void> {
    const text = await pending;
    if (await copyText(text)) {
      // A link to a document kept only in this browser opens nowhere else: say so when copying.
      if (isLocalDocument()) this.status.show(t('cite.localOnly'), 8000);
      else this.status.show(t('reader.copied'));
      return;
    }
    // No clipboard: show the text selected, to copy by hand.
    this.status.show(copyFallback(text), 10_000);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('.status input')?.focus();
  }

  /**
   * Put keyboard focus in the text, where the reader is looking: the first segment whose top is
   * below the toolbar, else the text region. The URL and the scroll position stay as they are
   * (the app's "Skip to the text" link comes here instead of following `#text`).
   */
  focusText(): void {
    const top = belowToolbar(this.renderRoot.querySelector<HTMLElement>('.toolbar'));
    const sides = this.renderRoot.querySelectorAll<HTMLElement>('.side[data-segment-id]');
    const first = Array.from(sides).find((el) => el.getBoundingClientRect().bottom > top);
    if (first !== undefined) {
      first.focus({ preventScroll: true });
      return;
    }
    const text = this.renderRoot.querySelector<HTMLElement>('#text');
    text?.setAttribute('tabindex', '-1');
    text?.focus({ preventScroll: true });
  }

  // ---- handlers ----

  private readonly onBeforePrint = (): void => {
    // Print every pair, not just the rendered window; render synchronously before the snapshot.
    this.printing = true;
    this.performUpdate();
  };

  private readonly onAfterPrint = (): void => {
    this.printing = false;
  };

  private readonly printMedia = window.matchMedia('print');

  private readonly onPrintMedia = (e: MediaQueryListEvent): void => {
    if (e.matches) this.onBeforePrint();
    else this.onAfterPrint();
  };

  private readonly onPointerOver = (e: PointerEvent): void => {
    const next = this.stateAt(e.target);
    // Between sides (the number, the actions) the last pair stays marked.
    if (next !== undefined) this.setActive(next);
  };

  private readonly onPointerLeave = (e: PointerEvent): void => {
    // A tap is sticky on touch screens: the pointer "leaves" right after every tap.
    if (e.pointerType === 'touch') return;
    this.setActive(this.focusActive);
  };

  private readonly onFocusIn = (e: FocusEvent): void => {
    this.focusActive = this.stateAt(e.composedPath()[0] ?? null);
    this.setActive(this.focusActive);
  };

  private readonly onFocusOut = (e: FocusEvent): void => {
    if (e.relatedTarget instanceof Node && this.renderRoot.contains(e.relatedTarget)) return;
    this.focusActive = undefined;
    if (!this.matches(':hover')) this.setActive(undefined);
  };

  private readonly onClick = (e: MouseEvent): void => {
    const button =
      e.target instanceof Element ? e.target.closest<HTMLElement>('[data-action]') : null;
    const id = button?.dataset.segment;
    const doc = this.doc;
    if (button == null || id === undefined || doc === undefined) return;
    const target = { kind: 'segment', id } as const;
    if (button.dataset.action === 'cite') {
      void openCiteDialog(this.renderRoot, doc, target);
      return;
    }
    void this.copy(
      button.dataset.action === 'copy-link' ? segmentLink(id, doc) : citation(doc, target),
    );
  };

  private readonly onSetFilter = (next: Filter, afterMs = 0): void => {
    clearTimeout(this.filterTimer);
    if (afterMs <= 0) this.applyFilter(next);
    else
      this.filterTimer = setTimeout(() => {
        this.applyFilter(next);
      }, afterMs);
  };

  private readonly onSetAid = (aid: ReadingAid, value: string): void => {
    this.settings.set(aid, value);
    if (aid === layoutAid && isLayout(value)) this.layout = value;
    const left = this.settings.get(swapAid, this.doc);
    this.dispatchEvent(new LayoutChangeEvent(this.layout ?? 'side', left));
  };

  // ---- rendering ----

  /** The pair context: the reader's state, then each reading aid's hook in table order. */
  private pairContext(doc: ParallelText): PairRenderContext {
    let ctx = basePairContext(doc, {
      active: this.active,
      linked: this.linked,
      filter: this.filter,
    });
    for (const aid of AIDS) ctx = aid.pair?.(this.aidValue(aid), ctx, doc, this) ?? ctx;
    // Paper shows both languages of every pair, whatever the layout on screen.
    if (this.printing) ctx = { ...ctx, oneSide: false };
    return ctx;
  }

  private paneContext(doc: ParallelText, pairs: PairRenderContext): PaneContext {
    const ctx: PaneContext = {
      host: this,
      doc,
      filter: this.filter,
      order: pairs.order,
      notice: this.notice,
      status: this.status.message,
      setFilter: this.onSetFilter,
      toolbar: () => [
        ...AIDS.map((aid) =>
          aid.control({
            doc,
            value: this.aidValue(aid),
            host: this,
            set: (value) => {
              this.onSetAid(aid, value);
            },
          }),
        ),
        ...this.renderPlace('toolbar', ctx),
      ],
    };
    return ctx;
  }

  private renderPlace(place: Place, ctx: PaneContext): Renderable[] {
    return PANES.flatMap((p) => (p.place !== 'failed' && p.place === place ? [p.render(ctx)] : []));
  }

  private renderRows(doc: ParallelText, pairs: PairRenderContext): TemplateResult {
    const renderItem = (i: number): TemplateResult => renderPair(pairView(doc, i), pairs);
    const items = shownItems(doc, this.filter);
    if (this.printing) return html`${items.map(renderItem)}`;
    // The layout is given, not left to the virtualizer to load as a separate chunk after start.
    return html`<lit-virtualizer
      .layout=${LAYOUT}
      .items=${items}
      .renderItem=${renderItem}
    ></lit-virtualizer>`;
  }

  override render(): TemplateResult {
    const issues = this.issues;
    if (issues !== undefined)
      return html`${PANES.map((p) => (p.place === 'failed' ? p.render(issues) : nothing))}`;
    const doc = this.doc;
    if (doc === undefined) return html`<p class="loading" role="status">${t('reader.loading')}</p>`;
    const pairs = this.pairContext(doc);
    const ctx = this.paneContext(doc, pairs);
    return html`${this.renderPlace('before', ctx)}
      <div
        id="text"
        @pointerover=${this.onPointerOver}
        @pointerleave=${this.onPointerLeave}
        @focusin=${this.onFocusIn}
        @focusout=${this.onFocusOut}
        @keydown=${this.keys.onKeyDown}
        @click=${this.onClick}
      >
        ${this.renderRows(doc, pairs)}
      </div>
      ${this.renderPlace('after', ctx)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dz-reader': DzReader;
  }
}
