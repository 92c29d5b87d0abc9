/**
 * The editor's keyboard shortcuts in one table: the key handler, the button titles and the help
 * list all read it, so what the interface says is what the keys do.
 */

/** Something a person can ask the editor to do. */
export type Command =
  | 'previous'
  | 'next'
  | 'first'
  | 'last'
  | 'side-first'
  | 'side-second'
  | 'merge'
  | 'split'
  | 'sentence-up'
  | 'sentence-down'
  | 'paragraph-up'
  | 'paragraph-down'
  | 'check'
  | 'next-low'
  | 'previous-low'
  | 'undo'
  | 'redo'
  | 'help';

/** One key combination. `mod` is Ctrl, or ⌘ on a Mac. */
export interface Keys {
  key: string;
  alt?: boolean;
  shift?: boolean;
  mod?: boolean;
}

/** Every command and the keys that run it, in the order the help lists them. */
export const SHORTCUTS: readonly { command: Command; keys: readonly Keys[] }[] = [
  { command: 'previous', keys: [{ key: 'ArrowUp' }, { key: 'k' }] },
  { command: 'next', keys: [{ key: 'ArrowDown' }, { key: 'j' }] },
  { command: 'first', keys: [{ key: 'Home' }] },
  { command: 'last', keys: [{ key: 'End' }] },
  { command: 'side-first', keys: [{ key: 'ArrowLeft' }] },
  { command: 'side-second', keys: [{ key: 'ArrowRight' }] },
  { command: 'merge', keys: [{ key: 'm' }] },
  { command: 'split', keys: [{ key: 's' }] },
  { command: 'sentence-up', keys: [{ key: 'ArrowUp', alt: true }] },
  { command: 'sentence-down', keys: [{ key: 'ArrowDown', alt: true }] },
  { command: 'paragraph-up', keys: [{ key: 'ArrowUp', alt: true, shift: true }] },
  { command: 'paragraph-down', keys: [{ key: 'ArrowDown', alt: true, shift: true }] },
  { command: 'check', keys: [{ key: 'c' }] },
  { command: 'next-low', keys: [{ key: 'n' }] },
  { command: 'previous-low', keys: [{ key: 'n', shift: true }] },
  { command: 'undo', keys: [{ key: 'z', mod: true }] },
  {
    command: 'redo',
    keys: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
  },
  { command: 'help', keys: [{ key: '?' }] },
];

const SYMBOLS: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
};

// Keys typed with Shift on most layouts: their shift state says nothing about the shortcut.
const SHIFTED = new Set(['?']);

function matches(keys: Keys, e: KeyboardEvent): boolean {
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (key !== keys.key) return false;
  if ((e.ctrlKey || e.metaKey) !== (keys.mod ?? false)) return false;
  if (e.altKey !== (keys.alt ?? false)) return false;
  return SHIFTED.has(keys.key) || e.shiftKey === (keys.shift ?? false);
}

/** The command a key press asks for, if any. */
export function commandFor(e: KeyboardEvent): Command | undefined {
  return SHORTCUTS.find((s) => s.keys.some((k) => matches(k, e)))?.command;
}

/** One key combination as people write it: `Alt+Shift+↑`, `Ctrl+Z`. */
export function keysLabel(keys: Keys): string {
  const parts: string[] = [];
  if (keys.mod === true) parts.push('Ctrl');
  if (keys.alt === true) parts.push('Alt');
  if (keys.shift === true) parts.push('Shift');
  parts.push(SYMBOLS[keys.key] ?? (keys.key.length === 1 ? keys.key.toUpperCase() : keys.key));
  return parts.join('+');
}

/** All key combinations of a command, `↑ / K`. */
export function shortcutLabel(command: Command): string {
  const entry = SHORTCUTS.find((s) => s.command === command);
  return entry === undefined ? '' : entry.keys.map(keysLabel).join(' / ');
}
