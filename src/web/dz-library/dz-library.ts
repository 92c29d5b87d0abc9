/** `<dz-library>`: the texts in `texts/`, with titles in both languages, date and size. */
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { t } from '../../i18n/i18n.ts';
import type { CatalogueEntry } from '../../model/types.ts';
import type { LocalDocumentSummary } from '../store/documents.ts';

type Row = CatalogueEntry | { file: string; error: string };

function isRow(v: unknown): v is Row {
  return typeof v === 'object' && v !== null && 'file' in v && typeof v.file === 'string';
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
  `;

  /** URL of the catalogue. */
  @property() src = 'texts/index.json';

  @state() private rows: Row[] | undefined;
  @state() private failure: string | undefined;
  /** Documents made on the Import page and kept in this browser. */
  @state() private local: LocalDocumentSummary[] = [];
  /** Why some or all of the documents kept in this browser are not listed. */
  @state() private localProblem: string | undefined;

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

  private renderLocal(): TemplateResult | typeof nothing {
    const problem =
      this.localProblem === undefined
        ? nothing
        : html`<p class="local-problem" role="status">${this.localProblem}</p>`;
    if (this.local.length === 0) return problem;
    return html`<h2>${t('library.local')}</h2>
      ${problem}
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
