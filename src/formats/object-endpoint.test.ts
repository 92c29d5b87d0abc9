import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../cli/errors.ts';
import { runCaptured } from '../cli/run-captured.ts';
import { formatIssue } from '../model/validate.ts';
import { FORMATS } from './registry.ts';
import { smallDocument } from './test-documents.ts';

// A cross-reference endpoint that is an object whose toString is not a function: making it a
// string throws, which used to end the command with exit 3 and a stack.
const HOSTILE = '{"toString":1}';

/** The small document written in `format`, its cross-reference's `from` replaced by `value`. */
function withEndpoint(format: 'json' | 'tmx' | 'xliff' | 'xliff2', value: string): string {
  const text = FORMATS[format].serialize(smallDocument());
  const replaced = text.replace(/"from": ?"p1"/, `"from":${value}`);
  expect(replaced).not.toBe(text);
  return replaced;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duizhao-endpoint-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a cross-reference endpoint that is not a string', () => {
  it.each(['json', 'tmx', 'xliff', 'xliff2'] as const)(
    'in %s is an issue naming the field, not an exception',
    (format) => {
      for (const value of [HOSTILE, '[]', '7', 'null']) {
        const result = FORMATS[format].parse(withEndpoint(format, value), { file: 'doc' });
        expect(result.ok).toBe(false);
        if (result.ok) continue;
        expect(result.issues.map(formatIssue)).toContainEqual(
          expect.stringMatching(
            /^doc: crossRefs\/0\/from: must be a segment id \(a string\); it is (an object|a list|a number|null)$/,
          ),
        );
      }
    },
  );

  it.each([
    ['json', '.json'],
    ['tmx', '.tmx'],
    ['xliff2', '.xlf'],
  ] as const)(
    'duizhao import of such a %s file exits 1 with that one line',
    async (format, ext) => {
      const file = join(dir, `hostile-${format}${ext}`);
      await writeFile(file, withEndpoint(format, HOSTILE));
      const result = await runCaptured('import', file, '-o', join(dir, `out-${format}.json`));
      expect(result.code).toBe(EXIT.input);
      expect(result.stderr).toBe(
        `${file}: crossRefs/0/from: must be a segment id (a string); it is an object`,
      );
    },
  );

  it('duizhao check of such a document exits 1 with that one line', async () => {
    const file = join(dir, 'hostile-check.json');
    await writeFile(file, withEndpoint('json', HOSTILE));
    const result = await runCaptured('check', file);
    expect(result.code).toBe(EXIT.input);
    expect(result.stderr).toBe(
      `${file}: crossRefs/0/from: must be a segment id (a string); it is an object`,
    );
  });
});
