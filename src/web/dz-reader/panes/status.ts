/** The timed status message ("Copied"), in a polite live region at the foot of the screen. */
import { css, html } from 'lit';
import type { DocumentPane, PaneContext, Renderable } from '../pane.ts';

function render(ctx: PaneContext): Renderable {
  return html`<div class="status" role="status" aria-live="polite">${ctx.status}</div>`;
}

const styles = css`
  .status {
    position: fixed;
    bottom: 1rem;
    left: 50%;
    transform: translateX(-50%);
    background: var(--dz-fg);
    color: var(--dz-bg);
    padding: 0.4rem 0.9rem;
    border-radius: 6px;
    font-size: 0.9rem;
  }
  .status:empty {
    display: none;
  }
  .status input {
    width: 28rem;
    max-width: 80vw;
  }
  @media print {
    .status {
      display: none;
    }
  }
`;

/** The status pane (below the text). */
export const statusPane: DocumentPane = { id: 'status', place: 'after', styles, render };
