import { checkDocument } from '../../model/document.ts';
import { parseDocument } from '../../model/validate.ts';
import { isFormatName, writableFormats, writerFor } from '../../formats/registry.ts';
import { UsageError } from '../errors.ts';
import { readText, writeAtomic } from '../io.ts';
import { formatLines, inputError, listed, parseCommandLine, refuseOverwrite } from './args.ts';
import type { Command } from './command.ts';

const WRITABLE = writableFormats();
const TARGETS = WRITABLE.map((f) => f.name).join('|');

/** `duizhao export`: a duizhao document in any format the registry writes. */
export const exportCommand: Command = {
  name: 'export',
  summary: `write a duizhao document as ${listed(WRITABLE.map((f) => f.label))}`,
  usage: [
    'duizhao export <doc.json> --to FORMAT [-o PATH]',
    '',
    `  --to FORMAT      ${TARGETS}:`,
    ...formatLines(WRITABLE, '                     '),
    '  -o, --out PATH   where to write (default: standard output)',
    '  --force          replace PATH if it exists',
  ].join('\n'),
  async run(args, out) {
    const { values, positionals } = parseCommandLine('export', args, {
      to: { type: 'string' },
      out: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
    });
    const [file, ...extra] = positionals;
    if (file === undefined) throw new UsageError('export: name the document to export');
    if (extra.length > 0)
      throw new UsageError(`export: one document at a time (also got ${extra.join(' ')})`);
    if (values.to === undefined)
      throw new UsageError(`export: say which format with --to ${TARGETS}`);
    const serialize = isFormatName(values.to) ? writerFor(values.to) : undefined;
    if (serialize === undefined) throw new UsageError(`export: --to must be one of ${TARGETS}`);
    if (values.out !== undefined) await refuseOverwrite('export', values.out, values.force);

    const result = parseDocument(await readText(file), file);
    if (!result.ok) throw inputError(result.issues);
    const problems = checkDocument(result.value, file);
    if (problems.length > 0) throw inputError(problems);
    const data = serialize(result.value);
    if (values.out !== undefined) {
      await writeAtomic(values.out, data);
      out.error(
        `wrote ${values.out} (${values.to}, ${String(result.value.segments.length)} segments)`,
      );
      return;
    }
    const text = typeof data === 'string' ? data : new TextDecoder().decode(data);
    // out.log ends the line itself.
    out.log(text.replace(/\r?\n$/, ''));
  },
};
