/**
 * The reader's keyboard shortcuts: a button in the toolbar and `?` anywhere in the reader (the
 * reader's ShortcutListController) open the list of what every key does.
 */
import { css, html } from 'lit';
import { t } from '../../../i18n/i18n.ts';
import {
  renderShortcutButton,
  renderShortcutList,
  shortcutListStyles,
} from '../../shortcut-list.ts';
import type { DocumentPane, Renderable } from '../pane.ts';

function render(): Renderable {
  return html`${renderShortcutButton(t('web.shortcutsOpen'))}
  ${renderShortcutList({
    heading: t('web.shortcutsHeading'),
    close: t('web.shortcutsClose'),
    rows: [
      { keys: 'Tab', does: t('web.readerKeyTab') },
      { keys: '↑ / ↓', does: t('web.readerKeyUpDown') },
      { keys: 'Home / End', does: t('web.readerKeyHomeEnd') },
      { keys: '← / →', does: t('web.readerKeyLeftRight') },
      { keys: 'Enter / Space', does: t('web.readerKeyEnter') },
      { keys: 'Esc', does: t('web.readerKeyEscape') },
      { keys: '?', does: t('web.shortcutsKey') },
    ],
  })}`;
}

const styles = [
  shortcutListStyles,
  css`
    .toolbar .shortcut-list-open {
      border: 1px solid var(--dz-rule);
      border-radius: 6px;
    }
  `,
];

/** The shortcut list pane (in the toolbar). */
export const shortcutsPane: DocumentPane = {
  id: 'shortcuts',
  place: 'toolbar',
  styles,
  render,
};
