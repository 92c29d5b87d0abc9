/**
 * Keyboard navigation among the rows: ↑/↓ (Home/End) move between the shown pairs on the same
 * side, ←/→ walk a side's sentences, figures and terms, Enter or Space jumps to the counterpart
 * on the other side, Esc returns to the side. The counterpart comes from the pair's alignment
 * (`counterpartOf`); the DOM is only searched for the element that shows it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { counterpartOf, type PairView, type Stop } from '../../model/pair.ts';

/** What the keys need from the reader. */
export interface KeyboardNav {
  /** The segment indices shown, in order. */
  shown(): readonly number[];
  /** The analysed pair at a segment index. */
  pair(index: number): PairView | undefined;
  /** Bring a side of a segment into view (rendering it if the virtualizer had not) and return it. */
  revealSide(index: number, side: 0 | 1): Promise<HTMLElement | null>;
}

/** The stop an element stands for: a token, a sentence, or (anything else) the side. */
export function stopOf(el: HTMLElement): Stop {
  if (el.dataset.key !== undefined) return { kind: 'token', key: el.dataset.key };
  if (el.dataset.link !== undefined) return { kind: 'sentence', link: Number(el.dataset.link) };
  return { kind: 'side' };
}

/** The selector that finds a stop's element inside its side. */
function selectorOf(stop: Stop): string | undefined {
  switch (stop.kind) {
    case 'side':
      return undefined;
    case 'sentence':
      return `[data-link="${String(stop.link)}"]`;
    case 'token':
      return `[data-key="${CSS.escape(stop.key)}"]`;
    default:
      return unreachable(stop);
  }
}

export class KeyboardController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly nav: KeyboardNav,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to start: the host binds `onKeyDown` on the element that holds the rows.
  }

  /** The handler to bind on the element holding the rows. */
  readonly onKeyDown = (e: KeyboardEvent): void => {
    const here = e.composedPath()[0];
    if (!(here instanceof HTMLElement)) return;
    const side = here.closest<HTMLElement>('[data-segment-id]');
    const row = side?.closest<HTMLElement>('[data-index]');
    if (side == null || row == null) return;
    const index = Number(row.dataset.index);
    const sideNo: 0 | 1 = side.dataset.side === '1' ? 1 : 0;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp':
      case 'Home':
      case 'End': {
        const shown = this.nav.shown();
        const at = shown.indexOf(index);
        const to =
          e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? shown.length - 1
              : at + (e.key === 'ArrowDown' ? 1 : -1);
        const target = shown[to];
        if (target === undefined) return;
        e.preventDefault();
        void this.nav.revealSide(target, sideNo).then((el) => el?.focus());
        break;
      }
      case 'ArrowRight':
      case 'ArrowLeft': {
        const stops = [...side.querySelectorAll<HTMLElement>('[data-sentence], [data-key]')];
        const at = stops.indexOf(here);
        const next = stops[e.key === 'ArrowRight' ? at + 1 : at < 0 ? stops.length - 1 : at - 1];
        if (next === undefined) return;
        e.preventDefault();
        next.focus();
        break;
      }
      case 'Enter':
      case ' ': {
        const other = this.counterpart(row, index, sideNo, here);
        if (other === null) return;
        e.preventDefault();
        other.focus();
        break;
      }
      case 'Escape':
        if (here === side) return;
        e.preventDefault();
        side.focus();
        break;
      default:
    }
  };

  /** The element showing the counterpart of `here`, or the other side when it shows none. */
  private counterpart(
    row: HTMLElement,
    index: number,
    side: 0 | 1,
    here: HTMLElement,
  ): HTMLElement | null {
    const view = this.nav.pair(index);
    if (view === undefined) return null;
    const answer = counterpartOf(view, side, stopOf(here));
    const otherSide = row.querySelector<HTMLElement>(`[data-side="${String(answer.side)}"]`);
    if (otherSide === null) return null;
    const selector = selectorOf(answer.stop);
    return (
      (selector === undefined ? null : otherSide.querySelector<HTMLElement>(selector)) ?? otherSide
    );
  }
}

function unreachable(value: never): never {
  throw new Error(`unknown stop ${JSON.stringify(value)}`);
}
