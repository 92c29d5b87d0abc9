import { checkDocument } from '../../model/document.ts';
import { formatIssue, parseDocument } from '../../model/validate.ts';
import { InputError, UsageError } from '../errors.ts';
import { expandTextPaths, readText } from '../io.ts';
import type { Command } from './command.ts';

export const check: Command = {
  name: 'check',
  summary: 'check documents (files, or folders of .json files) against the duizhao format',
  usage: 'duizhao check [paths...]   (default: texts)',
  async run(args, out) {
    if (args.some((a) => a.startsWith('-')))
      throw new UsageError(`check: unknown option ${args.find((a) => a.startsWith('-')) ?? ''}`);
    const files = await expandTextPaths(args.length === 0 ? ['texts'] : args);
    if (files.length === 0) throw new UsageError('check: no .json documents found');
    const problems: string[] = [];
    for (const file of files) {
      const result = parseDocument(await readText(file), file);
      const issues = result.ok ? checkDocument(result.value, file) : result.issues;
      if (issues.length === 0)
        out.log(`ok  ${file} (${String(result.ok ? result.value.segments.length : 0)} segments)`);
      problems.push(...issues.map(formatIssue));
    }
    if (problems.length > 0) throw new InputError(problems);
  },
};
