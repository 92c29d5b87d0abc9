/**
 * `<dz-app>`: the shell. Routes by the query (`?doc=<id>`, `?view=import`, else the library),
 * hosts the interface-language switch, and keeps the reader's settings in the URL.
 */
import { css, html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { currentLanguage, setLanguage, t } from '../../i18n/i18n.ts';
import { INTERFACE_LANGUAGES, type InterfaceLanguage } from '../../i18n/types.ts';
import '../dz-library/dz-library.ts';
import { themeStyles } from '../theme.ts';
import { DzReader } from '../dz-reader/dz-reader.ts';
import { readUrlState, writeUrlState } from '../url-state.ts';

const LOCAL = 'local:';

interface Route {
  view: 'library' | 'reader' | 'import';
  doc?: string;
}

function currentRoute(): Route {
  const { view, doc } = readUrlState();
  if (view === 'import') return { view: 'import' };
  if (doc !== undefined && doc !== '') return { view: 'reader', doc };
  return { view: 'library' };
}

@customElement('dz-app')
export class DzApp extends LitElement {
  static override styles = [
    themeStyles,
    css`
      :host {
        display: block;
        min-height: 100vh;
      }
      .bar {
        display: flex;
        gap: 1rem;
        align-items: center;
        padding: 0.5rem 1rem;
        border-bottom: 1px solid var(--dz-rule);
        font-size: 0.92rem;
      }
      .brand {
        font-weight: 700;
        color: var(--dz-accent);
        text-decoration: none;
        font-size: 1.05rem;
      }
      .brand span {
        color: var(--dz-muted);
        font-weight: 400;
        margin-left: 0.4rem;
      }
      nav {
        display: flex;
        gap: 0.75rem;
        flex: 1;
      }
      nav a {
        color: inherit;
      }
      label {
        color: var(--dz-muted);
      }
      select {
        font: inherit;
        color: inherit;
        background: transparent;
        border: 1px solid var(--dz-rule);
        border-radius: 4px;
        padding: 0.1rem 0.3rem;
      }
      .skip {
        font: inherit;
        color: inherit;
        border: 1px solid var(--dz-rule);
        border-radius: 4px;
        /* Fixed, so that focusing it on a deep permalink does not scroll the page to the top. */
        position: fixed;
        z-index: 10;
        left: -999px;
      }
      .skip:focus {
        left: 1rem;
        top: 0.5rem;
        background: var(--dz-bg);
        padding: 0.25rem 0.5rem;
      }
      :focus-visible {
        outline: 2px solid var(--dz-accent);
        outline-offset: 2px;
      }
      @media (max-width: 480px) {
        /* A phone: the language switch wraps to a second line instead of widening the page. */
        .bar {
          flex-wrap: wrap;
          row-gap: 0.25rem;
        }
      }
      @media print {
        .bar {
          display: none;
        }
      }
    `,
  ];

  @state() private route: Route = currentRoute();
  @state() private editorLoaded = false;
  /** A local document's JSON, or an explanation when it is not in this browser. */
  @state() private localText: unknown;

  private readonly i18n = new I18nController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
  }

  private readonly onPopState = (): void => {
    this.route = currentRoute();
  };

  protected override willUpdate(changed: PropertyValues): void {
    if (!changed.has('route')) return;
    // The editor is loaded only when asked for, so the reader's first paint does not wait for it.
    if (this.route.view === 'import' && !this.editorLoaded) {
      void import('../dz-align-editor/dz-align-editor.ts').then(() => {
        this.editorLoaded = true;
      });
    }
    const doc = this.route.doc ?? '';
    if (this.route.view === 'reader' && doc.startsWith(LOCAL))
      void this.loadLocal(doc.slice(LOCAL.length));
  }

  private async loadLocal(id: string): Promise<void> {
    this.localText = undefined;
    const { loadLocalDocument } = await import('../store/documents.ts');
    // A missing or unreadable document, or storage that cannot be opened, goes to the reader's
    // error panel like any invalid text: never a page left on "Loading the text…".
    try {
      const doc = await loadLocalDocument(id);
      this.localText = doc ?? { missing: `local document "${id}" is not stored in this browser` };
    } catch (err) {
      this.localText = { missing: err instanceof Error ? err.message : String(err) };
    }
  }

  private readonly onLanguage = (e: Event): void => {
    const lng = (e.target as HTMLSelectElement).value as InterfaceLanguage;
    // The app keeps the language in the URL; an embedded reader's page is left alone.
    void setLanguage(lng).then(() => {
      writeUrlState({ lng });
    });
  };

  /**
   * "Skip to the text" moves focus into the view and nowhere else: a link to `#text` would
   * replace the permalink in the address bar, and the reader would take `text` for a segment id.
   */
  private readonly onSkip = (): void => {
    const view = this.renderRoot.querySelector<HTMLElement>(
      'dz-reader, dz-align-editor, dz-library',
    );
    if (view === null) return;
    if (view instanceof DzReader) {
      view.focusText();
      return;
    }
    view.tabIndex = -1;
    view.focus({ preventScroll: true });
  };

  private renderView(): TemplateResult {
    switch (this.route.view) {
      case 'reader': {
        const doc = this.route.doc ?? '';
        // local:<id> is a document made in the editor and kept in this browser (IndexedDB).
        if (doc.startsWith(LOCAL)) {
          return html`<dz-reader url-state .text=${this.localText}>
            <a slot="error-actions" href="./">${t('errors.back')}</a>
          </dz-reader>`;
        }
        return html`<dz-reader url-state src=${`texts/${encodeURIComponent(doc)}.json`}>
          <a slot="error-actions" href="./">${t('errors.back')}</a>
        </dz-reader>`;
      }
      case 'import':
        return this.editorLoaded
          ? html`<dz-align-editor></dz-align-editor>`
          : html`<p class="loading" role="status">${t('editor.heading')}</p>`;
      default:
        return html`<dz-library></dz-library>`;
    }
  }

  override render(): TemplateResult {
    const lng = currentLanguage();
    // A button, not a link to #text: the text sits in a shadow root, where no fragment reaches.
    return html`<header class="bar">
        <button class="skip" @click=${this.onSkip}>${t('app.skipToText')}</button>
        <a class="brand" href="./">对照 <span>duizhao</span></a>
        <nav>
          <a href="./">${t('app.library')}</a>
          <a href="?view=import">${t('app.import')}</a>
        </nav>
        <label for="lng">${t('app.interfaceLanguage')}</label>
        <select id="lng" @change=${this.onLanguage}>
          ${INTERFACE_LANGUAGES.map((l) => html`<option value=${l.code} lang=${l.code} ?selected=${l.code === lng}>${l.name}</option>`)}
        </select>
      </header>
      <main>${this.renderView()}</main>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dz-app': DzApp;
  }
}
