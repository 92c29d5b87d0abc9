/**
 * What every import/export format is: a pure pair of functions, `parse` (bytes or text to a
 * document or issues; it never throws for bad input) and `serialize` (a document to text), and
 * the one list of formats with what people and browsers call them. The list lives here, apart
 * from the parsers, so the editor can name the formats (its file picker, its export menu) without
 * loading the XML parsers, the largest part of the page.
 */
import type { Issue, Lang, ParallelText, Result } from '../model/types.ts';

/** What the list says about a format, before its code is loaded. */
interface FormatFacts {
  /** What people call it, as menus and help name it: `TMX`, `XLIFF 2.0`. */
  readonly label: string;
  /** The kind of file, the same for each version (`XLIFF`): lists of what is read name it once. */
  readonly family: string;
  /** The media type of a file written in it. */
  readonly mediaType: string;
  /** File name endings, with the dot, lower case; the first names a file written in it. */
  readonly extensions: readonly string[];
  /** Whether duizhao can write it (the export menu and `--to` list only these). */
  readonly writes: boolean;
}

/**
 * Every format, in the order menus and help list them. XLIFF 1.2 and 2.0 share `.xlf` and
 * `.xliff`: a file with either ending is read by `xliff`, the first to claim it, whose parser
 * reads both versions (the root's `version` says which); which version is written is chosen by
 * name (`--to xliff2`, "XLIFF 2.0" in the export menu), and both are written as `.xlf`.
 */
export const FORMAT_LIST = {
  json: {
    label: 'JSON',
    family: 'JSON',
    mediaType: 'application/json',
    extensions: ['.json'],
    writes: true,
  },
  tmx: {
    label: 'TMX',
    family: 'TMX',
    mediaType: 'application/x-tmx+xml',
    extensions: ['.tmx'],
    writes: true,
  },
  xliff: {
    label: 'XLIFF 1.2',
    family: 'XLIFF',
    mediaType: 'application/xliff+xml',
    extensions: ['.xlf', '.xliff'],
    writes: true,
  },
  xliff2: {
    label: 'XLIFF 2.0',
    family: 'XLIFF',
    mediaType: 'application/xliff+xml',
    extensions: ['.xlf', '.xliff'],
    writes: true,
  },
  tsv: {
    label: 'TSV',
    family: 'TSV',
    mediaType: 'text/tab-separated-values',
    extensions: ['.tsv', '.tab'],
    writes: true,
  },
  csv: {
    label: 'CSV',
    family: 'CSV',
    mediaType: 'text/csv',
    extensions: ['.csv'],
    writes: true,
  },
} as const satisfies Record<string, FormatFacts>;

/** The names under which formats are registered (`--from`, `--to` in the CLI). */
export type FormatName = keyof typeof FORMAT_LIST;

/** A format as the list describes it. */
export interface FormatInfo extends FormatFacts {
  readonly name: FormatName;
}

/** The format documents are kept and served in (`texts/`, the browser's store). */
export const DOCUMENT_FORMAT: FormatName = 'json';

/** What the caller knows that the file may not say. */
export interface ImportOptions {
  /** The file name, for issues and for a default id and title. */
  file?: string;
  /**
   * The pair to import, in the order the document will have: a file with more languages keeps
   * only these. Default: a Chinese tag and an English tag.
   */
  languages?: [Lang, Lang];
  id?: string;
  /** Titles keyed by a language tag of the pair or by its primary subtag (`zh`, `en`). */
  title?: Record<string, string>;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
}

/** A format with its code. */
export interface Format extends FormatInfo {
  parse(input: Uint8Array | string, options: ImportOptions): Result<ParallelText>;
  /** Present exactly when `writes` is true (the registry's test holds every format to it). */
  serialize?: (doc: ParallelText) => string | Uint8Array;
}

/** Inputs larger than this are refused before parsing: 50 MiB. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** Every format's facts, in list order. */
export const FORMAT_INFOS: readonly FormatInfo[] = Object.entries(FORMAT_LIST).map(
  ([name, facts]) => ({ name: name as FormatName, ...facts }),
);

/** Whether `name` is a registered format's name. */
export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMAT_LIST, name);
}

/** The format that reads a file, by its name's ending (case-insensitive); the first one wins. */
export function formatInfoForFile(name: string): FormatInfo | undefined {
  const lower = name.toLowerCase();
  return FORMAT_INFOS.find((f) => f.extensions.some((ext) => lower.endsWith(ext)));
}

/** Every ending a file duizhao reads may have, each once (a file picker's `accept`). */
export function readExtensions(): string[] {
  return [...new Set(FORMAT_INFOS.flatMap((f) => f.extensions))];
}

/** The kinds of file duizhao reads, each once, in list order: `JSON`, `TMX`, `XLIFF`… */
export function readFamilies(): string[] {
  return [...new Set(FORMAT_INFOS.map((f) => f.family))];
}

/** The formats duizhao writes, in list order. */
export function writableFormats(): FormatInfo[] {
  return FORMAT_INFOS.filter((f) => f.writes);
}

/** The name of a file holding document `id` in `format`: `report.tmx`. */
export function fileNameFor(id: string, format: FormatInfo): string {
  return `${id}${format.extensions[0] ?? ''}`;
}

/** The issue for a file whose name no format claims; it says which kinds of file are read. */
export function unknownFormatIssue(file: string): Issue {
  const kinds = readFamilies().join(', ');
  return { code: 'format', message: `is not a format duizhao reads (it reads ${kinds})`, file };
}
