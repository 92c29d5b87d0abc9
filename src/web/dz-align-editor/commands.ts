/**
 * What each editor command does and what the interface calls it, in one table beside the
 * shortcut table (`shortcuts.ts`): the key handler, the toolbar buttons, their titles and the
 * help list all read it, so a new command is one entry here and one there.
 */
import { t } from '../../i18n/i18n.ts';
import type { Session } from '../../model/edit/history.ts';
import { canRedo, canUndo } from '../../model/edit/history.ts';
import {
  merge,
  moveSentence,
  shiftParagraph,
  toggleChecked,
  type Edit,
} from '../../model/edit/operations.ts';
import { isLow, type SideIndex } from '../../model/edit/state.ts';
import type { Command } from './shortcuts.ts';

export type { Command } from './shortcuts.ts';

/** What a command can ask of the editor; the element implements it. */
export interface CommandHost {
  readonly session: Session;
  /** The selected link and the side side-specific commands apply to. */
  readonly active: number;
  readonly side: SideIndex;
  select: (k: number) => void;
  chooseSide: (side: SideIndex) => void;
  /** Do an edit, or say it is not possible here when there is none. */
  apply: (edit: Edit | undefined) => void;
  startSplit: () => void;
  undoOrRedo: (how: 'undo' | 'redo') => void;
  /** Select the next (1) or previous (-1) low-confidence link, or say there is none. */
  findLow: (step: 1 | -1) => void;
  toggleHelp: () => void;
}

/** The toolbar's groups of buttons, in the order they appear. */
export const TOOLBAR_GROUPS = ['history', 'link', 'move', 'low'] as const;

/** A group of buttons in the toolbar. */
export type ToolbarGroup = (typeof TOOLBAR_GROUPS)[number];

/** One command: its name in the interface, what it does, and when its button is off. */
export interface CommandSpec {
  /**
   * What it does, as its button's title says it for the editor's state, and without a host as
   * the help list says it.
   */
  label: (host?: CommandHost) => string;
  /** The shorter text of its toolbar button, when that differs from `label`. */
  short?: (host: CommandHost) => string;
  run: (host: CommandHost) => void;
  /** True when it cannot be done now (its button is disabled). */
  disabled?: (host: CommandHost) => boolean;
  /** Whether it leaves a split being chosen open (every other command cancels it). */
  keepsSplit?: true;
  /** The help list shows it on the row of another command (← and → share one). */
  helpRow?: Command;
  /** The toolbar group its button is in (in table order); no button without one. */
  button?: ToolbarGroup;
}

function hasLow(host: CommandHost): boolean {
  return host.session.state.pairs.some(isLow);
}

/** Every command. */
export const COMMANDS: Record<Command, CommandSpec> = {
  previous: {
    label: () => t('editor.keys.previous'),
    run: (h) => {
      h.select(h.active - 1);
    },
  },
  next: {
    label: () => t('editor.keys.next'),
    run: (h) => {
      h.select(h.active + 1);
    },
  },
  first: {
    label: () => t('editor.keys.first'),
    run: (h) => {
      h.select(0);
    },
  },
  last: {
    label: () => t('editor.keys.last'),
    run: (h) => {
      h.select(h.session.state.pairs.length - 1);
    },
  },
  'side-first': {
    label: () => t('editor.keys.sides'),
    run: (h) => {
      h.chooseSide(0);
    },
  },
  'side-second': {
    label: () => t('editor.keys.sides'),
    run: (h) => {
      h.chooseSide(1);
    },
    helpRow: 'side-first',
  },
  merge: {
    button: 'link',
    label: () => t('editor.merge'),
    run: (h) => {
      h.apply(merge(h.session.state, h.active));
    },
    disabled: (h) => h.active >= h.session.state.pairs.length - 1,
  },
  split: {
    button: 'link',
    label: () => t('editor.split'),
    run: (h) => {
      h.startSplit();
    },
    keepsSplit: true,
  },
  'sentence-up': {
    button: 'move',
    label: () => t('editor.sentenceUp'),
    short: () => t('editor.sentenceUpShort'),
    run: (h) => {
      h.apply(moveSentence(h.session.state, h.active, h.side, 'up'));
    },
  },
  'sentence-down': {
    button: 'move',
    label: () => t('editor.sentenceDown'),
    short: () => t('editor.sentenceDownShort'),
    run: (h) => {
      h.apply(moveSentence(h.session.state, h.active, h.side, 'down'));
    },
  },
  'paragraph-up': {
    button: 'move',
    label: () => t('editor.paragraphUp'),
    short: () => t('editor.paragraphUpShort'),
    run: (h) => {
      h.apply(shiftParagraph(h.session.state, h.active, h.side, 'up'));
    },
  },
  'paragraph-down': {
    button: 'move',
    label: () => t('editor.paragraphDown'),
    short: () => t('editor.paragraphDownShort'),
    run: (h) => {
      h.apply(shiftParagraph(h.session.state, h.active, h.side, 'down'));
    },
  },
  check: {
    button: 'link',
    // The button says what a press does to this link.
    label: (h) =>
      h?.session.state.pairs[h.active]?.checked === true ? t('editor.uncheck') : t('editor.check'),
    run: (h) => {
      h.apply(toggleChecked(h.session.state, h.active));
    },
  },
  'previous-low': {
    button: 'low',
    label: () => t('editor.previousLow'),
    short: () => t('editor.previousLowShort'),
    run: (h) => {
      h.findLow(-1);
    },
    disabled: (h) => !hasLow(h),
  },
  'next-low': {
    button: 'low',
    label: () => t('editor.nextLow'),
    short: () => t('editor.nextLowShort'),
    run: (h) => {
      h.findLow(1);
    },
    disabled: (h) => !hasLow(h),
  },
  undo: {
    button: 'history',
    label: () => t('editor.undo'),
    run: (h) => {
      h.undoOrRedo('undo');
    },
    disabled: (h) => !canUndo(h.session),
  },
  redo: {
    button: 'history',
    label: () => t('editor.redo'),
    run: (h) => {
      h.undoOrRedo('redo');
    },
    disabled: (h) => !canRedo(h.session),
  },
  help: {
    label: () => t('editor.keys.help'),
    run: (h) => {
      h.toggleHelp();
    },
    keepsSplit: true,
  },
};
