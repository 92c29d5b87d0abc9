/**
 * The reader's panes and reading aids: the only lists. The reader renders the panes of each place
 * in this order and the aids' controls first in the toolbar, and adds every entry's styles; a new
 * pane or aid is a new file and one line here.
 */
import { layoutAid } from './aids/layout.ts';
import { swapAid } from './aids/swap.ts';
import { lineHeightAid, textSizeAid } from './aids/type-size.ts';
import { pinyinAid } from './aids/pinyin.ts';
import { scriptAid } from './aids/script.ts';
import type { ReadingAid, Pane } from './pane.ts';
import { errorPanelPane } from './panes/error-panel.ts';
import { figureCheckPane, figuresNonePane } from './panes/figure-check.ts';
import { headerPane } from './panes/header.ts';
import { noticePane } from './panes/notice.ts';
import { printNotePane } from './panes/print-note.ts';
import { searchPane } from './panes/search.ts';
import { shortcutsPane } from './panes/shortcuts.ts';
import { statusPane } from './panes/status.ts';
import { toolbarPane } from './panes/toolbar.ts';

/** Every pane, in the order it renders within its place. */
export const PANES: readonly Pane[] = [
  headerPane,
  toolbarPane,
  noticePane,
  printNotePane,
  figuresNonePane,
  searchPane,
  figureCheckPane,
  shortcutsPane,
  statusPane,
  errorPanelPane,
];

/** Every reading aid, in the order its control shows in the toolbar and its pair hook applies. */
export const AIDS: readonly ReadingAid[] = [
  layoutAid,
  swapAid,
  // Reading aids for learners (type, script, pinyin, dictionary).
  textSizeAid,
  lineHeightAid,
  scriptAid,
  pinyinAid,
];
