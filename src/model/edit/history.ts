/**
 * Undo and redo: a session is the current state plus the edits that led to it and the undone
 * edits that may be redone. Edits are small splices, so even a long history of a long text costs
 * little memory and can be stored with the draft.
 */
import { applyEdit, invertEdit, type Edit } from './operations.ts';
import type { AlignmentState } from './state.ts';

/** How many edits can be undone; older ones are forgotten. */
export const HISTORY_LIMIT = 500;

/** Edits done (oldest first) and edits undone (the next to redo last). */
export interface History {
  readonly past: readonly Edit[];
  readonly future: readonly Edit[];
}

/** The state being edited and how it got there. */
export interface Session {
  readonly state: AlignmentState;
  readonly history: History;
}

/** A session with no history. */
export function startSession(state: AlignmentState): Session {
  return { state, history: { past: [], future: [] } };
}

/** Apply an edit and record it; a new edit forgets what was undone. */
export function perform(session: Session, edit: Edit, limit = HISTORY_LIMIT): Session {
  const past = [...session.history.past, edit];
  return {
    state: applyEdit(session.state, edit),
    history: { past: past.length > limit ? past.slice(past.length - limit) : past, future: [] },
  };
}

/** True when there is an edit to undo. */
export function canUndo(session: Session): boolean {
  return session.history.past.length > 0;
}

/** True when there is an undone edit to redo. */
export function canRedo(session: Session): boolean {
  return session.history.future.length > 0;
}

/** Undo the last edit; returns the edit undone too, so the caller can select where it was. */
export function undo(session: Session): { session: Session; edit: Edit } | undefined {
  const edit = session.history.past.at(-1);
  if (edit === undefined) return undefined;
  return {
    edit,
    session: {
      state: applyEdit(session.state, invertEdit(edit)),
      history: {
        past: session.history.past.slice(0, -1),
        future: [...session.history.future, edit],
      },
    },
  };
}

/** Redo the last undone edit. */
export function redo(session: Session): { session: Session; edit: Edit } | undefined {
  const edit = session.history.future.at(-1);
  if (edit === undefined) return undefined;
  return {
    edit,
    session: {
      state: applyEdit(session.state, edit),
      history: {
        past: [...session.history.past, edit],
        future: session.history.future.slice(0, -1),
      },
    },
  };
}
