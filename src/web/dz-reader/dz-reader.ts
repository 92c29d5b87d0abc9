/**
 * `<dz-reader src="texts/x.json">`: a parallel text, side by side, with hover alignment at the
 * level of the pair, the sentence and the figure or term, and permalinks to segments. It owns
 * what is active; rows are template functions rendered by a virtualizer, so only what is on
 * screen is rendered and analysed.
 */
import '@lit-labs/virtualizer';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import type { LitVirtualizer } from '@lit-labs/virtualizer/LitVirtualizer.js';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { currentLanguage, t } from '../../i18n/i18n.ts';
import { checkDocument, segmentIndex } from '../../model/document.ts';
import { pairView, unmatchedFigures } from '../../model/pair.ts';
import { makeQuery, searchSegments, type SearchQuery } from '../../model/search.ts';
import { isChinese, type CrossRef, type Issue, type ParallelText } from '../../model/types.ts';
import { formatIssue, parseDocument } from '../../model/validate.ts';
import {
  ActiveChangeEvent,
  DocumentErrorEvent,
  DocumentLoadEvent,
  LayoutChangeEvent,
  LAYOUTS,
  type ActiveState,
  type Layout,
} from '../events.ts';
import { SettingsController } from '../settings-controller.ts';
import { themeStyles } from '../theme.ts';
import { readerStyles } from './dz-reader.styles.ts';
import { renderPair, type PairRenderContext } from './render-pair.ts';

type NumberedRef = CrossRef & { number: number };

interface RefIndex {
  from: Map<string, NumberedRef[]>;
  to: Map<string, NumberedRef[]>;
}

function sameActive(a: ActiveState | undefined, b: ActiveState | undefined): boolean {
  return a?.segment === b?.segment && a?.link === b?.link && a?.key === b?.key;
}

