/**
 * `<dz-library>`: the texts in `texts/`, with titles in both languages, date and size, and the
 * documents kept in this browser, each of which can be reopened in the editor or deleted (both
 * asked about first, in the row itself).
 */
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { interfaceSide, t } from '../../i18n/i18n.ts';
import type { CatalogueEntry } from '../../model/types.ts';
import type { LocalDocumentSummary } from '../store/documents.ts';

type Row = CatalogueEntry | { file: string; error: string };

function isRow(v: unknown): v is Row {
  return typeof v === 'object' && v !== null && 'file' in v && typeof v.file === 'string';
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

@customElement('dz-library')
export class DzLibrary extends LitElement {
  static override styles = css`
    :host {
      display: block;
      max-width: 56rem;
      margin: 0 auto;
      padding: 1.5rem 1rem 4rem;
    }
    h2 {
      font-size: 1.05rem;
      font-weight: 600;
      margin-top: 2rem;
    }
    h1 {
      font-size: 1.3rem;
      font-weight: 600;
    }
    ul {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    li {
      border-top: 1px solid var(--dz-rule, #e4ded2);
    }
    a {
      display: block;
      padding: 1rem 0.5rem;
      color: inherit;
      text-decoration: none;
      border-radius: 6px;
    }
    a:hover,
    a:focus-visible {
      background: var(--dz-pair, #f3eee2);
    }
    a:focus-visible {
      outline: 2px solid var(--dz-accent, #9c2f1f);
    }
    .title {
      display: block;
    }
    .title:lang(zh) {
      font-family: 'Songti SC', 'Noto Serif CJK SC', 'Source Han Serif SC', serif;
      font-size: 1.2rem;
      line-height: 1.7;
    }
    .title:not(:lang(zh)) {
      font-family: 'Iowan Old Style', 'Charter', Georgia, serif;
      font-size: 1.05rem;
    }
    .meta,
    .status {
      color: var(--dz-muted, #6b655c);
      font-size: 0.88rem;
    }
    .error {
      color: var(--dz-accent, #9c2f1f);
    }
    .local li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
    }
    .local li > a {
      flex: 1 1 18rem;
      min-width: 0;
    }
    .row-actions,
    .ask {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      padding: 0 0.5rem 0.5rem;
    }
    .ask {
      flex-basis: 100%;
    }
    .ask p {
      margin: 0;
      flex-basis: 100%;
    }
    button {
      font: inherit;
      font-size: 0.88rem;
      color: inherit;
      background: transparent;
      border: 1px solid var(--dz-rule, #e4ded2);
      border-radius: 6px;
      padding: 0.25rem 0.7rem;
      cursor: pointer;
    }
    button.yes {
      border-color: var(--dz-accent, #9c2f1f);
      color: var(--dz-accent, #9c2f1f);
    }
    button:focus-visible {
      outline: 2px solid var(--dz-accent, #9c2f1f);
      outline-offset: 2px;
    }
  `;

  /** URL of the catalogue. */
  @property() src = 'texts/index.json';

  @state() private rows: Row[] | undefined;
  @state() private failure: string | undefined;
  /** Documents made on the Import page and kept in this browser. */
  @state() private local: LocalDocumentSummary[] = [];
  /** Why some or all of the documents kept in this browser are not listed. */
  @state() private localProblem: string | undefined;
  /** The kept document whose deletion or reopening is being asked about. */
  @state() private asking: { id: string; kind: 'delete' | 'edit' } | undefined;
  /** What the last action on a kept document came to. */
  @state() private said: string | undefined;

  private readonly i18n = new I18nController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
    void this.loadLocal();
  }

  private async loadLocal(): Promise<void> {
    try {
      const { listLocalDocumentsChecked } = await import('../store/documents.ts');
      const { documents, unreadable } = await listLocalDocumentsChecked();
      this.local = documents;
      this.localProblem =
        unreadable === 0 ? undefined : t('web.storageUnreadable', { count: unreadable });
    } catch (err) {
      // No IndexedDB (private modes, sandboxed frames) or a database this build cannot open.
      this.local = [];
      this.localProblem =
        typeof indexedDB === 'undefined'
          ? undefined
          : t('web.storageFailed', { error: err instanceof Error ? err.message : String(err) });
    }
  }

  private async load(): Promise<void> {
    try {
      const response = await fetch(this.src);
      if (!response.ok) throw new Error(`HTTP ${String(response.status)}`);
      const body: unknown = await response.json();
      const texts =
        typeof body === 'object' && body !== null && 'texts' in body && Array.isArray(body.texts)
          ? (body.texts as unknown[])
          : [];
      this.rows = texts.filter(isRow);
    } catch (err) {
      this.failure = err instanceof Error ? err.message : String(err);
    }
  }

  private renderRow(row: Row): TemplateResult {
    const id = row.file.replace(/\.json$/, '');
    if ('error' in row) {
      return html`<li>
        <a href=${`?doc=${encodeURIComponent(id)}`}
          ><span class="title">${row.file}</span
          ><span class="error">${t('library.invalid', { error: row.error })}</span></a
        >
      </li>`;
    }
    return html`<li>
      <a href=${`?doc=${encodeURIComponent(id)}`} data-doc=${row.id}>
        ${row.languages.map((l) => html`<span class="title" lang=${l}>${row.title[l]}</span>`)}
        <span class="meta"
          ><time datetime=${row.date}>${row.date}</time> · ${row.languages.join(' / ')} ·
          ${t('library.segments', { count: row.segmentCount })}</span
        >
      </a>
    </li>`;
  }

  /** A kept document's title in the interface's language (else its first). */
  private titleOf(d: LocalDocumentSummary): string {
    const langs = Object.keys(d.title);
    const [a, b] = [langs[0] ?? '', langs[1] ?? langs[0] ?? ''];
    return d.title[interfaceSide([a, b])] ?? '';
  }

  private async focusAfterRender(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private readonly onDelete = (d: LocalDocumentSummary): void => {
    this.said = undefined;
    this.asking = { id: d.id, kind: 'delete' };
    void this.focusAfterRender('.ask button.no');
  };

  private readonly onEdit = async (d: LocalDocumentSummary): Promise<void> => {
    this.said = undefined;
    const { editorHasWork } = await import('./local-actions.ts');
    if (await editorHasWork()) {
      this.asking = { id: d.id, kind: 'edit' };
      void this.focusAfterRender('.ask button.no');
    } else await this.reopen(d);
  };

  private async reopen(d: LocalDocumentSummary): Promise<void> {
    try {
      const { reopenInEditor } = await import('./local-actions.ts');
      const href = await reopenInEditor(d.id);
      if (href === undefined) throw new Error(t('layout.localMissing', { id: `local:${d.id}` }));
      window.location.assign(href);
    } catch (err) {
      this.asking = undefined;
      this.said = t('layout.editFailed', { title: this.titleOf(d), error: messageOf(err) });
    }
  }

  private async deleteKept(d: LocalDocumentSummary): Promise<void> {
    const title = this.titleOf(d);
    try {
      const { deleteKept } = await import('./local-actions.ts');
      await deleteKept(d.id);
      this.said = t('layout.deleted', { title });
    } catch (err) {
      this.said = t('layout.deleteFailed', { title, error: messageOf(err) });
    }
    this.asking = undefined;
    await this.loadLocal();
    void this.focusAfterRender('.local-said');
  }

  private readonly onKeep = (): void => {
    const id = this.asking?.id;
    this.asking = undefined;
    if (id !== undefined) void this.focusAfterRender(`button[data-delete="${CSS.escape(id)}"]`);
  };

  private renderAsk(d: LocalDocumentSummary): TemplateResult | typeof nothing {
    const asking = this.asking;
    if (asking?.id !== d.id) return nothing;
    const title = this.titleOf(d);
    const edit = asking.kind === 'edit';
    return html`<div class="ask" role="group" aria-labelledby="ask-question">
      <p id="ask-question">
        ${edit ? t('layout.editReplace', { title }) : t('layout.deleteConfirm', { title })}
      </p>
      <button
        type="button"
        class="yes"
        @click=${() => void (edit ? this.reopen(d) : this.deleteKept(d))}
      >
        ${edit ? t('layout.editYes') : t('layout.deleteYes')}
      </button>
      <button type="button" class="no" @click=${this.onKeep}>${t('layout.deleteNo')}</button>
    </div>`;
  }

  private renderLocal(): TemplateResult | typeof nothing {
    const problem =
      this.localProblem === undefined
        ? nothing
        : html`<p class="local-problem" role="status">${this.localProblem}</p>`;
    const said =
      this.said === undefined
        ? nothing
        : html`<p class="local-said" role="status" tabindex="-1">${this.said}</p>`;
    if (this.local.length === 0) return html`${problem}${said}`;
    return html`<h2>${t('library.local')}</h2>
      ${problem}${said}
      <ul class="local">
        ${this.local.map(
          (d) =>
            html`<li>
              <a href=${`?doc=local:${encodeURIComponent(d.id)}`} data-doc=${`local:${d.id}`}>
                ${Object.entries(d.title).map(([l, title]) => html`<span class="title" lang=${l}>${title}</span>`)}
                <span class="meta"
                  ><time datetime=${d.date}>${d.date}</time> ·
                  ${t('library.segments', { count: d.segmentCount })}</span
                >
              </a>
              <span class="row-actions">
                <button type="button" data-edit=${d.id} @click=${() => void this.onEdit(d)}>
                  ${t('layout.edit')}
                </button>
                <button
                  type="button"
                  data-delete=${d.id}
                  @click=${() => {
                    this.onDelete(d);
                  }}
                >
                  ${t('layout.delete')}
                </button>
              </span>
              ${this.renderAsk(d)}
            </li>`,
        )}
      </ul>`;
  }

  override render(): TemplateResult {
    return html`<h1>${t('library.heading')}</h1>
      ${
        this.failure !== undefined
          ? html`<p class="status error" role="alert">
              ${t('library.failed', { error: this.failure })}
            </p>`
          : this.rows === undefined
            ? html`<p class="status" role="status">${t('library.loading')}</p>`
            : this.rows.length === 0
              ? html`<p class="status">${t('library.empty')}</p>`
              : html`<ul>
                  ${this.rows.map((r) => this.renderRow(r))}
                </ul>`
      }
      ${this.renderLocal()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dz-library': DzLibrary;
  }
}
