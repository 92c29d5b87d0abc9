/**
 * One pipeline: the same two texts make the same document through `duizhao align` and through
 * the Import page of the built site. The texts hold a numbered heading (a heading3 both ways) and
 * a year in the body (never the document's date, not even as the editor's first proposal). The
 * id, date and titles are given to both, on the command line and in the editor's details form;
 * nothing is normalised afterwards.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Output } from '../src/cli/commands/command.ts';
import { EXIT } from '../src/cli/errors.ts';
import { runAndLog } from '../src/cli/main.ts';
import type { ParallelText } from '../src/model/types.ts';
import { startSite, type Site } from './site.ts';

const ZH = [
  '城市与河流',
  '一、城市的河',
  '这条河在1736年修过一次，那年的石碑至今还立在桥头。',
  '如今河水很清，两岸种满了柳树，傍晚有人在岸边散步。',
  '二、河上的桥',
  '桥一共有十二座，最老的一座比城墙还老。',
].join('\n\n');
const EN = [
  'The City and Its River',
  'I. The River of the City',
  'The river was repaired once, in 1736; the stone tablet of that year still stands by the bridge.',
  'Today the water is clear, willows line both banks, and people walk along them in the evening.',
  'II. The Bridges on the River',
  'There are twelve bridges in all, and the oldest is older than the city wall.',
].join('\n\n');

const FIELDS = {
  id: 'city-river',
  date: '2024-03-05',
  'title:zh-Hans': '城与河',
  'title:en': 'City and River',
};

let site: Site;
let dir: string;

beforeAll(async () => {
  site = await startSite();
  dir = await mkdtemp(join(tmpdir(), 'duizhao-pipeline-'));
});

afterAll(async () => {
  await site.close();
  await rm(dir, { recursive: true, force: true });
});

/** The document `duizhao align` writes for the two texts. */
async function fromCli(): Promise<ParallelText> {
  await writeFile(join(dir, 'zh.txt'), ZH);
  await writeFile(join(dir, 'en.txt'), EN);
  const target = join(dir, 'out.json');
  const stderr: string[] = [];
  const out: Output = { interactive: false, log: () => undefined, error: (l) => stderr.push(l) };
  const code = await runAndLog(
    [
      'align',
      join(dir, 'zh.txt'),
      join(dir, 'en.txt'),
      '-o',
      target,
      '--id',
      FIELDS.id,
      '--date',
      FIELDS.date,
      '--title-zh',
      FIELDS['title:zh-Hans'],
      '--title-en',
      FIELDS['title:en'],
    ],
    out,
  );
  expect(code, stderr.join('\n')).toBe(EXIT.ok);
  return JSON.parse(await readFile(target, 'utf8')) as ParallelText;
}

/** The document the Import page downloads for the same texts and fields. */
async function fromImportPage(): Promise<ParallelText> {
  const { page, errors } = await site.newPage();
  await page.goto(`${site.url}?view=import&lng=en`);
  await page.locator('dz-align-editor #text-0').fill(ZH);
  await page.locator('dz-align-editor #text-1').fill(EN);
  await page.locator('dz-align-editor .start button.primary').click();
  await expect.poll(() => page.locator('dz-align-editor .pair').count()).toBe(6);
  await page.locator('dz-align-editor details.details > summary').click();
  // Before anyone sets it, the date is the day the edition is made, not the year in the body.
  const date = page.locator('dz-align-editor details.details input[name="date"]');
  const proposed = await date.inputValue();
  expect(proposed).not.toContain('1736');
  expect(proposed).toBe(new Date().toISOString().slice(0, 10));
  for (const [name, value] of Object.entries(FIELDS)) {
    const input = page.locator(`dz-align-editor details.details input[name="${name}"]`);
    await input.fill(value);
    // The form takes a field on `change`, which leaving it fires.
    await input.blur();
    await expect.poll(() => input.inputValue()).toBe(value);
  }
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const path = await download.path();
  const doc = JSON.parse(await readFile(path, 'utf8')) as ParallelText;
  expect(errors).toEqual([]);
  return doc;
}

describe('two texts to a document', () => {
  it('makes the same document on the command line and on the Import page', async () => {
    const cli = await fromCli();
    const browser = await fromImportPage();
    expect(browser).toEqual(cli);
    expect(cli.segments.map((s) => s.kind)).toEqual([
      'paragraph',
      'heading3',
      'paragraph',
      'paragraph',
      'heading3',
      'paragraph',
    ]);
    expect(cli.segments[1]?.text).toEqual({
      'zh-Hans': '一、城市的河',
      en: 'I. The River of the City',
    });
    expect(cli.date).toBe(FIELDS.date);
    expect(cli.date).not.toContain('1736');
  });
});
