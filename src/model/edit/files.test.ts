import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../../formats/format.ts';
import { fileKind, placeTexts, planImport } from './files.ts';

const file = (
  name: string,
  type = '',
  size = 10,
): { name: string; type: string; size: number } => ({
  name,
  type,
  size,
});

describe('sorting picked and dropped files', () => {
  it('tells plain texts from aligned files by the registry’s endings', () => {
    expect(fileKind(file('zh.txt'))).toBe('plain');
    expect(fileKind(file('notes', 'text/plain'))).toBe('plain');
    expect(fileKind(file('pairs.tab', 'text/plain'))).toBe('aligned');
    expect(fileKind(file('pairs.TSV'))).toBe('aligned');
    expect(fileKind(file('a.xliff'))).toBe('aligned');
    expect(fileKind(file('report.docx'))).toBe('unknown');
  });

  it('imports one aligned file, aligns one or two plain texts, and refuses the rest', () => {
    const tmx = file('a.tmx');
    const zh = file('zh.txt');
    const en = file('en.txt');
    expect(planImport([tmx])).toEqual({ kind: 'aligned', file: tmx });
    expect(planImport([zh, en])).toEqual({ kind: 'texts', files: [zh, en] });
    expect(planImport([zh])).toEqual({ kind: 'texts', files: [zh] });
    expect(planImport([tmx, zh])).toEqual({ kind: 'refused', file: tmx });
    expect(planImport([zh, en, file('de.txt')])).toEqual({ kind: 'refused', file: zh });
    expect(planImport([file('a.docx')])).toMatchObject({
      kind: 'refused',
      file: { name: 'a.docx' },
    });
    expect(planImport([])).toEqual({ kind: 'refused', file: undefined });
  });

  it('refuses a file over the size limit before anything else, naming it', () => {
    const big = file('big.txt', 'text/plain', MAX_INPUT_BYTES + 1);
    expect(planImport([file('zh.txt'), big])).toEqual({
      kind: 'too-large',
      file: big,
      limitMiB: 50,
    });
  });
});

describe('placing texts that were read', () => {
  it('puts two texts Chinese first', () => {
    expect(placeTexts(['', ''], ['English.', '中文。'])).toEqual(['中文。', 'English.']);
  });

  it('puts one text on the side it was dropped on, or the side its script says', () => {
    expect(placeTexts(['旧', 'old'], ['English.'])).toEqual(['旧', 'English.']);
    expect(placeTexts(['旧', 'old'], ['中文。'])).toEqual(['中文。', 'old']);
    expect(placeTexts(['旧', 'old'], ['中文。'], 1)).toEqual(['旧', '中文。']);
  });
});
