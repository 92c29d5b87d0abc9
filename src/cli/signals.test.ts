import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'duizhao.js');
const PROBE = join(ROOT, 'src', 'cli', 'signal-probe.ts');

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Start a process in its own process group (so the test can see whether anything outlives it). */
function start(args: string[]): {
  pid: number;
  done: Promise<Exit>;
  firstLine: Promise<string>;
} {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  let gotLine: (line: string) => void = () => undefined;
  const firstLine = new Promise<string>((resolve) => (gotLine = resolve));
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (stdout.includes('\n')) gotLine(stdout.split('\n')[0] ?? '');
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Exit>((resolve) =>
    child.on('exit', (code, signal) => {
      resolve({ code, signal, stdout, stderr });
    }),
  );
  if (child.pid === undefined) throw new Error('the process did not start');
  return { pid: child.pid, done, firstLine };
}

/** Whether any process of this group is still alive. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** How many bytes a process has read so far (files, pipes, everything), from /proc. */
async function bytesRead(pid: number): Promise<number> {
  try {
    const io = await readFile(`/proc/${String(pid)}/io`, 'utf8');
    return Number(/^rchar:\s*(\d+)/m.exec(io)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duizhao-signals-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a killed command leaves nothing half-written', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s removes the temporary file being written and exits %i', async (signal, code) => {
    const target = join(dir, 'doc.json');
    const proc = start(['--import', 'tsx', PROBE, target]);
    const tmp = await proc.firstLine;
    expect(tmp.endsWith('.tmp')).toBe(true);
    expect(existsSync(tmp)).toBe(true);
    process.kill(proc.pid, signal);
    const exit = await proc.done;
    expect(exit.code, exit.stderr).toBe(code);
    expect(await readdir(dir)).toEqual([]);
  });

  it('killing duizhao align mid-work leaves the target as it was, no .tmp, and no process behind', async () => {
    // Two large texts: reading them is quick, aligning them takes far longer than the test.
    const paragraph = (k: number): string => `Paragraph ${String(k)} of a long text.`;
    const zh = Array.from({ length: 120_000 }, (_, k) => `第${String(k)}段，一段很长的文字。`);
    const en = Array.from({ length: 120_000 }, (_, k) => paragraph(k));
    await writeFile(join(dir, 'zh.txt'), zh.join('\n\n'));
    await writeFile(join(dir, 'en.txt'), en.join('\n\n'));
    const inputs = (await readFile(join(dir, 'zh.txt'))).length;
    const target = join(dir, 'out.json');
    await writeFile(target, 'the old document\n');
    const proc = start([
      BIN,
      'align',
      join(dir, 'zh.txt'),
      join(dir, 'en.txt'),
      '-o',
      target,
      '--force',
      '--no-dict',
    ]);
    // Once it has read more than the Chinese text's size, the command itself is running (its
    // signal handling is set up before it reads anything).
    await expect.poll(() => bytesRead(proc.pid)).toBeGreaterThan(inputs);
    process.kill(proc.pid, 'SIGTERM');
    const exit = await proc.done;
    expect(exit.code, exit.stderr).toBe(143);
    expect(exit.stdout).toBe('');
    // Nothing of the command's lives on to write later (no worker, no helper process).
    await expect.poll(() => groupAlive(proc.pid)).toBe(false);
    expect((await readdir(dir)).sort()).toEqual(['en.txt', 'out.json', 'zh.txt']);
    expect(await readFile(target, 'utf8')).toBe('the old document\n');
  });
});
