/**
 * Turning input bytes into text: UTF-8, or UTF-16 LE/BE when a byte-order mark (or the zero
 * bytes of an XML declaration) says so. Bytes that are not UTF-8 are an issue, not mojibake.
 */
import type { Result } from '../model/types.ts';
import { MAX_INPUT_BYTES } from './format.ts';
import { makeIssue } from './issues.ts';

function encodingOf(bytes: Uint8Array): {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  bom: boolean;
} {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', bom: true };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bom: true };
  // UTF-16 without a mark: `<` (or any ASCII) next to a zero byte.
  if (bytes.length >= 2 && b0 !== 0 && b1 === 0) return { encoding: 'utf-16le', bom: false };
  if (bytes.length >= 2 && b0 === 0 && b1 !== 0) return { encoding: 'utf-16be', bom: false };
  return { encoding: 'utf-8', bom: false };
}

/** Where the first byte that breaks UTF-8 sits: its offset, and the line and column before it. */
function firstBadByte(
  bytes: Uint8Array,
): { line: number; column: number; offset: number } | undefined {
  let i = 0;
  let offset = -1;
  while (i < bytes.length && offset < 0) {
    const c = bytes[i] ?? 0;
    const follow =
      c < 0x80
        ? 0
        : c >= 0xc2 && c <= 0xdf
          ? 1
          : c >= 0xe0 && c <= 0xef
            ? 2
            : c >= 0xf0 && c <= 0xf4
              ? 3
              : -1;
    if (follow < 0) offset = i;
    for (let k = 1; k <= follow && offset < 0; k++) {
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) offset = i;
    }
    i += follow + 1;
  }
  // Overlong forms and encoded surrogates pass this scan; the decoder still refuses them.
  if (offset < 0) return undefined;
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset)).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1, offset };
}

/** Bytes or text to text, refusing input over `MAX_INPUT_BYTES`. A leading BOM is removed. */
export function decodeInput(input: Uint8Array | string, file?: string): Result<string> {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_INPUT_BYTES) {
    return {
      ok: false,
      issues: [
        makeIssue(
          'too-large',
          `is ${String(size)} bytes, over the limit of ${String(MAX_INPUT_BYTES / 1024 / 1024)} MiB`,
          file === undefined ? {} : { file },
        ),
      ],
    };
  }
  if (typeof input === 'string')
    return { ok: true, value: input.replace(/^\uFEFF/, ''), warnings: [] };
  const { encoding, bom } = encodingOf(input);
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(input);
    return { ok: true, value: bom ? text : text.replace(/^\uFEFF/, ''), warnings: [] };
  } catch {
    const where = encoding === 'utf-8' ? firstBadByte(input) : undefined;
    const name =
      encoding === 'utf-8' ? 'UTF-8' : encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
    return {
      ok: false,
      issues: [
        makeIssue(
          'encoding',
          encoding !== 'utf-8'
            ? `not valid ${name}`
            : `not UTF-8${where === undefined ? '' : ` (byte ${String(where.offset)})`}; save the file as UTF-8, or UTF-16 with a byte-order mark`,
          {
            ...(file === undefined ? {} : { file }),
            ...(where === undefined ? {} : { line: where.line, column: where.column }),
          },
        ),
      ],
    };
  }
}
