/**
 * The alignment editor's heavy work, off the main thread: aligning two plain texts (10,000
 * paragraphs a side is normal), through the same pipeline as `duizhao align`, and reading an
 * aligned file. One request per worker; it reports progress and ends with the editable
 * alignment or the issues that stopped it.
 */
import { alignTexts, type Suggestions } from '../../model/align/pipeline.ts';
import { stateFromDocument } from '../../model/edit/convert.ts';
import type { AlignmentState } from '../../model/edit/state.ts';
import type { Issue, Lang } from '../../model/types.ts';

/** What the editor asks of the worker. */
export type AlignRequest =
  | { type: 'align'; texts: [string, string]; languages: [Lang, Lang] }
  | { type: 'import'; name: string; bytes: Uint8Array };

/**
 * What the worker answers: progress (0..1) as it goes, then the result; an alignment also says
 * what the texts suggest (a dateline) for the editor to offer, not apply.
 */
export type AlignResponse =
  | { type: 'progress'; done: number }
  | { type: 'done'; state: AlignmentState; suggestions?: Suggestions }
  | { type: 'failed'; issues: Issue[] };

function post(message: AlignResponse): void {
  self.postMessage(message);
}

function align(texts: [string, string], languages: [Lang, Lang]): AlignResponse {
  let reported = -1;
  const { state, suggestions } = alignTexts(texts, {
    languages,
    onProgress: (done, total) => {
      // A message per row would flood the main thread: report each whole percent once.
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      if (percent === reported) return;
      reported = percent;
      post({ type: 'progress', done: percent / 100 });
    },
  });
  return { type: 'done', state, suggestions };
}

async function importFile(name: string, bytes: Uint8Array): Promise<AlignResponse> {
  // Loaded only for imports: aligning two plain texts needs none of the XML parsers.
  const { formatForFile } = await import('../../formats/registry.ts');
  const format = formatForFile(name);
  if (format === undefined)
    return {
      type: 'failed',
      issues: [{ code: 'format', message: 'is not a format duizhao reads', file: name }],
    };
  const result = format.parse(bytes, { file: name });
  if (!result.ok) return { type: 'failed', issues: result.issues };
  return { type: 'done', state: stateFromDocument(result.value) };
}

async function handle(request: AlignRequest): Promise<void> {
  try {
    post(
      request.type === 'align'
        ? align(request.texts, request.languages)
        : await importFile(request.name, request.bytes),
    );
  } catch (err) {
    // A bug, not bad input: say so rather than leave the editor waiting.
    post({
      type: 'failed',
      issues: [{ code: 'internal', message: err instanceof Error ? err.message : String(err) }],
    });
  }
}

self.addEventListener('message', (e: MessageEvent<AlignRequest>) => {
  void handle(e.data);
});
