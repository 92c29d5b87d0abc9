/** What the reader says once about the permalink it was opened with (a segment not in the text). */
import { css, html, nothing } from 'lit';
import type { DocumentPane, PaneContext, Renderable } from '../pane.ts';

function render(ctx: PaneContext): Renderable {
  return ctx.notice === undefined
    ? nothing
    : html`<p class="notice" role="status">${ctx.notice}</p>`;
}

const styles = css`
  .notice {
    max-width: 72rem;
    margin: 0.5rem auto;
    padding: 0.5rem 1rem;
    background: var(--dz-linked);
    border-radius: 6px;
  }
`;

/** The permalink notice pane (above the text). */
export const noticePane: DocumentPane = { id: 'notice', place: 'before', styles, render };
