/**
 * The browser dictionary's compact, chunked form, shared by the build (vite.dictionary-plugin.ts
 * turns CC-CEDICT into chunks) and the browser loader (which fetches only the chunks a look-up
 * needs). Every headword, Simplified and Traditional, sits in the chunk of its first character,
 * so the longest word starting at a character is found in that character's chunk alone.
 * Pure: no DOM, no Node.
 */

/** How many chunks the dictionary is cut into (a chunk is about 20 KB of gzip on average). */
export const CHUNKS = 512;

/** The folder, under the site's base, that holds the chunks. */
export const DICTIONARY_DIR = 'dict';

/** One dictionary entry: both headwords, pinyin with tone marks, and the English senses. */
export interface DictEntry {
  readonly traditional: string;
  readonly simplified: string;
  readonly pinyin: string;
  readonly senses: readonly string[];
}

/** An entry as a chunk stores it: the Traditional headword is '' when it equals the Simplified. */
export type StoredEntry = readonly [
  traditional: string,
  simplified: string,
  pinyin: string,
  senses: readonly string[],
];

/** The chunk that holds the words starting with a character (by code point). */
export function chunkOf(ch: string): number {
  return (ch.codePointAt(0) ?? 0) % CHUNKS;
}

/** The chunk's file name, under DICTIONARY_DIR. */
export function chunkFile(chunk: number): string {
  return `${String(chunk)}.json`;
}

/** Entries cut into chunks: each entry under the first character of each of its headwords. */
export function toChunks(entries: Iterable<DictEntry>): StoredEntry[][] {
  const chunks: StoredEntry[][] = Array.from({ length: CHUNKS }, () => []);
  for (const e of entries) {
    const stored: StoredEntry = [
      e.traditional === e.simplified ? '' : e.traditional,
      e.simplified,
      e.pinyin,
      e.senses,
    ];
    const first = [...new Set([chunkOf(e.simplified), chunkOf(e.traditional)])];
    for (const c of first) chunks[c]?.push(stored);
  }
  return chunks;
}

/** A chunk's entries indexed by headword (both forms), with the longest headword's length. */
export interface ChunkIndex {
  readonly words: ReadonlyMap<string, readonly DictEntry[]>;
  readonly longest: number;
}

/** Index a fetched chunk. */
export function indexChunk(stored: readonly StoredEntry[]): ChunkIndex {
  const words = new Map<string, DictEntry[]>();
  let longest = 0;
  for (const [trad, simplified, pinyin, senses] of stored) {
    const entry: DictEntry = {
      traditional: trad === '' ? simplified : trad,
      simplified,
      pinyin,
      senses,
    };
    for (const head of new Set([entry.simplified, entry.traditional])) {
      const list = words.get(head);
      if (list === undefined) words.set(head, [entry]);
      else if (!list.includes(entry)) list.push(entry);
      longest = Math.max(longest, head.length);
    }
  }
  return { words, longest };
}

/** A word found in a text: where it starts, how long it is, and its entries. */
export interface Match {
  readonly start: number;
  readonly length: number;
  readonly word: string;
  readonly entries: readonly DictEntry[];
}

/**
 * The longest dictionary word starting at `start` in `text`, from the chunk of its first
 * character; undefined when not even the character is a headword.
 */
export function longestAt(text: string, start: number, chunk: ChunkIndex): Match | undefined {
  for (let length = Math.min(chunk.longest, text.length - start); length > 0; length--) {
    const word = text.slice(start, start + length);
    const entries = chunk.words.get(word);
    if (entries !== undefined) return { start, length, word, entries };
  }
  return undefined;
}

/** CC-CEDICT's numbered pinyin ("Ya1 pian4", "nu:3") in the form the tone-mark converter takes. */
export function plainNumbered(pinyin: string): string {
  return pinyin.replace(/u:/g, 'v').replace(/U:/g, 'V');
}
