/**
 * Check figures: a toggle that shows only the pairs where a figure on one side has no equal on
 * the other, with a count; the flagged figures get a wavy underline while it is on. The check is
 * kept in the URL as `?check=figures`, and when it flags nothing, the text says so plainly
 * instead of leaving an empty page.
 */
import { css, html, nothing } from 'lit';
import { t } from '../../../i18n/i18n.ts';
import { ALL, searchFilter, unmatchedOf, type Filter } from '../filter.ts';
import type { DocumentPane, PaneContext, Renderable } from '../pane.ts';

/** The value of `?check=` while the figure check is on. */
const CHECK_FIGURES = 'figures';

/** The filter a URL names: the figure check, else its search (`q`), else every pair. */
export function filterFromUrl(q: string | undefined, check: string | undefined): Filter {
  return check === CHECK_FIGURES ? { kind: 'figures' } : searchFilter(q ?? '');
}

/** What `?check=` holds for a filter (undefined removes it). */
export function checkParam(filter: Filter): string | undefined {
  return filter.kind === 'figures' ? CHECK_FIGURES : undefined;
}

/** The count, with each number in its plural form ("3 figures … in 1 pair"). */
export function figuresLine(count: number, pairs: number, total: number): string {
  return count === 0
    ? t('layout.figuresNone', { count: total })
    : t('layout.figuresMissing', { count, pairs: t('layout.figurePairs', { count: pairs }) });
}

function render(ctx: PaneContext): Renderable {
  const on = ctx.filter.kind === 'figures';
  const found = on ? unmatchedOf(ctx.doc) : [];
  const count = found.reduce((n, u) => n + u.count, 0);
  return html`<button
      type="button"
      class="check-figures"
      aria-pressed=${on ? 'true' : 'false'}
      @click=${() => {
        ctx.setFilter(on ? ALL : { kind: 'figures' });
      }}
    >
      ${t('reader.checkFigures')}
    </button>
    ${
      on && count > 0
        ? html`<span class="results" role="status"
            >${figuresLine(count, found.length, ctx.doc.segments.length)}</span
          >`
        : nothing
    }`;
}

/** Above the text: the plain message when the check is on and flags nothing. */
function renderNone(ctx: PaneContext): Renderable {
  if (ctx.filter.kind !== 'figures' || unmatchedOf(ctx.doc).length > 0) return nothing;
  return html`<div class="figures-none" role="status">
    <p>${figuresLine(0, 0, ctx.doc.segments.length)}</p>
    <button
      type="button"
      @click=${() => {
        ctx.setFilter(ALL);
      }}
    >
      ${t('layout.showAll')}
    </button>
  </div>`;
}

// The reader reflects the figure filter as its `checking` attribute.
const styles = css`
  .toolbar .check-figures {
    border: 1px solid var(--dz-rule);
    border-radius: 6px;
  }
  .toolbar > .results {
    font-size: 0.85rem;
    color: var(--dz-muted);
  }
  :host([checking]) .figure.unmatched {
    text-decoration: underline wavy var(--dz-accent);
    text-underline-offset: 0.25em;
    background: color-mix(in srgb, var(--dz-accent) 12%, transparent);
  }
  .figures-none {
    max-width: 44rem;
    margin: 2rem auto;
    padding: 1rem 1.25rem;
    border: 1px solid var(--dz-rule);
    border-radius: 8px;
    text-align: center;
  }
  .figures-none p {
    margin: 0 0 0.75rem;
  }
  .figures-none button {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--dz-rule);
    border-radius: 6px;
    padding: 0.3rem 0.8rem;
    cursor: pointer;
  }
`;

/** The figure check pane (in the toolbar). */
export const figureCheckPane: DocumentPane = {
  id: 'figure-check',
  place: 'toolbar',
  styles,
  render,
};

/** The figure check's message when nothing is flagged (above the text). */
export const figuresNonePane: DocumentPane = {
  id: 'figures-none',
  place: 'before',
  render: renderNone,
};
