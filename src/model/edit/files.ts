/**
 * What the Import page does with picked or dropped files: two plain texts to align, one plain
 * text for a side, or one aligned file in a format of the registry. Decided from names, media
 * types and sizes alone, before any file is read.
 */
import { formatInfoForFile, MAX_INPUT_BYTES } from '../../formats/format.ts';
import { chineseFirst, looksChinese } from '../script.ts';
import type { SideIndex } from './state.ts';

/** What the page knows of a file before reading it (a `File` is one). */
export interface FileFacts {
  readonly name: string;
  /** The media type the browser gives, or ''. */
  readonly type: string;
  readonly size: number;
}

/** A plain text to align, a file in a registered format, or neither. */
export type FileKind = 'plain' | 'aligned' | 'unknown';

/** The kind of one file: `.txt`, or `text/plain` without a format's ending, is plain. */
export function fileKind(file: Pick<FileFacts, 'name' | 'type'>): FileKind {
  const format = formatInfoForFile(file.name);
  if (/\.txt$/iu.test(file.name) || (file.type === 'text/plain' && format === undefined))
    return 'plain';
  return format === undefined ? 'unknown' : 'aligned';
}

/** What to do with a set of files. */
export type ImportPlan<F extends FileFacts> =
  | { readonly kind: 'aligned'; readonly file: F }
  | { readonly kind: 'texts'; readonly files: readonly [F] | readonly [F, F] }
  | { readonly kind: 'too-large'; readonly file: F; readonly limitMiB: number }
  | { readonly kind: 'refused'; readonly file: F | undefined };

/** Decide what a set of picked or dropped files is for; `refused` names the file to mention. */
export function planImport<F extends FileFacts>(files: readonly F[]): ImportPlan<F> {
  const tooLarge = files.find((f) => f.size > MAX_INPUT_BYTES);
  if (tooLarge !== undefined)
    return { kind: 'too-large', file: tooLarge, limitMiB: MAX_INPUT_BYTES / 1024 / 1024 };
  const plain = files.filter((f) => fileKind(f) === 'plain');
  const other = files.filter((f) => fileKind(f) !== 'plain');
  const [first] = other;
  if (first !== undefined && other.length === 1 && plain.length === 0)
    return fileKind(first) === 'aligned'
      ? { kind: 'aligned', file: first }
      : { kind: 'refused', file: first };
  const [a, b] = plain;
  if (other.length > 0 || a === undefined || plain.length > 2)
    return { kind: 'refused', file: first ?? files[0] };
  return { kind: 'texts', files: b === undefined ? [a] : [a, b] };
}

/**
 * The two text areas after plain texts were read: two texts fill both sides, Chinese first; one
 * goes to the side it was dropped on, or else the side its script says.
 */
export function placeTexts(
  current: readonly [string, string],
  read: readonly [string] | readonly [string, string],
  side?: SideIndex,
): [string, string] {
  const [first, second] = read;
  if (second !== undefined) return chineseFirst(first, second);
  const texts: [string, string] = [current[0], current[1]];
  texts[side ?? (looksChinese(first) ? 0 : 1)] = first;
  return texts;
}
