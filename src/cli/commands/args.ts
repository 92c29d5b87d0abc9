/** Shared option handling for commands: node's own argv parser, its errors as one-line usage errors. */
import { parseArgs } from 'node:util';
import { isDocumentDate, isDocumentId } from '../../model/edit/meta-form.ts';
import { formatIssue } from '../../model/validate.ts';
import type { Issue } from '../../model/types.ts';
import type { FormatInfo } from '../../formats/format.ts';
import { InputError, UsageError } from '../errors.ts';
import { lstat } from 'node:fs/promises';

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/** Parse `args` strictly; an unknown option or a missing value is a UsageError naming the command. */
export function parseCommandLine<O extends Options>(
  command: string,
  args: string[],
  options: O,
): ReturnType<
  typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>
> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    if (
      err instanceof TypeError &&
      'code' in err &&
      String(err.code).startsWith('ERR_PARSE_ARGS')
    ) {
      // Node's messages run long; the first sentence says what is wrong.
      const first = err.message.split(/\.\s/)[0] ?? err.message;
      throw new UsageError(`${command}: ${first.replace(/\.$/, '')}`);
    }
    throw err;
  }
}

/** `--langs zh-CN,en` -> the pair, or a UsageError. */
export function languagePair(
  command: string,
  value: string | undefined,
): [string, string] | undefined {
  if (value === undefined) return undefined;
  const parts = value.split(',').map((s) => s.trim());
  const [a, b] = parts;
  if (parts.length !== 2 || a === undefined || b === undefined || a === '' || b === '' || a === b)
    throw new UsageError(
      `${command}: --langs takes two different language tags, e.g. --langs zh-CN,en`,
    );
  return [a, b];
}

/** The document fields a command line may set, checked before any work. */
export function documentOptions(
  command: string,
  values: {
    id?: string | undefined;
    date?: string | undefined;
    'title-zh'?: string | undefined;
    'title-en'?: string | undefined;
  },
): { id?: string; date?: string; title?: Record<string, string> } {
  const out: { id?: string; date?: string; title?: Record<string, string> } = {};
  if (values.id !== undefined) {
    if (!isDocumentId(values.id))
      throw new UsageError(
        `${command}: --id must be letters, digits, - and _ (it becomes the file name and URL)`,
      );
    out.id = values.id;
  }
  if (values.date !== undefined) {
    if (!isDocumentDate(values.date))
      throw new UsageError(`${command}: --date must be YYYY, YYYY-MM or YYYY-MM-DD`);
    out.date = values.date;
  }
  const title: Record<string, string> = {};
  if (values['title-zh'] !== undefined) title.zh = values['title-zh'];
  if (values['title-en'] !== undefined) title.en = values['title-en'];
  if (Object.keys(title).length > 0) out.title = title;
  return out;
}

/** Refuse to replace a file unless asked to. */
export async function refuseOverwrite(
  command: string,
  path: string,
  force: boolean | undefined,
): Promise<void> {
  if (force === true) return;
  try {
    // lstat: a link is a target even when what it points to is missing or loops back.
    await lstat(path);
  } catch (err) {
    // Only "nothing there" lets the write go ahead; an unreadable target is still a target.
    if (err instanceof Error && 'code' in err && err.code === 'ENOENT') return;
    throw err;
  }
  throw new UsageError(`${command}: ${path} exists; add --force to replace it`);
}

/** Words as English lists them: `JSON, TMX, or CSV` (`and` for a conjunction). */
export function listed(words: readonly string[], type: 'or' | 'and' = 'or'): string {
  return new Intl.ListFormat('en', {
    type: type === 'or' ? 'disjunction' : 'conjunction',
  }).format(words);
}

/** Formats as help lines, indented by `indent`: `json    JSON       .json`. */
export function formatLines(formats: readonly FormatInfo[], indent: string): string[] {
  const name = Math.max(...formats.map((f) => f.name.length));
  const label = Math.max(...formats.map((f) => f.label.length));
  return formats.map(
    (f) => `${indent}${f.name.padEnd(name)}  ${f.label.padEnd(label)}  ${f.extensions.join(' ')}`,
  );
}

/** Issues as an InputError. */
export function inputError(issues: readonly Issue[]): InputError {
  return new InputError(issues.map(formatIssue));
}
