/** The reader's events: each a class with a static name, bubbling and composed, typed fields. */
import type { Issue, ParallelText } from '../model/types.ts';
import type { Layout } from './dz-reader/aids/layout.ts';

export type { Layout };

/** What is under the pointer or focus, and so marked with `active` on both sides. */
export interface ActiveState {
  /** Segment index in the document. */
  segment: number;
  /** Sentence link index inside the pair, when a sentence is pointed at. */
  link?: number;
  /** Figure or term key (`n369705`, `term:guanzhi`), when one is pointed at. */
  key?: string;
}

/** Fired when what is active changes (undefined: nothing). */
export class ActiveChangeEvent extends Event {
  static readonly eventName = 'dz-active-change';
  constructor(
    readonly active: ActiveState | undefined,
    readonly segmentId: string | undefined,
  ) {
    super(ActiveChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired when a document loaded and is shown. */
export class DocumentLoadEvent extends Event {
  static readonly eventName = 'dz-document-load';
  constructor(readonly document: ParallelText) {
    super(DocumentLoadEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired when a document could not be shown; the reader shows the issues in its error panel. */
export class DocumentErrorEvent extends Event {
  static readonly eventName = 'dz-document-error';
  constructor(readonly issues: readonly Issue[]) {
    super(DocumentErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * Fired when a reading aid is changed in the toolbar: the layout, the side order or another aid
 * (the reader keeps them in the URL when it has `url-state`).
 */
export class LayoutChangeEvent extends Event {
  static readonly eventName = 'dz-layout-change';
  constructor(
    readonly layout: Layout,
    readonly left: string,
  ) {
    super(LayoutChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [ActiveChangeEvent.eventName]: ActiveChangeEvent;
    [DocumentLoadEvent.eventName]: DocumentLoadEvent;
    [DocumentErrorEvent.eventName]: DocumentErrorEvent;
    [LayoutChangeEvent.eventName]: LayoutChangeEvent;
  }
}
