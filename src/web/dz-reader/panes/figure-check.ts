/**
 * Check figures: a toggle that shows only the pairs where a figure on one side has no equal on
 * the other, with a count; the flagged figures get a wavy underline while it is on.
 */
import { css, html, nothing } from 'lit';
import { t } from '../../../i18n/i18n.ts';
import { ALL, unmatchedOf } from '../filter.ts';
import type { DocumentPane, PaneContext, Renderable } from '../pane.ts';

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
      on
        ? html`<span class="results" role="status"
            >${count === 0 ? t('reader.figuresAllMatched') : t('reader.figuresMissing', { count, pairs: found.length })}</span
          >`
        : nothing
    }`;
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
`;

/** The figure check pane (in the toolbar). */
export const figureCheckPane: DocumentPane = {
  id: 'figure-check',
  place: 'toolbar',
  styles,
  render,
};
