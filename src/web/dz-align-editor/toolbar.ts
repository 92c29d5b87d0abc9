/**
 * The editing toolbar: a button per command (from the command table), the side choice, the
 * summary and save state, and while a split is being chosen, its confirm and cancel.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { currentLanguage, t } from '../../i18n/i18n.ts';
import { split } from '../../model/edit/operations.ts';
import { isLow } from '../../model/edit/state.ts';
import type { SaveStatus } from './autosave-controller.ts';
import {
  COMMANDS,
  TOOLBAR_GROUPS,
  type Command,
  type CommandHost,
  type ToolbarGroup,
} from './commands.ts';
import { languageName, withKeys } from './parts.ts';
import { shortcutLabel } from './shortcuts.ts';
import type { Cut } from './mode.ts';

/** What the toolbar shows and whom it tells. */
export interface ToolbarView {
  host: CommandHost;
  save: SaveStatus;
  /** The cut being chosen, while splitting. */
  cut: Cut | undefined;
  /** A command button was pressed (`data-command`). */
  onCommand: (e: Event) => void;
  /** The side radio changed. */
  onSide: (e: Event) => void;
  onSplitConfirm: () => void;
  onSplitCancel: () => void;
}

const COMMAND_NAMES = Object.keys(COMMANDS) as Command[];

/** A button for a command: its short text shown, its full name and keys in the title. */
function commandButton(view: ToolbarView, command: Command): TemplateResult {
  const spec = COMMANDS[command];
  const full = spec.label(view.host);
  return html`<button
    type="button"
    data-command=${command}
    title=${withKeys(full, command)}
    aria-label=${full}
    aria-keyshortcuts=${shortcutLabel(command).replaceAll(' / ', ' ')}
    ?disabled=${spec.disabled?.(view.host) ?? false}
    @click=${view.onCommand}
  >
    ${spec.short?.(view.host) ?? full}
  </button>`;
}

function saveText(save: SaveStatus): string {
  switch (save.state) {
    case 'idle':
      return '';
    case 'saving':
      return t('editor.saving');
    case 'saved':
      return t('editor.saved', { time: save.at.toLocaleTimeString(currentLanguage()) });
    case 'failed':
      return t('editor.saveFailed', { error: save.error });
  }
}

function renderSplitBar(view: ToolbarView, cut: Cut): TemplateResult {
  const { state } = view.host.session;
  return html`<div class="split-bar">
    <p>${t('editor.splitIntro', { keys: t('editor.splitKeys') })}</p>
    <button
      type="button"
      class="primary"
      @click=${view.onSplitConfirm}
      ?disabled=${split(state, view.host.active, cut) === undefined}
    >
      ${t('editor.splitConfirm')}
    </button>
    <button type="button" @click=${view.onSplitCancel}>${t('editor.splitCancel')}</button>
  </div>`;
}

function renderSides(view: ToolbarView): TemplateResult {
  const { host } = view;
  return html`<fieldset class="group sides">
    <legend>${t('editor.side')}</legend>
    ${host.session.state.sides.map(
      (side, s) =>
        html`<label
          title=${withKeys(languageName(side.lang), s === 0 ? 'side-first' : 'side-second')}
        >
          <input
            type="radio"
            name="side"
            value=${s}
            .checked=${live(host.side === s)}
            @change=${view.onSide}
          />
          ${languageName(side.lang)}
        </label>`,
    )}
  </fieldset>`;
}

/** The toolbar. */
export function renderToolbar(view: ToolbarView): TemplateResult {
  const { host } = view;
  const { pairs } = host.session.state;
  const low = pairs.filter(isLow).length;
  const checked = pairs.filter((p) => p.checked).length;
  const group = (name: ToolbarGroup): TemplateResult => {
    const buttons = COMMAND_NAMES.filter((c) => COMMANDS[c].button === name).map((c) =>
      commandButton(view, c),
    );
    // The moves act on the chosen side, which the group's name says.
    return name === 'move'
      ? html`<div class="group" role="group" aria-label=${t('editor.moveGroup')}>${buttons}</div>`
      : html`<div class="group">${buttons}</div>`;
  };
  return html`<div class="toolbar" role="toolbar" aria-label=${t('editor.toolbar')}>
    ${TOOLBAR_GROUPS.map((name) =>
      // The side choice sits between the link commands and the moves it steers.
      name === 'move' ? html`${renderSides(view)} ${group(name)}` : group(name),
    )}
    <p class="summary">
      <span>${t('editor.summary', { count: pairs.length })}</span>
      <span class=${low > 0 ? 'low-count' : ''}>${t('editor.lowSummary', { count: low })}</span>
      <span>${t('editor.checkedSummary', { count: checked })}</span>
      <span class="saved">${saveText(view.save)}</span>
    </p>
    ${view.cut === undefined ? nothing : renderSplitBar(view, view.cut)}
  </div>`;
}
