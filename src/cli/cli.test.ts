import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Output } from './commands/command.ts';
import { EXIT } from './errors.ts';
import { runAndLog } from './main.ts';

/** An Output that keeps what a command prints. */
function capture(): Output & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    interactive: false,
    log: (line) => stdout.push(line),
    error: (line) => stderr.push(line),
  };
}

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = capture();
  const code = await runAndLog(argv, out);
  return { code, stdout: out.stdout.join('\n'), stderr: out.stderr.join('\n') };
}

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header srclang="en" creationdate="19521218T000000Z"/>
  <body>
    <tu tuid="t1"><note>A note.</note>
      <tuv xml:lang="en"><seg>The campaign ended.</seg></tuv>
      <tuv xml:lang="zh-CN"><seg>运动结束了。</seg></tuv>
      <tuv xml:lang="de"><seg>Die Kampagne endete.</seg></tuv>
    </tu>
    <tu tuid="t2">
      <tuv xml:lang="en"><seg>369,705 people were registered, 22% of them &lt;youths&gt;.</seg></tuv>
      <tuv xml:lang="zh-CN"><seg>登记三十六万九千七百零五名，其中青年占百分之二十二。</seg></tuv>
    </tu>
  </body>
</tmx>
`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duizhao-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('duizhao import, check and export', () => {
  it('imports a TMX, checks it, exports it to every format and imports each again', async () => {
    await writeFile(join(dir, 'report.tmx'), TMX);
    const doc = join(dir, 'report.json');
    const imported = await run(
      'import',
      join(dir, 'report.tmx'),
      '--langs',
      'zh-CN,en',
      '--id',
      'report',
      '--title-zh',
      '报告',
      '--title-en',
      'Report',
      '-o',
      doc,
    );
    expect(imported).toEqual({
      code: EXIT.ok,
      stdout: `wrote ${doc}: 2 segments (zh-CN, en) from ${join(dir, 'report.tmx')}`,
      stderr: '',
    });
    const json = JSON.parse(await readFile(doc, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(json).slice(0, 3)).toEqual(['$schema', 'id', 'languages']);
    expect(json).toMatchObject({
      $schema: './duizhao.schema.json',
      id: 'report',
      title: { 'zh-CN': '报告', en: 'Report' },
      date: '1952-12-18',
    });
    expect(await run('check', doc)).toMatchObject({
      code: EXIT.ok,
      stdout: `ok  ${doc} (2 segments)`,
    });

    for (const [to, ext] of [
      ['tmx', 'tmx'],
      ['xliff', 'xlf'],
      ['xliff2', 'xlf'],
      ['tsv', 'tsv'],
      ['csv', 'csv'],
      ['json', 'json'],
    ] as const) {
      const exported = join(dir, `out-${to}.${ext}`);
      expect(await run('export', doc, '--to', to, '-o', exported)).toMatchObject({ code: EXIT.ok });
      const again = join(dir, `again-${to}.json`);
      const back = await run(
        'import',
        exported,
        '-o',
        again,
        '--id',
        'report',
        '--date',
        '1952-12-18',
      );
      expect(back.code, back.stderr).toBe(EXIT.ok);
      const segments = (JSON.parse(await readFile(again, 'utf8')) as { segments: unknown })
        .segments;
      expect(segments, to).toEqual(json.segments);
    }
  });

  it('exports to standard output when no file is named', async () => {
    const doc = join(dir, 'report.json');
    await writeFile(join(dir, 'report.tmx'), TMX);
    await run('import', join(dir, 'report.tmx'), '-o', doc);
    const csv = await run('export', doc, '--to', 'csv');
    expect(csv.code).toBe(EXIT.ok);
    expect(csv.stdout.split('\r\n')).toEqual([
      'zh-CN,en,id,note,kind',
      '运动结束了。,The campaign ended.,t1,A note.,paragraph',
      '登记三十六万九千七百零五名，其中青年占百分之二十二。,"369,705 people were registered, 22% of them <youths>.",t2,,paragraph',
    ]);
  });

  it('leaves an existing document untouched when an import fails', async () => {
    const target = join(dir, 'report.json');
    await writeFile(target, 'the old content');
    await writeFile(
      join(dir, 'broken.tmx'),
      TMX.replace('</tu>\n    <tu tuid="t2">', '\n    <tu tuid="t2">'),
    );
    const failed = await run('import', join(dir, 'broken.tmx'), '-o', target, '--force');
    expect(failed.code).toBe(EXIT.input);
    expect(failed.stderr).toMatch(/broken\.tmx:\d+:\d+: not well-formed XML: /);
    expect(await readFile(target, 'utf8')).toBe('the old content');
  });

  it('refuses to replace a document without --force, and replaces it with', async () => {
    const target = join(dir, 'report.json');
    await writeFile(target, 'the old content');
    await writeFile(join(dir, 'report.tmx'), TMX);
    expect(await run('import', join(dir, 'report.tmx'), '-o', target)).toEqual({
      code: EXIT.usage,
      stdout: '',
      stderr: `duizhao: import: ${target} exists; add --force to replace it`,
    });
    expect(await readFile(target, 'utf8')).toBe('the old content');
    expect((await run('import', join(dir, 'report.tmx'), '-o', target, '--force')).code).toBe(
      EXIT.ok,
    );
    expect(await readFile(target, 'utf8')).toMatch(/^\{\n {2}"\$schema"/);
  });

  it('lists the languages a file has when it lacks the pair asked for', async () => {
    await writeFile(join(dir, 'report.tmx'), TMX);
    const result = await run(
      'import',
      join(dir, 'report.tmx'),
      '--langs',
      'zh-TW,en',
      '-o',
      join(dir, 'x.json'),
    );
    expect(result).toEqual({
      code: EXIT.input,
      stdout: '',
      stderr: `${join(dir, 'report.tmx')}: has no zh-TW and en pair; the languages it holds are: en, zh-CN, de`,
    });
  });
});

describe('usage mistakes print one line and exit 2', () => {
  it.each([
    [['import'], 'duizhao: import: name the file to import'],
    [['import', 'a.tmx', 'b.tmx'], 'duizhao: import: one file at a time (also got b.tmx)'],
    [
      ['import', 'a.doc'],
      'duizhao: import: cannot tell the format of a.doc; add --from json|tmx|xliff|xliff2|tsv|csv',
    ],
    [
      ['import', 'a.tmx', '--langs', 'zh'],
      'duizhao: import: --langs takes two different language tags, e.g. --langs zh-CN,en',
    ],
    [
      ['import', 'a.tmx', '--date', '18 Dec 1952'],
      'duizhao: import: --date must be YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    [
      ['import', 'a.tmx', '--id', 'a b'],
      'duizhao: import: --id must be letters, digits, - and _ (it becomes the file name and URL)',
    ],
    [['import', 'a.tmx', '--bogus'], "duizhao: import: Unknown option '--bogus'"],
    [['import', 'a.tmx', '--id'], "duizhao: import: Option '--id <value>' argument missing"],
    [
      ['export', 'a.json'],
      'duizhao: export: say which format with --to json|tmx|xliff|xliff2|tsv|csv',
    ],
    [
      ['export', 'a.json', '--to', 'docx'],
      'duizhao: export: --to must be one of json|tmx|xliff|xliff2|tsv|csv',
    ],
    [['frobnicate'], 'duizhao: unknown command "frobnicate"; try duizhao --help'],
  ])('%j', async (argv, message) => {
    expect(await run(...argv)).toEqual({ code: EXIT.usage, stdout: '', stderr: message });
  });

  it('--help on each command shows its options', async () => {
    for (const name of ['align', 'import', 'export', 'check']) {
      const help = await run(name, '--help');
      expect(help.code).toBe(EXIT.ok);
      expect(help.stdout).toContain(`usage: duizhao ${name}`);
    }
  });

  it('names every format of the registry, with its endings, in the help', async () => {
    const main = await run('--help');
    for (const line of ['xliff2  XLIFF 2.0  .xlf .xliff', 'tsv     TSV        .tsv .tab'])
      expect(main.stdout).toContain(line);
    const importHelp = await run('import', '--help');
    expect(importHelp.stdout).toContain('turn a JSON, TMX, XLIFF, TSV, or CSV file');
    expect(importHelp.stdout).toContain('a .xlf or .xliff file is read as xliff');
    const exportHelp = await run('export', '--help');
    expect(exportHelp.stdout).toContain('as JSON, TMX, XLIFF 1.2, XLIFF 2.0, TSV, or CSV');
  });
});

describe('duizhao align', () => {
  it('pairs two plain files into a document that passes check, and counts doubtful links', async () => {
    await writeFile(
      join(dir, 'zh.txt'),
      '一、概况\n\n一九五二年，全国登记毒犯三十六万九千七百零五名。\n\n其中青年占百分之二十二。\n',
    );
    await writeFile(
      join(dir, 'en.txt'),
      'I. Overview\n\nIn 1952, 369,705 drug offenders were registered.\n\nYouths made up 22% of them.\n',
    );
    const doc = join(dir, 'report.json');
    const aligned = await run(
      'align',
      join(dir, 'zh.txt'),
      join(dir, 'en.txt'),
      '-o',
      doc,
      '--title-zh',
      '报告',
      '--title-en',
      'Report',
      '--date',
      '1952-12-18',
    );
    expect(aligned.code, aligned.stderr).toBe(EXIT.ok);
    expect(aligned.stdout).toMatch(
      /^wrote .*report\.json: 3 \+ 3 paragraphs in 3 links \([\d.]+ s\); 0 with confidence below 0\.5$/,
    );
    const json = JSON.parse(await readFile(doc, 'utf8')) as {
      id: string;
      title: unknown;
      segments: { text: Record<string, unknown> }[];
    };
    expect([json.id, json.title]).toEqual(['report', { 'zh-Hans': '报告', en: 'Report' }]);
    expect(json.segments[2]?.text).toEqual({
      'zh-Hans': '其中青年占百分之二十二。',
      en: 'Youths made up 22% of them.',
    });
    expect((await run('check', doc)).code).toBe(EXIT.ok);
    // Loading the CC-CEDICT dictionary takes seconds.
  }, 60_000);

  it('refuses a file that is not UTF-8, naming where', async () => {
    await writeFile(join(dir, 'zh.txt'), new Uint8Array([0xd6, 0xd0, 0xce, 0xc4])); // GBK 中文
    await writeFile(join(dir, 'en.txt'), 'Chinese\n');
    const result = await run(
      'align',
      join(dir, 'zh.txt'),
      join(dir, 'en.txt'),
      '-o',
      join(dir, 'x.json'),
    );
    expect(result.code).toBe(EXIT.input);
    expect(result.stderr).toBe(
      `${join(dir, 'zh.txt')}:1:1: not UTF-8 (byte 0); save the file as UTF-8, or UTF-16 with a byte-order mark`,
    );
  });

  it.each([
    [['align', 'zh.txt'], 'duizhao: align: name two files, the Chinese text then the English'],
    [
      ['align', 'zh.txt', 'en.txt'],
      'duizhao: align: give the document an --id (or an -o file name that is one)',
    ],
    [['align', 'a', 'b', 'c', '--id', 'x'], 'duizhao: align: two files only (also got c)'],
  ])('usage: %j', async (argv, message) => {
    expect(await run(...argv)).toEqual({ code: EXIT.usage, stdout: '', stderr: message });
  });
});

describe('duizhao check', () => {
  it('names the file, the segment and the field of a bad document', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(
      bad,
      JSON.stringify({
        id: 'bad',
        languages: ['zh-Hans', 'en'],
        title: { 'zh-Hans': '坏', en: 'Bad' },
        date: '1952',
        provenance: {
          'zh-Hans': { by: 'a', role: 'author', source: 's', licence: 'l' },
          en: { by: 'b', role: 'translator', source: 's', licence: 'l' },
        },
        segments: [{ id: 'p1', kind: 'paragraph', text: { 'zh-Hans': '一。', en: 42 } }],
      }),
    );
    expect(await run('check', bad)).toEqual({
      code: EXIT.input,
      stdout: '',
      stderr: `${bad}: segment p1: segments/0/text/en: must be a string or a list of blocks`,
    });
  });

  it('reports a file that is not there as an input error', async () => {
    const result = await run('import', join(dir, 'missing.tmx'));
    expect(result.code).toBe(EXIT.input);
    expect(result.stderr).toContain('missing.tmx');
  });
});