/** Parse `#id` or `#id..id` into a range of segment indices. */
export function parseSegmentHash(
  doc: ParallelText,
  hash: string,
): { range?: [number, number]; missing?: string } {
  const raw = decodeURIComponent(hash.replace(/^#/, ''));
  if (raw === '') return {};
  const [fromId = '', toId] = raw.split('..');
  const from = segmentIndex(doc, fromId);
  const to = toId === undefined ? from : segmentIndex(doc, toId);
  if (from === undefined) return { missing: fromId };
  if (to === undefined) return { missing: toId ?? '' };
  return { range: [Math.min(from, to), Math.max(from, to)] };
}

@customElement('dz-reader')
export class DzReader extends LitElement {
  static override styles = [themeStyles, readerStyles];

  /** URL of a document in the duizhao JSON format. */
  @property() src: string | undefined;

  /** A document given directly (instead of `src`); it is validated like a fetched one. */
  @property({ attribute: false }) text: unknown;

  /** Keep layout and side order in the page URL's query (the app does; an embed need not). */
  @property({ type: Boolean, attribute: 'url-state' }) urlState = false;

  /** Figure check: show only pairs with figures that lack a counterpart, and flag those. */
  @property({ type: Boolean, reflect: true }) checking = false;

  /** The layout in force, reflected for styling: side, stacked or single. */
  @property({ reflect: true }) layout: Layout = 'side';

  @state() private doc: ParallelText | undefined;
  @state() private issues: readonly Issue[] | undefined;
  @state() private active: ActiveState | undefined;
  @state() private linked: [number, number] | undefined;
  @state() private notice: string | undefined;
  @state() private status: TemplateResult | string = '';
  @state() private printing = false;
  /** What the reader typed in the search box; non-empty shows only the pairs that match. */
  @state() private query = '';

  @query('lit-virtualizer') private virtualizer!: LitVirtualizer | null;

  private readonly settings = new SettingsController(this, () => this.urlState);
  private readonly i18n = new I18nController(this);
  private refs: RefIndex = { from: new Map(), to: new Map() };
  /** The state focus alone would give; hover overrides it while the pointer is over a side. */
  private focusActive: ActiveState | undefined;
  private statusTimer: ReturnType<typeof setTimeout> | undefined;
  private loadToken = 0;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private found:
    | { doc: ParallelText; typed: string; query: SearchQuery | undefined; hits: number[] }
    | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.urlState) this.query = new URL(window.location.href).searchParams.get('q') ?? '';
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src !== undefined && this.text === undefined)
      void this.load(this.src);
    if (changed.has('text') && this.text !== undefined)
      this.accept(this.text, this.src ?? 'document');
    this.layout = this.settings.layout;
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
    await this.scrollToIndex(index);
  }

  private async load(src: string): Promise<void> {
    const token = ++this.loadToken;
    this.doc = undefined;
    this.issues = undefined;
    try {
      const response = await fetch(src);
      if (!response.ok) throw new Error(`HTTP ${String(response.status)} ${response.statusText}`);
      const body = await response.text();
      performance.mark('dz-reader:fetched');
      if (token !== this.loadToken) return;
      const parsed = parseDocument(body, src);
      performance.mark('dz-reader:parsed');
      this.show(
        parsed.ok ? parsed.value : undefined,
        parsed.ok ? checkDocument(parsed.value, src) : parsed.issues,
      );
    } catch (err) {
      if (token !== this.loadToken) return;
      const message = err instanceof Error ? err.message : String(err);
      this.show(undefined, [
        { code: 'fetch', message: t('errors.fetch', { src, error: message }), file: src },
      ]);
    }
  }

  private accept(value: unknown, file: string): void {
    // Through JSON even for an object: the reader freezes its document, and it freezes a copy,
    // never the caller's object.
    const parsed =
      typeof value === 'string'
        ? parseDocument(value, file)
        : parseDocument(JSON.stringify(value), file);
    this.show(
      parsed.ok ? parsed.value : undefined,
      parsed.ok ? checkDocument(parsed.value, file) : parsed.issues,
    );
  }

  private show(doc: ParallelText | undefined, issues: readonly Issue[]): void {
    if (doc === undefined || issues.length > 0) {
      this.doc = undefined;
      this.issues = issues;
      this.dispatchEvent(new DocumentErrorEvent(issues));
      return;
    }
    this.issues = undefined;
    this.refs = indexRefs(doc);
    this.active = undefined;
    this.doc = doc;
    if (this.settings.left === undefined || !doc.languages.includes(this.settings.left))
      this.settings.left = doc.languages[0];
    this.dispatchEvent(new DocumentLoadEvent(doc));
  }

  // ---- handlers ----

  private readonly onHashChange = (): void => {
    this.applyHash(false);
  };

  private readonly onBeforePrint = (): void => {
    // Print every pair, not just the rendered window; render synchronously before the snapshot.
    this.printing = true;
    this.performUpdate();
  };

  private readonly onAfterPrint = (): void => {
    this.printing = false;
  };

  private applyHash(initial: boolean): void {
    const doc = this.doc;
    if (doc === undefined) return;
    const { range, missing } = parseSegmentHash(doc, window.location.hash);
    this.notice = missing === undefined ? undefined : t('reader.notFound', { id: missing });
    this.linked = range;
    if (range !== undefined) void this.scrollToIndex(range[0]);
    else if (!initial) window.scrollTo({ top: 0 });
  }

  private async scrollToIndex(index: number): Promise<void> {
    // A link to a pair the search or the figure check hides shows all pairs again.
    if (this.position(index) < 0) {
      this.checking = false;
      this.setQuery('');
    }
    await this.updateComplete;
    const v = this.virtualizer;
    if (v === null) {
      this.renderRoot
        .querySelector(`[data-index="${String(index)}"]`)
        ?.scrollIntoView({ block: 'start' });
      return;
    }
    // The virtualizer loads its layout asynchronously; scrolling before that fails inside it.
    await v.updateComplete;
    await settled(v.layoutComplete);
    v.element(this.position(index))?.scrollIntoView({ block: 'start' });
    await settled(v.layoutComplete);
    // The sticky toolbar would cover the row's top: leave room for it.
    const toolbar = this.renderRoot.querySelector('.toolbar');
    const row = this.renderRoot.querySelector(`[data-index="${String(index)}"]`);
    if (toolbar !== null && row !== null) {
      const overlap = toolbar.getBoundingClientRect().bottom - row.getBoundingClientRect().top;
      if (overlap > 0) window.scrollBy({ top: -overlap - 8 });
    }
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

  private setActive(next: ActiveState | undefined): void {
    if (sameActive(this.active, next)) return;
    this.active = next;
    const id = next === undefined ? undefined : this.doc?.segments[next.segment]?.id;
    this.dispatchEvent(new ActiveChangeEvent(next, id));
  }

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
    if (button == null || id === undefined) return;
    if (button.dataset.action === 'copy-link') void this.copy(this.permalink(id));
    else void this.copy(this.citation(id));
  };

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    const here = e.composedPath()[0];
    if (!(here instanceof HTMLElement)) return;
    const side = here.closest<HTMLElement>('[data-segment-id]');
    const row = side?.closest<HTMLElement>('[data-index]');
    if (side == null || row == null) return;
    const index = Number(row.dataset.index);
    const sideNo = side.dataset.side ?? '0';
    const stops = [...side.querySelectorAll<HTMLElement>('[data-sentence], [data-key]')];
    const at = stops.indexOf(here);
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp':
      case 'Home':
      case 'End': {
        // Move among the pairs shown: all of them, or the search's hits.
        const shown = this.doc === undefined ? [] : this.items(this.doc);
        const at = this.position(index);
        const to =
          e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? shown.length - 1
              : at + (e.key === 'ArrowDown' ? 1 : -1);
        const target = shown[to];
        if (target === undefined) return;
        e.preventDefault();
        void this.focusSide(target, sideNo);
        break;
      }
      case 'ArrowRight':
      case 'ArrowLeft': {
        const next = stops[e.key === 'ArrowRight' ? at + 1 : at < 0 ? stops.length - 1 : at - 1];
        if (next === undefined) return;
        e.preventDefault();
        next.focus();
        break;
      }
      case 'Enter':
      case ' ': {
        const other = this.counterpartOf(row, side, here);
        if (other == null) return;
        e.preventDefault();
        other.focus();
        break;
      }
      case 'Escape':
        if (here === side) return;
        e.preventDefault();
        side.focus();
        break;
      default:
    }
  };

  private counterpartOf(
    row: HTMLElement,
    side: HTMLElement,
    here: HTMLElement,
  ): HTMLElement | null {
    const other = [...row.querySelectorAll<HTMLElement>('[data-segment-id]')].find(
      (s) => s !== side,
    );
    if (other === undefined) return null;
    if (here.dataset.key !== undefined)
      return (
        other.querySelector<HTMLElement>(`[data-key="${CSS.escape(here.dataset.key)}"]`) ?? other
      );
    if (here.dataset.link !== undefined)
      return (
        other.querySelector<HTMLElement>(`[data-link="${CSS.escape(here.dataset.link)}"]`) ?? other
      );
    return other;
  }

  private async focusSide(index: number, sideNo: string): Promise<void> {
    const find = (): HTMLElement | null =>
      this.renderRoot.querySelector<HTMLElement>(
        `[data-index="${String(index)}"] [data-side="${sideNo}"]`,
      );
    let el = find();
    if (el === null) {
      this.virtualizer?.element(this.position(index))?.scrollIntoView({ block: 'nearest' });
      await settled(this.virtualizer?.layoutComplete);
      el = find();
    }
    el?.focus();
    el?.scrollIntoView({ block: 'nearest' });
  }

  private readonly onSearchInput = (e: InputEvent): void => {
    const value = (e.target as HTMLInputElement).value;
    // Wait for a pause in typing: each search reads the whole document.
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      this.setQuery(value);
    }, 150);
  };

  private readonly onSearchKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') this.setQuery('');
    if (e.key === 'Enter') {
      clearTimeout(this.searchTimer);
      this.setQuery((e.target as HTMLInputElement).value);
    }
  };

  private readonly onCheckFigures = (): void => {
    this.checking = !this.checking;
    if (this.checking) this.setQuery('');
    window.scrollTo({ top: 0 });
  };

  private setQuery(value: string): void {
    this.query = value;
    if (value.trim() !== '') this.checking = false;
    const input = this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]');
    if (input !== null && input.value !== value) input.value = value;
    if (this.urlState) {
      const url = new URL(window.location.href);
      if (value.trim() === '') url.searchParams.delete('q');
      else url.searchParams.set('q', value);
      history.replaceState(history.state, '', url);
    }
    window.scrollTo({ top: 0 });
  }

  private readonly onLayout = (layout: Layout): void => {
    this.settings.setLayout(layout);
    this.dispatchEvent(new LayoutChangeEvent(layout, this.leftLang()));
  };

  private readonly onSwap = (): void => {
    const doc = this.doc;
    if (doc === undefined) return;
    const [a, b] = doc.languages;
    this.settings.setLeft(this.leftLang() === a ? b : a);
    this.dispatchEvent(new LayoutChangeEvent(this.settings.layout, this.leftLang()));
  };

  // ---- helpers ----

  /** The search in force and the segments it found (computed once per document and query). */
  private search(doc: ParallelText): { query: SearchQuery | undefined; hits: number[] } {
    if (this.found?.doc !== doc || this.found.typed !== this.query) {
      const query = makeQuery(doc, this.query);
      this.found = {
        doc,
        typed: this.query,
        query,
        hits: query === undefined ? [] : searchSegments(doc, query),
      };
    }
    return this.found;
  }

  /** The segment indices the virtualizer shows: all of them, or the search's hits. */
  private items(doc: ParallelText): number[] {
    if (this.checking) return this.unmatched(doc).map((u) => u.index);
    const { query, hits } = this.search(doc);
    return query === undefined ? indexList(doc) : hits;
  }

  private unmatchedCache:
    { doc: ParallelText; found: { index: number; count: number }[] } | undefined;
  /** Pairs with figures that lack a counterpart (reads every pair once, on demand). */
  private unmatched(doc: ParallelText): { index: number; count: number }[] {
    if (this.unmatchedCache?.doc !== doc)
      this.unmatchedCache = { doc, found: unmatchedFigures(doc) };
    return this.unmatchedCache.found;
  }

  /** Where a segment stands among the shown items, or -1 when it is filtered out. */
  private position(index: number): number {
    const doc = this.doc;
    if (doc === undefined) return -1;
    if (this.checking) return this.items(doc).indexOf(index);
    const { query, hits } = this.search(doc);
    return query === undefined ? index : hits.indexOf(index);
  }

  private leftLang(): string {
    return this.settings.left ?? this.doc?.languages[0] ?? '';
  }

  /** The link to a segment: this page's URL with `#<segment-id>`. */
  permalink(id: string): string {
    const url = new URL(window.location.href);
    url.hash = id;
    return url.toString();
  }

  private citation(id: string): string {
    const doc = this.doc;
    if (doc === undefined) return '';
    const index = segmentIndex(doc, id) ?? 0;
    const titleLang = uiSide(doc);
    return t('reader.citation', {
      title: doc.title[titleLang] ?? '',
      date: doc.date,
      number: index + 1,
      id,
      url: this.permalink(id),
    });
  }

  private async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.flash(t('reader.copied'));
    } catch {
      // No clipboard (permissions, insecure origin): show the text selected, to copy by hand.
      this.flash(
        html`${t('reader.copyFailed')}
          <input
            readonly
            .value=${text}
            @focus=${(e: FocusEvent) => {
              (e.target as HTMLInputElement).select();
            }}
          />`,
        10_000,
      );
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('.status input')?.focus();
    }
  }

  private flash(message: TemplateResult | string, ms = 2000): void {
    this.status = message;
    clearTimeout(this.statusTimer);
    this.statusTimer = setTimeout(() => (this.status = ''), ms);
  }

  private context(doc: ParallelText): PairRenderContext {
    const order: [0 | 1, 0 | 1] = this.leftLang() === doc.languages[1] ? [1, 0] : [0, 1];
    const notes = new Map((doc.glossary ?? []).map((g) => [`term:${g.id}`, g.note]));
    const { query } = this.search(doc);
    const linked = this.linked;
    return {
      order,
      layout: this.settings.layout,
      active: this.active,
      linked: (i) => linked !== undefined && i >= linked[0] && i <= linked[1],
      refsFrom: (id) => this.refs.from.get(id) ?? [],
      refsTo: (id) => this.refs.to.get(id) ?? [],
      termNote: (key) => notes.get(key),
      termForms: (key) => {
        const entry = doc.glossary?.find((g) => `term:${g.id}` === key);
        if (entry === undefined) return [];
        return doc.languages.flatMap((l) => {
          const form = entry.terms[l]?.[0];
          return form === undefined ? [] : [[l, form] as const];
        });
      },
      hits: (lang) => query?.forms[lang],
      label: {
        actions: (number) => t('reader.segmentActions', { number }),
        copyLink: t('reader.copyLink'),
        copyCitation: t('reader.copyCitation'),
        note: t('reader.note'),
        seeAlso: t('reader.seeAlso'),
        referredFrom: t('reader.referredFrom'),
        emptySide: t('reader.emptySide'),
        unmatched: t('reader.unmatched'),
      },
    };
  }

  // ---- rendering ----

  private renderErrors(issues: readonly Issue[]): TemplateResult {
    return html`<section class="error-panel" role="alert" aria-labelledby="error-heading">
      <h2 id="error-heading">${t('errors.heading')}</h2>
      <p>${t('errors.intro')}</p>
      <ul>
        ${issues.map((i) => html`<li>${formatIssue(i)}</li>`)}
      </ul>
      <slot name="error-actions"></slot>
    </section>`;
  }

  private renderHeader(doc: ParallelText): TemplateResult {
    const [a, b] = doc.languages;
    const left = this.leftLang();
    const withNote = doc.languages.filter((l) => doc.editionNote?.[l] !== undefined);
    const noteLang = withNote.includes(uiSide(doc)) ? uiSide(doc) : withNote[0];
    return html`<header class="doc">
      <h1>
        ${[left, left === a ? b : a].map((l) => html`<span class="title" lang=${l}>${doc.title[l]}</span>`)}
      </h1>
      <p class="meta">
        <time datetime=${doc.date}>${doc.date}</time> ·
        ${t('reader.segmentCount', { count: doc.segments.length })}
      </p>
      ${
        // Where the text comes from is said up front, in the reader's language; the rest of the
        // provenance is a click away.
        noteLang === undefined
          ? nothing
          : html`<p class="edition-note" lang=${noteLang}>${doc.editionNote?.[noteLang]}</p>`
      }
      <details class="provenance">
        <summary>${t('reader.provenance')}</summary>
        ${doc.languages.map((l) => {
          const note = doc.editionNote?.[l];
          return note === undefined || l === noteLang
            ? nothing
            : html`<p class="edition-note" lang=${l}>${note}</p>`;
        })}
        ${doc.languages.map((l) => {
          const p = doc.provenance[l];
          return p === undefined
            ? nothing
            : html`<dl lang=${l}>
                <dt>${l}</dt>
                <dd>${p.by} (${p.role})</dd>
                <dt></dt>
                <dd>${p.source}</dd>
                ${
                  p.edition === undefined
                    ? nothing
                    : html`<dt></dt>
                        <dd>${p.edition}</dd>`
                }
                <dt></dt>
                <dd>${p.licence}</dd>
              </dl>`;
        })}
      </details>
      ${
        doc.glossary === undefined || doc.glossary.length === 0
          ? nothing
          : html`<details class="glossary">
              <summary>${t('reader.glossary')}</summary>
              <dl>
                ${doc.glossary.map(
                  (g) =>
                    html`<dt lang=${a}>${(g.terms[a] ?? []).join(' / ')}</dt>
                      <dd lang=${b}>${(g.terms[b] ?? []).join(' / ')}</dd>
                      <dd>${g.note ?? ''}</dd>`,
                )}
              </dl>
            </details>`
      }
    </header>`;
  }

  private renderToolbar(doc: ParallelText): TemplateResult {
    const names: Record<Layout, string> = {
      side: t('reader.layoutSide'),
      stacked: t('reader.layoutStacked'),
      single: t('reader.layoutSingle'),
    };
    const layout = this.settings.layout;
    const left = this.leftLang();
    return html`<div class="toolbar" role="toolbar" aria-label=${t('reader.layout')}>
      <span class="label" id="layout-label">${t('reader.layout')}</span>
      <span class="group" role="group" aria-labelledby="layout-label">
        ${LAYOUTS.map(
          (l) =>
            html`<button
              type="button"
              data-layout=${l}
              aria-pressed=${layout === l ? 'true' : 'false'}
              @click=${() => {
                this.onLayout(l);
              }}
            >
              ${names[l]}
            </button>`,
        )}
      </span>
      <button type="button" class="swap" @click=${this.onSwap} title=${t('reader.swap')}>
        ${t('reader.swap')} (<span lang=${left}>${left}</span>)
      </button>
      ${this.renderSearch(doc)} ${this.renderFigureCheck(doc)}
      <span class="hint">${t('reader.keyboardHelp')}</span>
      <span class="visually-hidden">${doc.languages.join(' / ')}</span>
    </div>`;
  }

  private renderSearch(doc: ParallelText): TemplateResult {
    const { query, hits } = this.search(doc);
    const term = doc.glossary?.find((g) => g.id === query?.glossaryId);
    return html`<span class="search" role="search">
      <label for="search" class="visually-hidden">${t('reader.search')}</label>
      <input
        id="search"
        type="search"
        placeholder=${t('reader.searchPlaceholder')}
        title=${t('reader.search')}
        .value=${this.query}
        @input=${this.onSearchInput}
        @keydown=${this.onSearchKey}
      />
      ${
        query === undefined
          ? nothing
          : html`<span class="results" role="status"
                >${t('reader.searchResults', { count: hits.length })}
                ${
                  term === undefined
                    ? nothing
                    : t('reader.searchTerm', {
                        term: doc.languages.map((l) => term.terms[l]?.[0] ?? '').join(' / '),
                      })
                }</span
              >
              <button
                type="button"
                class="clear"
                @click=${() => {
                  this.setQuery('');
                }}
              >
                ${t('reader.clearSearch')}
              </button>`
      }
    </span>`;
  }

  private renderFigureCheck(doc: ParallelText): TemplateResult {
    const found = this.checking ? this.unmatched(doc) : [];
    const count = found.reduce((n, u) => n + u.count, 0);
    return html`<button
        type="button"
        class="check-figures"
        aria-pressed=${this.checking ? 'true' : 'false'}
        @click=${this.onCheckFigures}
      >
        ${t('reader.checkFigures')}
      </button>
      ${
        this.checking
          ? html`<span class="results" role="status"
              >${count === 0 ? t('reader.figuresAllMatched') : t('reader.figuresMissing', { count, pairs: found.length })}</span
            >`
          : nothing
      }`;
  }

  private renderRows(doc: ParallelText): TemplateResult {
    const ctx = this.context(doc);
    const renderItem = (i: number): TemplateResult => renderPair(pairView(doc, i), ctx);
    if (this.printing) return html`${this.items(doc).map(renderItem)}`;
    // The layout is given, not left to the virtualizer to load as a separate chunk after start.
    return html`<lit-virtualizer
      .layout=${LAYOUT}
      .items=${this.items(doc)}
      .renderItem=${renderItem}
    ></lit-virtualizer>`;
  }

  override render(): TemplateResult {
    if (this.issues !== undefined) return this.renderErrors(this.issues);
    const doc = this.doc;
    if (doc === undefined) return html`<p class="loading" role="status">${t('reader.loading')}</p>`;
    return html`${this.renderHeader(doc)} ${this.renderToolbar(doc)}
      ${this.notice === undefined ? nothing : html`<p class="notice" role="status">${this.notice}</p>`}
      <main
        id="text"
        @pointerover=${this.onPointerOver}
        @pointerleave=${this.onPointerLeave}
        @focusin=${this.onFocusIn}
        @focusout=${this.onFocusOut}
        @keydown=${this.onKeyDown}
        @click=${this.onClick}
      >
        ${this.renderRows(doc)}
      </main>
      <div class="status" role="status" aria-live="polite">${this.status}</div>`;
  }
}

