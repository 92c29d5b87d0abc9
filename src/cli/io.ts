/** The only module that touches the file system (the CLI and the build's texts plugin use it). */
import { randomBytes } from 'node:crypto';
import { constants, rmSync } from 'node:fs';
import { open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { decodeInput } from '../formats/decode.ts';
import { MAX_INPUT_BYTES } from '../formats/format.ts';
import { formatIssue } from '../model/validate.ts';
import { InputError } from './errors.ts';

/** What a path is when it is not a plain file, as a message says it. */
function kindOf(info: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

function tooLarge(path: string, size: string): InputError {
  return new InputError([
    `${path}: is ${size}, over the limit of ${String(MAX_INPUT_BYTES / 1024 / 1024)} MiB`,
  ]);
}

/**
 * Read a file as bytes, at most `limit` of them. The path is opened without blocking (a FIFO
 * with no writer would otherwise wait forever), then only a regular file is read: a directory, a
 * pipe or a device (`/dev/zero`) is refused by name, and a file over the limit is refused from
 * its size before a byte is read. The read itself stops at `limit + 1` bytes, so a file that
 * grows while it is read cannot take more memory than that.
 */
export async function readBytes(path: string, limit = MAX_INPUT_BYTES): Promise<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile())
      throw new InputError([`${path}: is ${kindOf(info)}; duizhao reads regular files`]);
    if (info.size > limit) throw tooLarge(path, `${String(info.size)} bytes`);
    // Room for the size read plus one byte: a file that grew since is caught without a second pass.
    let buffer = new Uint8Array(Math.min(limit + 1, info.size + 1));
    let filled = 0;
    for (;;) {
      if (filled === buffer.length) {
        if (filled > limit) throw tooLarge(path, `more than ${String(limit)} bytes`);
        const bigger = new Uint8Array(Math.min(limit + 1, buffer.length * 2));
        bigger.set(buffer);
        buffer = bigger;
      }
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) return buffer.subarray(0, filled);
      filled += bytesRead;
    }
  } finally {
    await handle.close();
  }
}

/**
 * Read a text file with the same limits as `readBytes`, decoded as `import` decodes (UTF-8, or
 * UTF-16 with a byte-order mark); bytes that are neither are an error naming the path and where.
 */
export async function readText(path: string, limit = MAX_INPUT_BYTES): Promise<string> {
  const text = decodeInput(await readBytes(path, limit), path);
  if (!text.ok) throw new InputError(text.issues.map(formatIssue));
  return text.value;
}

/** Temporary files being written now; a signal removes them before the process ends. */
const pending = new Set<string>();

/**
 * Write a file all at once: the text goes to a temporary file beside the target, then is renamed
 * over it, so a failure never leaves a half-written file (and `removeTemporaryFilesOnSignals`
 * makes a kill not leave one either).
 */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = temporaryPathFor(path);
  pending.add(tmp);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  } finally {
    pending.delete(tmp);
  }
}

/** Where `writeAtomic` puts a target's text first: a hidden name beside it, ending `.tmp`. */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Start a temporary file by hand (for a test of the signal handling): registered, not yet renamed. */
export async function beginTemporary(path: string): Promise<string> {
  const tmp = temporaryPathFor(path);
  pending.add(tmp);
  await writeFile(tmp, '');
  return tmp;
}

const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

/**
 * On SIGINT, SIGTERM or SIGHUP, remove every temporary file still being written and end with
 * the usual code (128 + the signal's number). Node's default for these signals ends the process
 * at once, skipping every `finally`, which is how a killed command used to leave a `.tmp` behind.
 */
export function removeTemporaryFilesOnSignals(): void {
  for (const [name, number] of Object.entries(SIGNALS)) {
    process.once(name, () => {
      for (const tmp of pending) rmSync(tmp, { force: true });
      process.exit(128 + number);
    });
  }
}

/** Expand paths: a folder stands for the `.json` documents in it (not the schema or index). */
export async function expandTextPaths(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const info = await stat(path);
    if (info.isDirectory()) {
      const names = await listDocuments(path);
      out.push(...names.map((name) => join(path, name)));
    } else {
      out.push(path);
    }
  }
  return out;
}

/** The file names of the documents in a folder, sorted (see `isDocumentFileName`). */
export async function listDocuments(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter(isDocumentFileName).sort();
}

/** Documents are `*.json` files other than the schema and the generated catalogue. */
export function isDocumentFileName(name: string): boolean {
  return name.endsWith('.json') && !name.endsWith('.schema.json') && name !== 'index.json';
}
