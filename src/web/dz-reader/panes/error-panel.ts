/**
 * The readable panel shown instead of a document that cannot be shown: every issue with its file,
 * segment and field, and a slot for the page's own way out (the app links back to the library).
 */
import { css, html } from 'lit';
import { t } from '../../../i18n/i18n.ts';
import type { Issue } from '../../../model/types.ts';
import { formatIssue } from '../../../model/validate.ts';
import { LOCAL_MISSING } from '../load.ts';
import type { FailurePane, Renderable } from '../pane.ts';

function render(issues: readonly Issue[]): Renderable {
  // A local document that is not here is one plain message, not a list of file problems.
  const missing = issues.find((i) => i.code === LOCAL_MISSING);
  if (missing !== undefined)
    return html`<section class="error-panel" role="alert" aria-labelledby="error-heading">
      <h2 id="error-heading">${t('errors.heading')}</h2>
      <p class="missing">${missing.message}</p>
      <slot name="error-actions"></slot>
    </section>`;
  return html`<section class="error-panel" role="alert" aria-labelledby="error-heading">
    <h2 id="error-heading">${t('errors.heading')}</h2>
    <p>${t('errors.intro')}</p>
    <ul>
      ${issues.map((i) => html`<li>${formatIssue(i)}</li>`)}
    </ul>
    <slot name="error-actions"></slot>
  </section>`;
}

const styles = css`
  .error-panel {
    max-width: 48rem;
    margin: 2rem auto;
    padding: 1rem 1.5rem;
    border: 2px solid var(--dz-accent);
    border-radius: 8px;
  }
  .error-panel h2 {
    margin-top: 0;
    color: var(--dz-accent);
  }
  .error-panel li {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, monospace;
    font-size: 0.85rem;
    margin: 0.3rem 0;
    overflow-wrap: anywhere;
  }
`;

/** The error panel pane (instead of the text). */
export const errorPanelPane: FailurePane = { id: 'error-panel', place: 'failed', styles, render };
