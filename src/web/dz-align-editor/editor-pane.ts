/**
 * The editing page: the toolbar, the panels (details, help, actions, issues) and the list of
 * links, virtualized because a long text has thousands.
 */
import { html, type TemplateResult } from 'lit';
import { t } from '../../i18n/i18n.ts';
import type { Issue } from '../../model/types.ts';
import type { Pair } from '../../model/edit/state.ts';
import { renderActions, type ActionsView } from './actions.ts';
import { renderDetails, type DetailsView } from './details-form.ts';
import { renderHelp } from './help.ts';
import { renderIssues } from './parts.ts';
import { levelOf, renderLink, type LinkContext } from './render-link.ts';
import { renderToolbar, type ToolbarView } from './toolbar.ts';

/** Everything the editing page shows and whom it tells. */
export interface EditorView {
  toolbar: ToolbarView;
  details: Omit<DetailsView, 'state'>;
  actions: ActionsView;
  links: Omit<LinkContext, 'state' | 'active' | 'side' | 'cut'>;
  helpOpen: boolean;
  onHelpToggle: (e: Event) => void;
  issuesHeading: string;
  issues: readonly Issue[];
}

/** The editing page. */
export function renderEditor(view: EditorView): TemplateResult {
  const { host, cut } = view.toolbar;
  const { state } = host.session;
  const ctx: LinkContext = { ...view.links, state, active: host.active, side: host.side, cut };
  const current = state.pairs[host.active];
  return html`${renderToolbar(view.toolbar)}
    <div class="panels">
      ${renderDetails({ ...view.details, state })} ${renderHelp(view.helpOpen, view.onHelpToggle)}
      ${renderActions(view.actions)} ${renderIssues(view.issuesHeading, view.issues)}
    </div>
    <div
      class="links"
      tabindex="0"
      role="listbox"
      aria-label=${t('editor.linksLabel')}
      aria-activedescendant=${`pair-${String(host.active)}`}
      data-level=${current === undefined ? '' : levelOf(current)}
    >
      <lit-virtualizer
        .items=${state.pairs}
        .renderItem=${(pair: Pair, k: number) => renderLink(ctx, pair, k)}
      ></lit-virtualizer>
    </div>`;
}
