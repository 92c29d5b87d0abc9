/** The only module that touches the file system (the CLI and the build's texts plugin use it). */
import { randomBytes } from 'node:crypto';
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Read a file as bytes. */
export async function readBytes(path: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(path));
}

/** Read a UTF-8 text file. */
export async function readText(path: string): Promise<string> {
  return readFile(path, 'utf8');
}

/**
 * Write a file all at once: the text goes to a temporary file beside the target, then is renamed
 * over it, so a failure never leaves a half-written file.
 */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
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
