/**
 * The browser side of the dictionary: fetches a chunk the first time a look-up needs it (and
 * keeps it for the page's life), then finds the longest word there. Nothing is fetched until
 * the dictionary aid is on and a word is pointed at.
 */
import {
  chunkFile,
  chunkOf,
  DICTIONARY_DIR,
  indexChunk,
  longestAt,
  type ChunkIndex,
  type Match,
  type StoredEntry,
} from './chunks.ts';

const chunks = new Map<number, Promise<ChunkIndex>>();

/** Where the chunks are served: `dict/` under the site's base (the page's folder in a build). */
function chunkUrl(chunk: number): string {
  return `${import.meta.env.BASE_URL}${DICTIONARY_DIR}/${chunkFile(chunk)}`;
}

/** A chunk, fetched once (a failed fetch is forgotten, so a later look-up tries again). */
export function loadChunk(chunk: number): Promise<ChunkIndex> {
  let found = chunks.get(chunk);
  if (found === undefined) {
    found = fetch(chunkUrl(chunk))
      .then(async (res) => {
        if (!res.ok) throw new Error(`${String(res.status)} ${res.statusText}`);
        return indexChunk((await res.json()) as StoredEntry[]);
      })
      .catch((error: unknown) => {
        chunks.delete(chunk);
        throw error;
      });
    chunks.set(chunk, found);
  }
  return found;
}

/** The longest dictionary word starting at `start` in `text` (undefined when none). */
export async function lookUpAt(text: string, start: number): Promise<Match | undefined> {
  const ch = String.fromCodePoint(text.codePointAt(start) ?? 0);
  return longestAt(text, start, await loadChunk(chunkOf(ch)));
}

/**
 * A text cut into dictionary words by greedy longest match (characters that start no word stand
 * alone, as one-character matches without entries).
 */
export async function wordsOf(text: string, from = 0, to = text.length): Promise<Match[]> {
  const HAN = /\p{Script=Han}/u;
  const out: Match[] = [];
  for (let at = from; at < to;) {
    const ch = String.fromCodePoint(text.codePointAt(at) ?? 0);
    const found = HAN.test(ch) ? await lookUpAt(text.slice(0, to), at) : undefined;
    if (found !== undefined) {
      out.push(found);
      at += found.length;
    } else at += ch.length;
  }
  return out;
}
