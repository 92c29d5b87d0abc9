/**
 * Vite plugin: serves the documents of `texts/` at `/texts/` (dev and preview) and ships them with
 * the build, with a catalogue `/texts/index.json` for the library page. A build stops on an
 * invalid document, naming the file, segment and field; the dev server still serves it, so the
 * browser's error panel shows the same issues while a text is being written. Files are read
 * through the CLI's I/O module, the one place that touches the file system.
 */
import { join, resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { listDocuments, readText } from './src/cli/io.ts';
import { catalogueEntry, checkDocument } from './src/model/document.ts';
import type { CatalogueEntry } from './src/model/types.ts';
import { formatIssue, parseDocument } from './src/model/validate.ts';

interface Loaded {
  name: string;
  text: string;
  entry?: CatalogueEntry;
  problems: string[];
}

async function loadTexts(dir: string): Promise<Loaded[]> {
  const names = await listDocuments(dir);
  return Promise.all(
    names.map(async (name) => {
      const text = await readText(join(dir, name));
      const file = `texts/${name}`;
      const parsed = parseDocument(text, file);
      if (!parsed.ok) return { name, text, problems: parsed.issues.map(formatIssue) };
      const issues = checkDocument(parsed.value, file);
      return {
        name,
        text,
        entry: catalogueEntry(parsed.value, name),
        problems: issues.map(formatIssue),
      };
    }),
  );
}

function catalogue(loaded: readonly Loaded[]): string {
  const entries = loaded.map((l) => l.entry ?? { file: l.name, error: l.problems[0] ?? 'invalid' });
  return JSON.stringify({ texts: entries }, null, 2);
}

/** The plugin; `dir` is the documents' folder (default `texts`, from where vite runs). */
export function textsPlugin(options: { dir?: string } = {}): Plugin {
  const dir = resolve(options.dir ?? 'texts');
  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = /^\/texts\/([A-Za-z0-9._-]+\.json)$/.exec(url.pathname);
    if (match?.[1] === undefined) {
      next();
      return;
    }
    const name = match[1];
    const send = (body: string): void => {
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.setHeader('Cache-Control', 'no-cache');
      res.end(body);
    };
    const reply =
      name === 'index.json' ? loadTexts(dir).then(catalogue) : readText(join(dir, name));
    reply.then(send, () => {
      res.statusCode = 404;
      res.end(`no such text: ${name}`);
    });
  };
  return {
    name: 'duizhao-texts',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
    async generateBundle() {
      const loaded = await loadTexts(dir);
      const problems = loaded.flatMap((l) => l.problems);
      if (problems.length > 0) this.error(`invalid texts:\n${problems.join('\n')}`);
      for (const l of loaded)
        this.emitFile({ type: 'asset', fileName: `texts/${l.name}`, source: l.text });
      this.emitFile({ type: 'asset', fileName: 'texts/index.json', source: catalogue(loaded) });
      this.emitFile({
        type: 'asset',
        fileName: 'texts/duizhao.schema.json',
        source: await readText(join(dir, 'duizhao.schema.json')),
      });
    },
  };
}
