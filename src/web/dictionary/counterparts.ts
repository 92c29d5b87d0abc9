/**
 * Which English words render a Chinese word, and the reverse: the words of an aligned English
 * sentence that share a stem with a content word of the Chinese word's dictionary senses (or
 * are one of its glossary renderings). Pure: no DOM.
 */
import { stemmer } from 'stemmer';
import type { DictEntry } from './chunks.ts';

type Range = readonly [number, number];

// Words of senses that say nothing about the meaning (grammar, CC-CEDICT's own labels).
const STOP = new Set(
  `a an the to of and or in on at by for with from as is be are was were it its this that sb sth
  one's oneself etc used also see variant abbr lit fig esp pr cl old name surname kind sort
  into out up down over not no`.split(/\s+/),
);

const WORD = /[\p{L}\p{N}'’-]+/gu;

/** The stems that carry the meaning of a set of senses (labels in brackets left out). */
export function senseStems(entries: readonly DictEntry[]): Set<string> {
  const stems = new Set<string>();
  for (const e of entries)
    for (const sense of e.senses) {
      // "(loanword) opium", "CL:個|个[ge4]", "see 鸦片[ya1 pian4]": the label is not a meaning.
      const meaning = sense.replace(/\([^)]*\)|\[[^\]]*\]|CL:\S*/g, ' ');
      for (const [w] of meaning.matchAll(WORD)) {
        const word = w.toLowerCase();
        if (word.length > 1 && !STOP.has(word) && !/\p{Script=Han}/u.test(word))
          stems.add(stemmer(word));
      }
    }
  return stems;
}

/** A word's stem, as senses are stemmed. */
export function stemOf(word: string): string {
  return stemmer(word.toLowerCase());
}

/**
 * The ranges of `text` between `from` and `to` that are words with one of `stems`, or one of
 * `phrases` (glossary renderings, matched without regard to case).
 */
export function matchingWords(
  text: string,
  from: number,
  to: number,
  stems: ReadonlySet<string>,
  phrases: readonly string[] = [],
): Range[] {
  const part = text.slice(from, to);
  const out: Range[] = [];
  for (const m of part.matchAll(WORD)) {
    const word = m[0].toLowerCase();
    if (!STOP.has(word) && stems.has(stemmer(word)))
      out.push([from + m.index, from + m.index + m[0].length]);
  }
  const lower = part.toLowerCase();
  for (const phrase of phrases) {
    const p = phrase.toLowerCase();
    if (p === '') continue;
    for (let at = lower.indexOf(p); at >= 0; at = lower.indexOf(p, at + p.length))
      out.push([from + at, from + at + p.length]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}
