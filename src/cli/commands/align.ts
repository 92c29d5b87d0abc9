import cliProgress from 'cli-progress';
import { decodeInput } from '../../formats/decode.ts';
import { FORMATS } from '../../formats/registry.ts';
import { alignTexts, type AlignedTexts } from '../../model/align/pipeline.ts';
import { documentFromState } from '../../model/edit/convert.ts';
import { isLow, LOW_CONFIDENCE } from '../../model/edit/state.ts';
import { DEFAULT_LANGUAGES, type Lang } from '../../model/types.ts';
import { validateDocument } from '../../model/validate.ts';
import { dictionaryApplies, loadDictionary } from '../dictionary.ts';
import { UsageError } from '../errors.ts';
import { readBytes, writeAtomic } from '../io.ts';
import {
  documentOptions,
  inputError,
  languagePair,
  parseCommandLine,
  refuseOverwrite,
} from './args.ts';
import type { Command, Output } from './command.ts';

async function readPlain(path: string): Promise<string> {
  const text = decodeInput(await readBytes(path), path);
  if (!text.ok) throw inputError(text.issues);
  return text.value;
}

/** A bar on a terminal; nothing otherwise (the summary line says how it went). */
function progress(out: Output): { update(done: number, total: number): void; stop(): void } {
  if (!out.interactive) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      format: 'aligning [{bar}] {percentage}% | {eta_formatted} left',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      // The aligner reports fractions of rows; the bar wants whole steps.
      const scale = 1000;
      if (!started) {
        bar.start(scale, 0);
        started = true;
      }
      bar.update(Math.round((done / Math.max(total, 1)) * scale));
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

export const alignCommand: Command = {
  name: 'align',
  summary: 'pair a Chinese text and its English translation (two plain files) into a document',
  usage: [
    'duizhao align <zh.txt> <en.txt> -o texts/<id>.json [options]',
    '',
    '  Paragraphs are separated by blank lines (or, in a file without any, one per line).',
    '',
    '  -o, --out PATH       where to write (default: texts/<id>.json)',
    '  --id ID              the document id (default: from the output file name)',
    '  --title-zh TEXT      the Chinese title (default: the first paragraph)',
    '  --title-en TEXT      the English title (default: the first paragraph)',
    '  --date YYYY-MM-DD    the document date (default: today; a dateline in the text is',
    '                       suggested, never applied)',
    "  --langs A,B          the two files' language tags (default: zh-Hans,en)",
    '  --force              replace PATH if it exists',
    '  --no-dict            align without the CC-CEDICT dictionary: saves the few seconds it',
    '                       takes to load, at some cost in accuracy where figures and section',
    '                       numbers are scarce (the dictionary is used for Chinese and English)',
  ].join('\n'),
  async run(args, out) {
    const { values, positionals } = parseCommandLine('align', args, {
      out: { type: 'string', short: 'o' },
      id: { type: 'string' },
      'title-zh': { type: 'string' },
      'title-en': { type: 'string' },
      date: { type: 'string' },
      langs: { type: 'string' },
      force: { type: 'boolean' },
      'no-dict': { type: 'boolean' },
    });
    const [zhFile, enFile, ...extra] = positionals;
    if (zhFile === undefined || enFile === undefined)
      throw new UsageError('align: name two files, the Chinese text then the English');
    if (extra.length > 0)
      throw new UsageError(`align: two files only (also got ${extra.join(' ')})`);
    const fields = documentOptions('align', values);
    const languages = languagePair('align', values.langs) ?? DEFAULT_LANGUAGES;
    const fromName = values.out
      ?.split(/[\\/]/)
      .at(-1)
      ?.replace(/\.json$/i, '');
    const id =
      fields.id ??
      (fromName !== undefined && /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(fromName)
        ? fromName
        : undefined);
    if (id === undefined)
      throw new UsageError('align: give the document an --id (or an -o file name that is one)');
    const target = values.out ?? `texts/${id}.json`;
    await refuseOverwrite('align', target, values.force);

    const texts = [await readPlain(zhFile), await readPlain(enFile)] as const;
    // A text of white space alone has no paragraph: refuse it before the dictionary's seconds.
    const empty = texts.findIndex((t) => t.trim() === '');
    if (empty >= 0)
      throw inputError([
        { code: 'empty', message: 'has no text', file: empty === 0 ? zhFile : enFile },
      ]);
    const started = Date.now();
    const useDictionary = values['no-dict'] !== true && dictionaryApplies(languages);
    if (useDictionary && out.interactive)
      out.error('loading the CC-CEDICT dictionary (--no-dict skips it)');
    const dictionary = useDictionary ? await loadDictionary() : undefined;
    const title: Record<Lang, string> = {};
    if (fields.title?.zh !== undefined) title[languages[0]] = fields.title.zh;
    if (fields.title?.en !== undefined) title[languages[1]] = fields.title.en;
    const bar = progress(out);
    let result: AlignedTexts;
    try {
      result = alignTexts(texts, {
        languages,
        id,
        title,
        ...(fields.date === undefined ? {} : { date: fields.date }),
        ...(dictionary === undefined ? {} : { dictionary }),
        onProgress: (done, total) => {
          bar.update(done, total);
        },
      });
    } finally {
      bar.stop();
    }
    const checked = validateDocument(documentFromState(result.state), target);
    if (!checked.ok) throw inputError(checked.issues);
    await writeAtomic(target, FORMATS.json.serialize(checked.value));
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const [a, b] = result.paragraphs;
    const low = result.state.pairs.filter(isLow).length;
    out.log(
      `wrote ${target}: ${String(a.length)} + ${String(b.length)} paragraphs in ${String(result.links.length)} links (${seconds} s); ${String(low)} with confidence below ${String(LOW_CONFIDENCE)}`,
    );
    const dateline = result.suggestions.date;
    if (dateline !== undefined)
      out.error(`the text's dateline reads ${dateline}; pass --date ${dateline} to use it`);
  },
};
