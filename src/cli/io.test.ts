import { execFileSync, spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir, mkdtemp, open, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from './errors.ts';
import { runCaptured as run } from './run-captured.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'duizhao.js');

/** Start a process; resolves with its exit code (or signal) and what it printed. */
function start(
  args: string[],
  options: { stdout?: number } = {},
): {
  pid: number;
  done: Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>;
  firstLine: Promise<string>;
} {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', options.stdout ?? 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let gotLine: (line: string) => void = () => undefined;
  const firstLine = new Promise<string>((resolve) => (gotLine = resolve));
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (stdout.includes('\n')) gotLine(stdout.split('\n')[0] ?? '');
  });
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<{
    code: number | null;
    signal: string | null;
    stdout: string;
    stderr: string;
  }>((resolve) =>
    child.on('exit', (code, signal) => {
      resolve({ code, signal, stdout, stderr });
    }),
  );
  if (child.pid === undefined) throw new Error('the process did not start');
  return { pid: child.pid, done, firstLine };
}

const TSV = 'en\tzh\nHello.\t你好。\nGoodbye.\t再见。\n';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duizhao-io-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('input that is not a plain file of a sane size gets a clear message, at once', () => {
  it.each([
    ['/dev/zero', 'is a character device'],
    ['fifo', 'is a named pipe (FIFO)'],
    ['folder', 'is a directory'],
    ['big.tsv', 'is 62914560 bytes, over the limit of 50 MiB'],
  ])('%s', async (name, message) => {
    const path = name.startsWith('/') ? name : join(dir, name);
    if (name === 'fifo') execFileSync('mkfifo', [path]);
    if (name === 'folder') await mkdir(path);
    if (name === 'big.tsv') {
      const handle = await open(path, 'w');
      await handle.truncate(60 * 1024 * 1024);
      await handle.close();
    }
    const doc = join(dir, 'doc.json');
    await writeFile(join(dir, 'a.tsv'), TSV);
    expect((await run('import', join(dir, 'a.tsv'), '-o', doc)).code).toBe(EXIT.ok);

    for (const argv of [
      ['import', path, '--from', 'tsv', '-o', join(dir, 'out.json')],
      ['check', path],
      ['export', path, '--to', 'tsv'],
      ['align', path, join(dir, 'a.tsv'), '-o', join(dir, 'aligned.json'), '--no-dict'],
    ]) {
      // `check` of a folder reads the documents in it, which is what it is for.
      if (argv[0] === 'check' && name === 'folder') continue;
      const result = await run(...argv);
      const label = argv.join(' ');
      expect(result.code, label).toBe(EXIT.input);
      expect(result.stdout, label).toBe('');
      expect(result.stderr.startsWith(`${path}: ${message}`), `${label}: ${result.stderr}`).toBe(
        true,
      );
    }
    expect(await readdir(dir)).not.toContain('out.json');
  });

  it('check and export refuse a document that is not UTF-8, naming the line', async () => {
    const doc = join(dir, 'doc.json');
    await writeFile(doc, Buffer.from('{\n  "id": "caf\xe9"\n}\n', 'latin1'));
    for (const argv of [
      ['check', doc],
      ['export', doc, '--to', 'tsv'],
    ]) {
      const result = await run(...argv);
      expect(result.code).toBe(EXIT.input);
      expect(result.stderr).toMatch(new RegExp(`^${doc}:2:\\d+: not UTF-8`));
    }
  });
});

describe('an existing target is never replaced without --force', () => {
  it('a link that loops or points nowhere counts as a target', async () => {
    await writeFile(join(dir, 'a.tsv'), TSV);
    await symlink('loop.json', join(dir, 'loop.json'));
    await symlink('missing.json', join(dir, 'dangling.json'));
    for (const name of ['loop.json', 'dangling.json']) {
      const target = join(dir, name);
      expect(await run('import', join(dir, 'a.tsv'), '-o', target)).toEqual({
        code: EXIT.usage,
        stdout: '',
        stderr: `duizhao: import: ${target} exists; add --force to replace it`,
      });
    }
    expect((await readdir(dir)).sort()).toEqual(['a.tsv', 'dangling.json', 'loop.json']);
  });

  it('a target that cannot be looked at is one line and exit 1, not a stack', async () => {
    await writeFile(join(dir, 'a.tsv'), TSV);
    await symlink('loop', join(dir, 'loop'));
    for (const target of [join(dir, 'a.tsv', 'x.json'), join(dir, 'loop', 'x.json')]) {
      const result = await run('import', join(dir, 'a.tsv'), '-o', target);
      expect(result.code).toBe(EXIT.input);
      expect(result.stderr).toMatch(/^duizhao: E(NOTDIR|LOOP): .*x\.json'$/);
    }
    expect(await readFile(join(dir, 'a.tsv'), 'utf8')).toBe(TSV);
  });
});

describe('standard output', () => {
  it('a failed write (a full disk) exits non-zero and says so', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const proc = start([BIN, '--help'], { stdout: full });
      const exit = await proc.done;
      expect(exit.code).toBe(EXIT.input);
      expect(exit.stderr).toMatch(/^duizhao: could not write the output: ENOSPC/);
    } finally {
      closeSync(full);
    }
  });
});
