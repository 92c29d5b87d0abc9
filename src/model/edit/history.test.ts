import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentFromState, stateFromParagraphs } from './convert.ts';
import { canRedo, canUndo, perform, redo, startSession, undo, type Session } from './history.ts';
import {
  editMeta,
  merge,
  moveSentence,
  shiftParagraph,
  split,
  toggleChecked,
  type Edit,
} from './operations.ts';
import { pairSentences, type AlignmentState } from './state.ts';

function fixture(): AlignmentState {
  return stateFromParagraphs(
    ['一。二。', '三。', '四。五。六。', '七。'],
    ['One. Two.', 'Three.', 'Four. Five.', 'Six. Seven.'],
    [
      { a: [0], b: [0], confidence: 0.9 },
      { a: [1], b: [1], confidence: 0.5 },
      { a: [2], b: [2], confidence: 0.7 },
      { a: [3], b: [3], confidence: 0.2 },
    ],
    ['zh-Hans', 'en'],
  );
}

/**
 * Each side's text in reading order, as the exported document has it. Spaces are left out: where
 * a split cuts a paragraph the space between its sentences is not part of either piece.
 */
function sideTexts(state: AlignmentState): [string, string] {
  const doc = documentFromState(state);
  const side = (lang: string): string =>
    doc.segments
      .flatMap((s) => {
        const t = s.text[lang] ?? '';
        return typeof t === 'string' ? [t] : t.map((b) => b.text);
      })
      .join('')
      .replace(/\s+/gu, '');
  return [side('zh-Hans'), side('en')];
}

describe('undo and redo', () => {
  it('undo restores the state before an edit and redo the state after it', () => {
    const start = startSession(fixture());
    const edited = perform(start, merge(start.state, 0)!);
    expect(canUndo(edited)).toBe(true);
    const undone = undo(edited)!;
    expect(undone.session.state).toEqual(start.state);
    expect(undone.edit.focus[0]).toBe(0);
    expect(canRedo(undone.session)).toBe(true);
    expect(redo(undone.session)!.session.state).toEqual(edited.state);
  });

  it('a new edit forgets what was undone', () => {
    const start = startSession(fixture());
    const edited = perform(start, merge(start.state, 0)!);
    const undone = undo(edited)!.session;
    const other = perform(undone, toggleChecked(undone.state, 1)!);
    expect(canRedo(other)).toBe(false);
  });

  it('nothing to undo or redo at the start', () => {
    const start = startSession(fixture());
    expect(undo(start)).toBeUndefined();
    expect(redo(start)).toBeUndefined();
  });

  it('remembers at most the history limit', () => {
    let session = startSession(fixture());
    for (let i = 0; i < 12; i++) session = perform(session, toggleChecked(session.state, 0)!, 10);
    expect(session.history.past).toHaveLength(10);
    let undone = 0;
    for (let step = undo(session); step !== undefined; step = undo(step.session)) undone++;
    expect(undone).toBe(10);
  });

  it('undoes a metadata edit', () => {
    const start = startSession(fixture());
    const edited = perform(start, editMeta(start.state, { ...start.state.meta, id: 'x' })!);
    expect(edited.state.meta.id).toBe('x');
    expect(undo(edited)!.session.state.meta.id).toBe(start.state.meta.id);
  });
});

type Op =
  | { op: 'merge'; k: number }
  | { op: 'split'; k: number; i: number; j: number }
  | { op: 'move'; k: number; side: 0 | 1; up: boolean }
  | { op: 'shift'; k: number; side: 0 | 1; up: boolean }
  | { op: 'check'; k: number }
  | { op: 'meta'; id: string };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('merge' as const), k: fc.nat(8) }),
  fc.record({ op: fc.constant('split' as const), k: fc.nat(8), i: fc.nat(4), j: fc.nat(4) }),
  fc.record({
    op: fc.constant('move' as const),
    k: fc.nat(8),
    side: fc.constantFrom(0 as const, 1 as const),
    up: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('shift' as const),
    k: fc.nat(8),
    side: fc.constantFrom(0 as const, 1 as const),
    up: fc.boolean(),
  }),
  fc.record({ op: fc.constant('check' as const), k: fc.nat(8) }),
  fc.record({ op: fc.constant('meta' as const), id: fc.stringMatching(/^[a-z]{1,6}$/) }),
);

function editFor(state: AlignmentState, op: Op): Edit | undefined {
  switch (op.op) {
    case 'merge':
      return merge(state, op.k);
    case 'split':
      return split(state, op.k, [op.i, op.j]);
    case 'move':
      return moveSentence(state, op.k, op.side, op.up ? 'up' : 'down');
    case 'shift':
      return shiftParagraph(state, op.k, op.side, op.up ? 'up' : 'down');
    case 'check':
      return toggleChecked(state, op.k);
    case 'meta':
      return editMeta(state, { ...state.meta, id: op.id });
  }
}

describe('any sequence of edits', () => {
  it('never loses, duplicates or reorders text, and as many undos return to the start', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => {
        const initial = fixture();
        const texts = sideTexts(initial);
        let session: Session = startSession(initial);
        let done = 0;
        for (const op of ops) {
          const edit = editFor(session.state, op);
          if (edit === undefined) continue;
          session = perform(session, edit);
          done++;
          expect(sideTexts(session.state)).toEqual(texts);
          // No pair is ever empty on both sides.
          session.state.pairs.forEach((_, k) => {
            expect(
              pairSentences(session.state, k, 0).length + pairSentences(session.state, k, 1).length,
            ).toBeGreaterThan(0);
          });
        }
        const final = session.state;
        for (let i = 0; i < done; i++) session = undo(session)!.session;
        expect(session.state).toEqual(initial);
        expect(canUndo(session)).toBe(false);
        for (let i = 0; i < done; i++) session = redo(session)!.session;
        expect(session.state).toEqual(final);
      }),
      { numRuns: 300 },
    );
  });
});
