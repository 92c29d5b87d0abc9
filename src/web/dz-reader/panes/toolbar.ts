/**
 * The sticky toolbar: the reading aids' controls and the panes placed in it (search, figure
 * check), then the keyboard hint. It scrolls away with the header on a phone and is not printed.
 */
import { css, html } from 'lit';
import { t } from '../../../i18n/i18n.ts';
import type { DocumentPane, PaneContext, Renderable } from '../pane.ts';

function render(ctx: PaneContext): Renderable {
  return html`<div class="toolbar" role="toolbar" aria-label=${t('reader.layout')}>
    ${ctx.toolbar()}
    <span class="hint">${t('reader.keyboardHelp')}</span>
    <span class="visually-hidden">${ctx.doc.languages.join(' / ')}</span>
  </div>`;
}

const styles = css`
  .toolbar {
    position: sticky;
    top: 0;
    z-index: 2;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    padding: 0.5rem 1rem;
    background: color-mix(in srgb, var(--dz-bg) 92%, transparent);
    backdrop-filter: blur(6px);
    border-bottom: 1px solid var(--dz-rule);
  }
  .toolbar button {
    font: inherit;
    font-size: 0.88rem;
    color: inherit;
    background: transparent;
    border: 0;
    padding: 0.3rem 0.7rem;
    cursor: pointer;
  }
  .toolbar button[aria-pressed='true'] {
    background: var(--dz-accent);
    color: var(--dz-bg);
  }
  .toolbar .label {
    font-size: 0.85rem;
    color: var(--dz-muted);
  }
  .hint {
    font-size: 0.8rem;
    color: var(--dz-muted);
  }
  @media (max-width: 720px) {
    /* On a phone the controls scroll away with the header, and touch needs no key hints. */
    .toolbar {
      position: static;
    }
    .hint {
      display: none;
    }
  }
  @media print {
    .toolbar,
    .hint {
      display: none;
    }
  }
`;

/** The toolbar pane. */
export const toolbarPane: DocumentPane = { id: 'toolbar', place: 'before', styles, render };
