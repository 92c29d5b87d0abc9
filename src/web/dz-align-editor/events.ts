/** The alignment editor's events: each a class with a static name, bubbling and composed. */
import type { EditKind } from '../../model/edit/operations.ts';

/** Fired after an edit is done, undone or redone. */
export class AlignmentEditEvent extends Event {
  static readonly eventName = 'dz-alignment-edit';
  constructor(
    readonly kind: EditKind,
    readonly how: 'do' | 'undo' | 'redo',
  ) {
    super(AlignmentEditEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * Fired when the person asks to read the result; the document is already stored in the browser.
 * Unless a listener cancels it, the editor then goes to `?doc=local:<id>` itself.
 */
export class OpenLocalDocumentEvent extends Event {
  static readonly eventName = 'dz-open-local-document';
  constructor(readonly id: string) {
    super(OpenLocalDocumentEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [AlignmentEditEvent.eventName]: AlignmentEditEvent;
    [OpenLocalDocumentEvent.eventName]: OpenLocalDocumentEvent;
  }
}
