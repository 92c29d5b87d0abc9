/**
 * Every import/export format, keyed by name. The CLI picks one by `--to` or by file name; the
 * browser by the dropped file's name. All are pure: bytes or text in, a document or issues out.
 */
import { csv, tsv } from './delimited.ts';
import type { Format, FormatName } from './format.ts';
import { json } from './json.ts';
import { tmx } from './tmx.ts';
import { xliff, xliff2 } from './xliff.ts';

export type { Format, FormatName, ImportOptions } from './format.ts';
export { MAX_INPUT_BYTES } from './format.ts';

export const FORMATS: Record<FormatName, Format> = { json, tmx, xliff, xliff2, tsv, csv };

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}

/** The format that reads a file, by its name's ending (case-insensitive). */
export function formatForFile(name: string): Format | undefined {
  const lower = name.toLowerCase();
  return Object.values(FORMATS).find((f) => f.extensions.some((ext) => lower.endsWith(ext)));
}
