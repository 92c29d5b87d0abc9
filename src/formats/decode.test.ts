import { describe, expect, it } from 'vitest';
import { formatIssue } from '../model/validate.ts';
import { decodeInput } from './decode.ts';
import { FORMATS, MAX_INPUT_BYTES, formatForFile } from './registry.ts';

describe('reading input bytes', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const text = '对照 duizhao 😀';
    const bytes = new TextEncoder().encode(text);
    expect(decodeInput(bytes)).toMatchObject({ ok: true, value: text });
    expect(decodeInput(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toMatchObject({
      ok: true,
      value: text,
    });
  });

  it('reads UTF-16 LE and BE by their byte-order marks', () => {
    const text = '<a>对照</a>';
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    expect(decodeInput(le)).toMatchObject({ ok: true, value: text });
    expect(decodeInput(be)).toMatchObject({ ok: true, value: text });
  });

  it('says where input stops being UTF-8 (a Latin-1 file, say)', () => {
    const latin1 = new Uint8Array([...Buffer.from('line one\ncaf', 'latin1'), 0xe9, 0x0a]);
    const result = decodeInput(latin1, 'old.csv');
    expect(result.ok ? '' : formatIssue(result.issues[0]!)).toBe(
      'old.csv:2:4: not UTF-8 (byte 12); save the file as UTF-8, or UTF-16 with a byte-order mark',
    );
  });

  it(`refuses input over ${String(MAX_INPUT_BYTES / 1024 / 1024)} MiB before parsing it`, () => {
    const result = FORMATS.tmx.parse(new Uint8Array(MAX_INPUT_BYTES + 1), { file: 'huge.tmx' });
    expect(result.ok ? '' : formatIssue(result.issues[0]!)).toBe(
      'huge.tmx: is 52428801 bytes, over the limit of 50 MiB',
    );
  });
});

describe('the registry', () => {
  it('finds a format by file name, whatever the case of its ending', () => {
    expect(
      ['a.TMX', 'b.xlf', 'c.xliff', 'd.tsv', 'e.csv', 'f.json', 'g.txt'].map(
        (n) => formatForFile(n)?.name,
      ),
    ).toEqual(['tmx', 'xliff', 'xliff', 'tsv', 'csv', 'json', undefined]);
  });
});
