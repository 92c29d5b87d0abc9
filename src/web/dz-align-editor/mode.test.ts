import { describe, expect, it } from 'vitest';
import { defaultMeta, stateFromParagraphs } from '../../model/edit/convert.ts';
import { COMMANDS, TOOLBAR_GROUPS, type Command } from './commands.ts';
import { cutAt, moveCut, splitKey, startCut } from './mode.ts';
import { SHORTCUTS } from './shortcuts.ts';

const state = stateFromParagraphs(
  ['甲一。', '乙一。乙二。乙三。'],
  ['A one.', 'B one.'],
  [
    { a: [0], b: [0], confidence: 1 },
    { a: [1], b: [1], confidence: 1 },
  ],
  ['zh-Hans', 'en'],
  defaultMeta(['zh-Hans', 'en']),
);

describe('choosing where to split a link', () => {
  it('starts in the middle of each side; a side of one sentence keeps it above', () => {
    expect(startCut(state, 1)).toEqual([2, 1]);
    expect(startCut(state, 0)).toEqual([1, 0]);
  });

  it('moves the cut within the link only', () => {
    expect(moveCut(state, 1, [3, 1], 0, 1)).toEqual([3, 1]);
    expect(moveCut(state, 1, [0, 1], 0, -1)).toEqual([0, 1]);
    expect(moveCut(state, 1, [2, 1], 1, -1)).toEqual([2, 0]);
    expect(cutAt([2, 1], 0, 0)).toEqual([0, 1]);
  });

  it('reads the keys: arrows move and switch side, Enter splits except on a cut, Esc cancels', () => {
    const key = (k: string, alt = false) => ({
      key: k,
      altKey: alt,
      ctrlKey: false,
      metaKey: false,
    });
    expect(splitKey(key('ArrowUp'), false)).toEqual({ kind: 'move', by: -1 });
    expect(splitKey(key('ArrowRight'), false)).toEqual({ kind: 'side', side: 1 });
    expect(splitKey(key('Enter'), false)).toEqual({ kind: 'confirm' });
    expect(splitKey(key('Enter'), true)).toBeUndefined();
    expect(splitKey(key('Escape'), true)).toEqual({ kind: 'cancel' });
    expect(splitKey(key('ArrowUp', true), false)).toBeUndefined();
  });
});

describe('the command table', () => {
  it('has an entry for every shortcut and a shortcut for every entry', () => {
    expect(SHORTCUTS.map((s) => s.command).sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  it('puts a button for each editing command in its toolbar group, in table order', () => {
    const names = Object.keys(COMMANDS) as Command[];
    expect(TOOLBAR_GROUPS.map((g) => names.filter((c) => COMMANDS[c].button === g))).toEqual([
      ['undo', 'redo'],
      ['merge', 'split', 'check'],
      ['sentence-up', 'sentence-down', 'paragraph-up', 'paragraph-down'],
      ['previous-low', 'next-low'],
    ]);
  });
});
