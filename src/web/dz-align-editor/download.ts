/**
 * Writing the finished document in a format of the registry and handing it to the browser's
 * downloads. The registry is loaded only here, when first needed: its XML parsers are the largest
 * part of the page.
 */
import { fileNameFor, type FormatName } from '../../formats/format.ts';
import type { ParallelText } from '../../model/types.ts';

/** Download `doc` as a file in format `name`, named after its id. */
export async function download(doc: ParallelText, name: FormatName): Promise<void> {
  const { FORMATS, writerFor } = await import('../../formats/registry.ts');
  const format = FORMATS[name];
  const serialize = writerFor(name);
  if (serialize === undefined) throw new Error(`duizhao does not write ${format.label}`);
  const blob = new Blob([serialize(doc) as BlobPart], { type: format.mediaType });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileNameFor(doc.id, format);
  a.click();
  // The download has started by the next task; the URL can go.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}