/** The document language that matches the interface language (Chinese or not). */
function uiSide(doc: ParallelText): string {
  const chineseUi = currentLanguage().startsWith('zh');
  return doc.languages.find((l) => isChinese(l) === chineseUi) ?? doc.languages[0];
}

/** Wait for a layout to finish, or a short while when none is pending (its promise may never settle). */
function settled(done: Promise<void> | undefined): Promise<void> {
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, 250));
  return Promise.race([done?.catch(() => undefined) ?? Promise.resolve(), timeout]);
}

const LAYOUT = flow({ direction: 'vertical' });

const indexLists = new WeakMap<ParallelText, number[]>();
/** The virtualizer's items: segment indices, one array per document. */
function indexList(doc: ParallelText): number[] {
  let list = indexLists.get(doc);
  if (list === undefined) {
    list = doc.segments.map((_, i) => i);
    indexLists.set(doc, list);
  }
  return list;
}

function indexRefs(doc: ParallelText): RefIndex {
  const from = new Map<string, NumberedRef[]>();
  const to = new Map<string, NumberedRef[]>();
  for (const ref of doc.crossRefs ?? []) {
    const toNo = (segmentIndex(doc, ref.to) ?? 0) + 1;
    const fromNo = (segmentIndex(doc, ref.from) ?? 0) + 1;
    from.set(ref.from, [...(from.get(ref.from) ?? []), { ...ref, number: toNo }]);
    to.set(ref.to, [...(to.get(ref.to) ?? []), { ...ref, number: fromNo }]);
  }
  return { from, to };
}

declare global {
  interface HTMLElementTagNameMap {
    'dz-reader': DzReader;
  }
}
