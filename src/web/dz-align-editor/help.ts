/** The keyboard help: every command of the command table with its keys. */
import { html, type TemplateResult } from 'lit';
import { t } from '../../i18n/i18n.ts';
import { COMMANDS } from './commands.ts';
import { keysLabel, SHORTCUTS } from './shortcuts.ts';
import { withKeys } from './parts.ts';

/** The help list, open or closed. */
export function renderHelp(open: boolean, onToggle: (e: Event) => void): TemplateResult {
  const rows = SHORTCUTS.filter((s) => COMMANDS[s.command].helpRow === undefined).map((s) => {
    // Commands shown on this row: this one and those that name it as theirs.
    const keys = SHORTCUTS.filter(
      (other) => other.command === s.command || COMMANDS[other.command].helpRow === s.command,
    )
      .flatMap((other) => other.keys.map(keysLabel))
      .join(' / ');
    return html`<tr>
      <th scope="row"><kbd>${keys}</kbd></th>
      <td>${COMMANDS[s.command].label()}</td>
    </tr>`;
  });
  return html`<details class="help" ?open=${open} @toggle=${onToggle}>
    <summary>${withKeys(t('editor.help'), 'help')}</summary>
    <table>
      ${rows}
      <tr>
        <th scope="row"><kbd>S</kbd> …</th>
        <td>${t('editor.splitKeys')}</td>
      </tr>
    </table>
  </details>`;
}
