/**
 * What every import/export format is: a pure pair of functions, `parse` (bytes or text to a
 * document or issues; it never throws for bad input) and `serialize` (a document to text).
 */
import type { Lang, ParallelText, Result } from '../model/types.ts';

/** The names under which formats are registered (`--to` in the CLI). */
export type FormatName = 'json' | 'tmx' | 'xliff' | 'xliff2' | 'tsv' | 'csv';

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

export interface Format {
  name: FormatName;
  /** File name endings this format reads, with the dot (`.tmx`). */
  extensions: string[];
  parse(input: Uint8Array | string, options: ImportOptions): Result<ParallelText>;
  serialize(doc: ParallelText): string | Uint8Array;
}

/** Inputs larger than this are refused before parsing: 50 MiB. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
