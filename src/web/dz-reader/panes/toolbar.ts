/**
 * The sticky toolbar: the reading aids' controls and the panes placed in it (search, figure
 * check, the key list's button). It stays at the
 * top on every screen, so search and layout are at hand mid-text; on a phone it is one row that
 * scrolls sideways (search first) instead of four rows that would cover the text. Not printed.
 */
import { css, html } from 'lit';
import { t } from '../../../i18n/i18n.ts';
import type { DocumentPane, PaneContext, Renderable } from '../pane.ts';

function render(ctx: PaneContext): Renderable {
  return html`<div class="toolbar" role="toolbar" aria-label=${t('reader.layout')}>
    ${ctx.toolbar()}
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
    gap: 0.4rem 1rem;
    align-items: center;
    padding: 0.4rem 1rem;
    background: color-mix(in srgb, var(--dz-bg) 94%, transparent);
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
    white-space: nowrap;
  }
  .toolbar button[aria-pressed='true'] {
    background: var(--dz-accent);
    color: var(--dz-bg);
  }
  .toolbar .label {
    font-size: 0.85rem;
    color: var(--dz-muted);
  }
  @media (max-width: 720px) {
    /* One row that scrolls sideways; the search comes first and touch needs no key list. */
    .toolbar {
      flex-wrap: nowrap;
      overflow-x: auto;
      overscroll-behavior-x: contain;
      scrollbar-width: thin;
      gap: 0.5rem;
      padding: 0.35rem 0.5rem;
    }
    .toolbar > * {
      flex: none;
    }
    .toolbar .search {
      order: -1;
    }
    .toolbar .search input {
      width: 9.5rem;
    }
    .toolbar .label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
  }
  @media print {
    .toolbar {
      display: none;
    }
  }
`;

/** The toolbar pane. */
export const toolbarPane: DocumentPane = { id: 'toolbar', place: 'before', styles, render };
