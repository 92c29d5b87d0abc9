/**
 * Bringing one row of a `<lit-virtualizer>` into view. A row far from the screen is not in the
 * DOM, so it cannot be scrolled to directly: the virtualizer is asked to place it first, and the
 * row is looked up again once its layout has settled. The reader (permalinks, keyboard moves)
 * and the editor (the selected link) both go through here.
 */
import type { LitVirtualizer } from '@lit-labs/virtualizer/LitVirtualizer.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long to wait for a layout that may never report (its promise can stay pending). */
const LAYOUT_WAIT_MS = 250;

/** Wait for a layout to finish, or a short while when none is pending. */
export function settled(done: Promise<void> | undefined): Promise<void> {
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, LAYOUT_WAIT_MS));
  return Promise.race([done?.catch(() => undefined) ?? Promise.resolve(), timeout]);
}

export class VirtualScrollController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost,
    /** The host's virtualizer, or null when it renders every row itself (printing). */
    private readonly virtualizer: () => LitVirtualizer | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to set up: the controller acts only when asked to reveal a row.
  }

  /**
   * Scroll the item at `position` (an index into the virtualizer's items) into view at `block`,
   * and return its rendered element as `find` locates it, or null when it never rendered.
   */
  async reveal(
    position: number,
    find: () => HTMLElement | null,
    block: ScrollLogicalPosition,
  ): Promise<HTMLElement | null> {
    await this.host.updateComplete;
    let el = find();
    const v = this.virtualizer();
    if (el === null && v !== null && position >= 0) {
      // The virtualizer loads its layout asynchronously; asking it to scroll before fails inside it.
      await v.updateComplete;
      await settled(v.layoutComplete);
      try {
        v.element(position)?.scrollIntoView({ block });
      } catch {
        // No layout yet (the virtualizer is not on screen): nothing to scroll.
        return null;
      }
      await settled(v.layoutComplete);
      el = find();
    }
    el?.scrollIntoView({ block });
    return el;
  }
}
