/**
 * Bringing one row of a `<lit-virtualizer>` into view, and keeping it there. A row far from the
 * screen is not in the DOM, so it cannot be scrolled to directly: the virtualizer is asked to
 * place it first, and the row is looked up again once its layout has settled. Rows above it are
 * measured only as they render and fonts may arrive late, so a row placed once drifts (on a busy
 * machine a permalink opened with the row's first lines under the sticky toolbar): `hold` keeps
 * re-placing it every frame until fonts and measurement have settled or the reader scrolls.
 * The reader (permalinks, keyboard moves) and the editor (the selected link) both go through here.
 */
import type { LitVirtualizer } from '@lit-labs/virtualizer/LitVirtualizer.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long to wait for a layout that may never report (its promise can stay pending). */
const LAYOUT_WAIT_MS = 250;

/**
 * Frames in a row with the target where it belongs (after fonts are ready) before a hold ends.
 * Counted in frames, not milliseconds, so a slow machine gets as many chances as a fast one.
 */
const STEADY_FRAMES = 20;

/** A hold that never settles (a layout that keeps moving) ends after this many frames. */
const MAX_FRAMES = 900;

/**
 * ...or after this long, whichever comes first: on a starved machine frames can be slow enough
 * that 900 of them last minutes, and a row that keeps moving that long cannot be pointed at.
 */
const MAX_HOLD_MS = 10_000;

/** Input that means the reader is moving on: a hold stops rather than fight it. */
const USER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/** Wait for a layout to finish, or a short while when none is pending. */
export function settled(done: Promise<void> | undefined): Promise<void> {
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, LAYOUT_WAIT_MS));
  return Promise.race([done?.catch(() => undefined) ?? Promise.resolve(), timeout]);
}

/** Where a held row must stand: its top this many pixels from the viewport's top. */
export type TopOffset = () => number;

export class VirtualScrollController implements ReactiveController {
  /** Ends the hold in force, if any. */
  private release: (() => void) | undefined;

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

  hostDisconnected(): void {
    this.release?.();
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
    this.release?.();
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

  /**
   * Keep the item at `position` with its top at `top()` px from the viewport's top until fonts
   * are loaded and `STEADY_FRAMES` frames pass without a correction, or until the reader scrolls,
   * types or taps. Resolves when the hold ends.
   */
  hold(position: number, find: () => HTMLElement | null, top: TopOffset): Promise<void> {
    this.release?.();
    return new Promise<void>((resolve) => {
      let fontsReady = false;
      let steady = 0;
      let frame = 0;
      let frames = 0;
      const started = performance.now();
      const stop = (): void => {
        cancelAnimationFrame(frame);
        for (const type of USER_INPUT) window.removeEventListener(type, stop, true);
        if (this.release === stop) this.release = undefined;
        resolve();
      };
      this.release = stop;
      for (const type of USER_INPUT) window.addEventListener(type, stop, { capture: true });
      void document.fonts.ready.then(() => {
        fontsReady = true;
      });
      const tick = (): void => {
        const el = find();
        if (el === null) {
          // Measurement moved the row out of the rendered window: place it again.
          steady = 0;
          try {
            this.virtualizer()?.element(position)?.scrollIntoView({ block: 'start' });
          } catch {
            // No layout yet: try again next frame.
          }
        } else {
          const off = el.getBoundingClientRect().top - top();
          const before = window.scrollY;
          if (Math.abs(off) >= 1) window.scrollBy({ top: off, behavior: 'instant' });
          // Near either end of the page the row cannot go higher or lower: that counts as placed.
          const placed = Math.abs(off) < 1 || window.scrollY === before;
          if (!placed) steady = 0;
          else if (fontsReady && document.fonts.status === 'loaded') steady++;
        }
        const over = ++frames >= MAX_FRAMES || performance.now() - started >= MAX_HOLD_MS;
        if (steady >= STEADY_FRAMES || over) stop();
        else frame = requestAnimationFrame(tick);
      };
      frame = requestAnimationFrame(tick);
    });
  }
}
