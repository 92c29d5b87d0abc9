import { checkDocument } from '../../model/document.ts';
import { formatIssue } from '../../model/validate.ts';
import {
  FORMAT_INFOS,
  FORMATS,
  formatForFile,
  isFormatName,
  readExtensions,
  readFamilies,
} from '../../formats/registry.ts';
import { UsageError } from '../errors.ts';
import { readBytes, writeAtomic } from '../io.ts';
import {
  documentOptions,
  formatLines,
  inputError,
  listed,
  languagePair,
  parseCommandLine,
  refuseOverwrite,
} from './args.ts';
import type { Command } from './command.ts';

const READABLE = FORMAT_INFOS.map((f) => f.name).join('|');

/** For endings two formats claim: which one reads such a file (the first listed). */
function sharedEndings(): string[] {
  return readExtensions().flatMap((ext) => {
    const claims = FORMAT_INFOS.filter((f) => f.extensions.includes(ext));
    const [reader] = claims;
    if (reader === undefined || claims.length < 2 || ext !== reader.extensions[0]) return [];
    const shared = reader.extensions.filter((e) => claims.every((f) => f.extensions.includes(e)));
    return [
      `a ${listed(shared)} file is read as ${reader.name}, which reads every ${reader.family} version`,
    ];
  });
}

/** `duizhao import`: a file in any format the registry reads to a duizhao document. */
export const importCommand: Command = {
  name: 'import',
  summary: `turn a ${listed(readFamilies())} file into a duizhao document`,
  usage: [
    'duizhao import <file> [options]',
    '',
    `  --from FORMAT        ${READABLE} (default: from the file name's ending)`,
    ...formatLines(FORMAT_INFOS, '                         '),
    ...sharedEndings().map((line) => `                       ${line}`),
    '  --langs A,B          the language pair to take, e.g. zh-CN,en (default: Chinese and English)',
    '  --id ID              the document id (default: from the file, or its name)',
    '  --title-zh TEXT      the Chinese title',
    '  --title-en TEXT      the English title',
    '  --date YYYY-MM-DD    the document date',
    '  -o, --out PATH       where to write (default: texts/<id>.json)',
    '  --force              replace PATH if it exists',
  ].join('\n'),
  async run(args, out) {
    const { values, positionals } = parseCommandLine('import', args, {
      from: { type: 'string' },
      langs: { type: 'string' },
      id: { type: 'string' },
      'title-zh': { type: 'string' },
      'title-en': { type: 'string' },
      date: { type: 'string' },
      out: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
    });
    const [file, ...extra] = positionals;
    if (file === undefined) throw new UsageError('import: name the file to import');
    if (extra.length > 0)
      throw new UsageError(`import: one file at a time (also got ${extra.join(' ')})`);
    let format = formatForFile(file);
    if (values.from !== undefined) {
      if (!isFormatName(values.from))
        throw new UsageError(`import: --from must be one of ${READABLE}`);
      format = FORMATS[values.from];
    }
    if (format === undefined)
      throw new UsageError(`import: cannot tell the format of ${file}; add --from ${READABLE}`);
    const languages = languagePair('import', values.langs);
    const fields = documentOptions('import', values);
    if (values.out !== undefined) await refuseOverwrite('import', values.out, values.force);

    const result = format.parse(await readBytes(file), {
      file,
      ...fields,
      ...(languages === undefined ? {} : { languages }),
    });
    if (!result.ok) throw inputError(result.issues);
    const doc = result.value;
    const problems = checkDocument(doc, file);
    if (problems.length > 0) throw inputError(problems);
    for (const warning of result.warnings) out.error(`warning: ${formatIssue(warning)}`);

    const target = values.out ?? `texts/${doc.id}.json`;
    if (values.out === undefined) await refuseOverwrite('import', target, values.force);
    await writeAtomic(target, FORMATS.json.serialize(doc));
    out.log(
      `wrote ${target}: ${String(doc.segments.length)} segments (${doc.languages.join(', ')}) from ${file}`,
    );
  },
};
