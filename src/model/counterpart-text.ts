/**
 * The words of a counterpart, for saying it aloud: what answers a place in one side of a pair
 * (the other side, a sentence of the same link, a figure or term of the same key), as plain text
 * in the other side's language. The reader announces it when the keyboard reaches a place.
 */
import { counterpartOf, type PairView, type Stop } from './pair.ts';
import type { Lang } from './types.ts';

/** The counterpart's language and text (`''` when the other side is empty). */
export interface CounterpartText {
  readonly lang: Lang;
  readonly text: string;
}

/** The text answering `stop` of side `side` in `view`, from the pair's alignment. */
export function counterpartText(view: PairView, side: 0 | 1, stop: Stop): CounterpartText {
  const answer = counterpartOf(view, side, stop);
  const other = view.sides[answer.side];
  const found = answer.stop;
  const pieces: string[] = [];
  for (const block of other.blocks) {
    switch (found.kind) {
      case 'side':
        pieces.push(block.plain);
        break;
      case 'sentence':
        for (const s of block.sentences)
          if (s.link === found.link) pieces.push(block.plain.slice(s.start, s.end));
        break;
      case 'token': {
        // The first occurrence speaks for the others: they are the same figure or term.
        const token = block.sentences
          .flatMap((s) => s.tokens)
          .find((t) => t.key === found.key && t.kind !== 'unmatched');
        if (token !== undefined && pieces.length === 0)
          pieces.push(block.plain.slice(token.start, token.end));
        break;
      }
      default:
        return unreachable(found);
    }
  }
  return { lang: other.lang, text: pieces.map((p) => p.trim()).join(' ') };
}

function unreachable(value: never): never {
  throw new Error(`unexpected ${JSON.stringify(value)}`);
}
