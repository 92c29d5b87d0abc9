/** For the CLI's tests: run a command in this process and keep what it printed. */
import type { Output } from './commands/command.ts';
import { runAndLog } from './main.ts';

/** What a command run gave: its exit code and its two streams, lines joined. */
export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `duizhao <argv>` in this process, as a script would, capturing both streams. */
export async function runCaptured(...argv: string[]): Promise<Captured> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const out: Output = {
    interactive: false,
    log: (line) => stdout.push(line),
    error: (line) => stderr.push(line),
  };
  const code = await runAndLog(argv, out);
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}
