/**
 * `duizhao <command> [args]`: argv -> command -> exit code. An expected error prints one line
 * (or one line per issue); an unexpected one prints its stack.
 */
import { alignCommand } from './commands/align.ts';
import { check } from './commands/check.ts';
import type { Command, Output } from './commands/command.ts';
import { formatLines } from './commands/args.ts';
import { exportCommand } from './commands/export.ts';
import { importCommand } from './commands/import.ts';
import { EXIT, InputError, UsageError } from './errors.ts';
import { FORMAT_INFOS } from '../formats/format.ts';
import { removeTemporaryFilesOnSignals } from './io.ts';

export const COMMANDS: readonly Command[] = [alignCommand, importCommand, exportCommand, check];

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'duizhao: bilingual parallel texts',
    '',
    'usage: duizhao <command> [options]',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'formats (import --from, export --to):',
    ...formatLines(FORMAT_INFOS, '  '),
    '',
    'duizhao <command> --help shows the options of one command.',
  ].join('\n');
}

/** Run a command line; throws UsageError and InputError for expected failures. */
export async function runAndThrow(argv: string[], out: Output): Promise<void> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    out.log(help());
    return;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) throw new UsageError(`unknown command "${name}"; try duizhao --help`);
  if (args.includes('--help') || args.includes('-h')) {
    out.log(`${command.summary}\n\nusage: ${command.usage}`);
    return;
  }
  await command.run(args, out);
}

/** An error from a system call (a missing file, a loop of links, a full disk): the input's fault. */
function isSystemError(err: unknown): err is Error & { code: string } {
  return (
    err instanceof Error &&
    'code' in err &&
    typeof err.code === 'string' &&
    /^E[A-Z]+$/.test(err.code) &&
    'syscall' in err
  );
}

/** Run and turn the outcome into an exit code, printing what went wrong. */
export async function runAndLog(argv: string[], out: Output): Promise<number> {
  try {
    await runAndThrow(argv, out);
    return EXIT.ok;
  } catch (err) {
    if (err instanceof UsageError) {
      out.error(`duizhao: ${err.message}`);
      return EXIT.usage;
    }
    if (err instanceof InputError) {
      for (const line of err.lines) out.error(line);
      return EXIT.input;
    }
    if (isSystemError(err)) {
      // The file system's own words name the path the user typed (`ELOOP: …, stat 'out.json'`).
      out.error(`duizhao: ${err.message}`);
      return EXIT.input;
    }
    out.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    return EXIT.internal;
  }
}

/** Write to a stream, keeping the first failure (a full disk, a closed pipe) for the exit code. */
function writer(stream: NodeJS.WriteStream, failed: { error?: Error }): (line: string) => void {
  stream.on('error', (err) => (failed.error ??= err));
  return (line) => {
    stream.write(`${line}\n`, (err) => {
      if (err) failed.error ??= err;
    });
  };
}

/** The process entry point. */
export async function runAndExit(argv: string[]): Promise<never> {
  removeTemporaryFilesOnSignals();
  const failed: { error?: Error } = {};
  const out: Output = {
    log: writer(process.stdout, failed),
    error: (line) => process.stderr.write(`${line}\n`),
    interactive: process.stderr.isTTY,
  };
  let code = await runAndLog(argv, out);
  // A write's failure arrives after the write: wait for standard output to take everything.
  await new Promise<void>((resolve) =>
    process.stdout.write('', () => {
      resolve();
    }),
  );
  if (failed.error !== undefined && code === EXIT.ok) {
    process.stderr.write(`duizhao: could not write the output: ${failed.error.message}\n`);
    code = EXIT.input;
  }
  process.exit(code);
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  void runAndExit(process.argv.slice(2));
}
