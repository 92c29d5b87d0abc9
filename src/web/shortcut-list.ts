/**
 * The list of keyboard shortcuts a view offers, as a modal dialog: a template for the dialog, and
 * a controller that opens it on `?` from anywhere in the view except a text field. The dialog is
 * native (`showModal`), so Esc closes it, focus stays inside while it is open and goes back to
 * where it was when it closes.
 */
import {
  css,
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';

/** One row of the list: the keys as people write them, and what they do. */
export interface ShortcutRow {
  readonly keys: string;
  readonly does: string;
}

/** The class of the dialog, which the controller looks for in the view's shadow root. */
const DIALOG = 'shortcut-list';

/** The dialog's texts and rows. */
export interface ShortcutListText {
  readonly heading: string;
  readonly close: string;
  readonly rows: readonly ShortcutRow[];
}

/** Open the view's shortcut list (a no-op when it is open already or not rendered). */
export function openShortcutList(root: ParentNode): void {
  const dialog = root.querySelector<HTMLDialogElement>(`dialog.${DIALOG}`);
  if (dialog !== null && !dialog.open) dialog.showModal();
}

/** The button that opens the list (the pointer's way to what `?` does). */
export function renderShortcutButton(label: string): TemplateResult {
  return html`<button
    type="button"
    class="shortcut-list-open"
    aria-haspopup="dialog"
    aria-keyshortcuts="?"
    @click=${(e: Event) => {
      const root = (e.currentTarget as HTMLElement).getRootNode() as ParentNode;
      openShortcutList(root);
    }}
  >
    ${label} <kbd>?</kbd>
  </button>`;
}

/** The dialog, closed until asked for. */
export function renderShortcutList(text: ShortcutListText): TemplateResult {
  const close = (e: Event): void => {
    (e.currentTarget as HTMLElement).closest('dialog')?.close();
  };
  return html`<dialog class=${DIALOG} aria-labelledby="shortcut-list-heading">
    <h2 id="shortcut-list-heading">${text.heading}</h2>
    <table>
      ${text.rows.map(
        (r) =>
          html`<tr>
            <th scope="row"><kbd>${r.keys}</kbd></th>
            <td>${r.does}</td>
          </tr>`,
      )}
    </table>
    <button type="button" class="shortcut-list-close" @click=${close}>${text.close}</button>
  </dialog>`;
}

/** The dialog's and the button's look, for the shadow root that renders them. */
export const shortcutListStyles = css`
  dialog.shortcut-list {
    color: var(--dz-fg);
    background: var(--dz-bg);
    border: 1px solid var(--dz-rule);
    border-radius: 8px;
    padding: 1rem 1.25rem;
    max-width: min(36rem, calc(100vw - 2rem));
    font-family: var(--dz-sans);
  }
  dialog.shortcut-list::backdrop {
    background: rgb(0 0 0 / 35%);
  }
  dialog.shortcut-list h2 {
    font-size: 1.05rem;
    margin: 0 0 0.75rem;
  }
  dialog.shortcut-list table {
    border-collapse: collapse;
    font-size: 0.92rem;
  }
  dialog.shortcut-list th,
  dialog.shortcut-list td {
    text-align: left;
    vertical-align: top;
    padding: 0.25rem 0.75rem 0.25rem 0;
  }
  dialog.shortcut-list th {
    white-space: nowrap;
    font-weight: 400;
  }
  kbd {
    font-family: var(--dz-mono);
    font-size: 0.85em;
    border: 1px solid var(--dz-rule);
    border-radius: 3px;
    padding: 0 0.3em;
  }
  .shortcut-list-close {
    margin-top: 0.75rem;
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--dz-rule);
    border-radius: 6px;
    padding: 0.25rem 0.75rem;
    cursor: pointer;
  }
`;

/** Whether a key press was typed into a field (where `?` is a character, not a command). */
function inField(e: KeyboardEvent): boolean {
  const target = e.composedPath()[0];
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/** Opens the host's shortcut list on `?`. */
export class ShortcutListController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost &
      HTMLElement & { readonly renderRoot: ParentNode },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown);
  }

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    // `?` needs Shift on most layouts, so Shift says nothing here; Ctrl, Alt or ⌘ make it another key.
    if (e.key !== '?' || e.ctrlKey || e.altKey || e.metaKey || inField(e)) return;
    e.preventDefault();
    openShortcutList(this.host.renderRoot);
  };
}
