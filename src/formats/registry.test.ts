import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileNameFor, unknownFormatIssue } from './format.ts';
import {
  FORMAT_INFOS,
  FORMATS,
  formatForFile,
  readExtensions,
  readFamilies,
  writableFormats,
  writerFor,
} from './registry.ts';

describe('the format list', () => {
  it('gives every format its code under its own name, and a writer exactly when it writes', () => {
    for (const info of FORMAT_INFOS) {
      const format = FORMATS[info.name];
      expect(format.name, info.name).toBe(info.name);
      expect(format.label, info.name).toBe(info.label);
      expect(typeof writerFor(info.name) === 'function', info.name).toBe(info.writes);
    }
    expect(Object.keys(FORMATS)).toEqual(FORMAT_INFOS.map((f) => f.name));
  });

  it('gives every format a label, a media type and at least one lower-case ending', () => {
    for (const info of FORMAT_INFOS) {
      expect(info.label, info.name).not.toBe('');
      expect(info.mediaType, info.name).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
      expect(info.extensions.length, info.name).toBeGreaterThan(0);
      for (const ext of info.extensions) expect(ext).toMatch(/^\.[a-z0-9]+$/);
    }
  });

  it('lists every ending read once, .tab among them', () => {
    const endings = readExtensions();
    expect(new Set(endings).size).toBe(endings.length);
    expect(endings).toEqual(
      expect.arrayContaining(['.json', '.tmx', '.xlf', '.xliff', '.tsv', '.tab', '.csv']),
    );
    expect(formatForFile('table.TAB')?.name).toBe('tsv');
  });

  it('names XLIFF once among what is read, and both versions among what is written', () => {
    expect(readFamilies()).toEqual(['JSON', 'TMX', 'XLIFF', 'TSV', 'CSV']);
    expect(writableFormats().map((f) => f.label)).toEqual([
      'JSON',
      'TMX',
      'XLIFF 1.2',
      'XLIFF 2.0',
      'TSV',
      'CSV',
    ]);
    expect(fileNameFor('report', FORMATS.xliff2)).toBe('report.xlf');
  });

  it('reads a .xlf of either version with the format that claims the ending', () => {
    for (const name of ['sample-1.2.xlf', 'sample-2.0.xlf']) {
      const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
      const format = formatForFile(name);
      expect(format?.name).toBe('xliff');
      expect(format?.parse(text, { file: name }).ok, name).toBe(true);
    }
  });

  it('names the kinds of file it reads when a file is in none of them', () => {
    expect(unknownFormatIssue('a.docx')).toEqual({
      code: 'format',
      message: 'is not a format duizhao reads (it reads JSON, TMX, XLIFF, TSV, CSV)',
      file: 'a.docx',
    });
  });
});
