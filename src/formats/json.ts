/** Our own format: the JSON of `texts/`, checked by the same validator. */
import type { ParallelText, Result } from '../model/types.ts';
import { parseDocument, validateDocument } from '../model/validate.ts';
import { decodeInput } from './decode.ts';
import { FORMAT_LIST, type Format, type ImportOptions } from './format.ts';

/** Documents in `texts/` point at the schema beside them. */
export const SCHEMA_REF = './duizhao.schema.json';

function parse(input: Uint8Array | string, options: ImportOptions): Result<ParallelText> {
  const text = decodeInput(input, options.file);
  if (!text.ok) return text;
  const doc = parseDocument(text.value, options.file);
  if (
    !doc.ok ||
    (options.id === undefined && options.date === undefined && options.title === undefined)
  )
    return doc;
  // The caller's id, date and titles win over the file's.
  const title: Record<string, string> = { ...doc.value.title };
  for (const lang of doc.value.languages) {
    const primary = lang.split('-')[0] ?? lang;
    const given = options.title?.[lang] ?? options.title?.[primary];
    if (given !== undefined) title[lang] = given;
  }
  return validateDocument(
    {
      ...doc.value,
      title,
      ...(options.id === undefined ? {} : { id: options.id }),
      ...(options.date === undefined ? {} : { date: options.date }),
    },
    options.file,
  );
}

/** Pretty JSON, two spaces, `$schema` first, a final newline. */
function serialize(doc: ParallelText): string {
  return `${JSON.stringify({ ...doc, $schema: undefined }, null, 2).replace(/^\{/, `{\n  "$schema": ${JSON.stringify(SCHEMA_REF)},`)}\n`;
}

/** duizhao's own format. */
export const json = { name: 'json', ...FORMAT_LIST.json, parse, serialize } satisfies Format;
