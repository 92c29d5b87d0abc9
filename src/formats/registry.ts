/**
 * Every import/export format with its code, keyed by name. The CLI picks one by `--from`/`--to`
 * or by file name; the browser's worker by the dropped file's name. All are pure: bytes or text
 * in, a document or issues out. What each format is called, its endings and whether it writes
 * come from the one list in `format.ts`; the type below makes this table cover that list.
 */
import { csv, tsv } from './delimited.ts';
import type { Format, FormatName } from './format.ts';
import { formatInfoForFile } from './format.ts';
import { json } from './json.ts';
import { tmx } from './tmx.ts';
import { xliff, xliff2 } from './xliff.ts';

export type { Format, FormatInfo, FormatName, ImportOptions } from './format.ts';
export {
  FORMAT_INFOS,
  MAX_INPUT_BYTES,
  isFormatName,
  readExtensions,
  readFamilies,
  writableFormats,
} from './format.ts';

/** The formats by name; each entry keeps its own type, so `FORMATS.json.serialize` is known. */
export const FORMATS = { json, tmx, xliff, xliff2, tsv, csv } satisfies Record<FormatName, Format>;

/** The format that reads a file, by its name's ending (case-insensitive). */
export function formatForFile(name: string): Format | undefined {
  const info = formatInfoForFile(name);
  return info === undefined ? undefined : FORMATS[info.name];
}

/** The function that writes `name`, or undefined when duizhao cannot write it. */
export function writerFor(name: FormatName): Format['serialize'] {
  const format: Format = FORMATS[name];
  return format.writes ? format.serialize : undefined;
}
