/**
 * TSV and CSV: two text columns, one row per segment. A first row that names the columns
 * (`zh`/`en`, `zh-Hans`/`en-US`, `Chinese`/`English`, `中文`/`英文`, `source`/`target`) is a
 * header; with a header, columns named `id`, `note` and `kind` are read too. Fields are quoted the
 * RFC 4180 way (`"a ""b"" c"`, newlines inside quotes); TSV reads a quote only at the start of a
 * field, so plain tab-separated text with quotes in it still reads as written.
 */
import { blocksOf } from '../model/pair.ts';
import {
  DEFAULT_LANGUAGES,
  isChinese,
  type Issue,
  type Lang,
  type ParallelText,
  type Result,
} from '../model/types.ts';
import { buildDocument, type Unit } from './units.ts';
import { decodeInput } from './decode.ts';
import { FORMAT_LIST, type Format, type ImportOptions } from './format.ts';
import { makeIssue } from './issues.ts';
import { canonicalTag } from './languages.ts';

interface Row {
  cells: string[];
  line: number;
}

/** Split text into rows of fields; a quote left open is an issue with its line and column. */
export function splitRows(
  text: string,
  delimiter: string,
  file: string | undefined,
): Result<Row[]> {
  const rows: Row[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let column = 1;
  let rowLine = 1;
  let i = 0;
  const endRow = (): void => {
    cells.push(cell);
    rows.push({ cells, line: rowLine });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === '"' && cell === '') {
      // A quoted field runs to the next quote not doubled.
      const openLine = line;
      const openColumn = column;
      i++;
      column++;
      let closed = false;
      while (i < text.length) {
        const c = text[i] ?? '';
        if (c === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            column += 2;
            continue;
          }
          i++;
          column++;
          closed = true;
          break;
        }
        cell += c;
        i++;
        if (c === '\n') {
          line++;
          column = 1;
        } else column++;
      }
      if (!closed)
        return {
          ok: false,
          issues: [
            makeIssue('quote', 'a quoted field is never closed', {
              file,
              line: openLine,
              column: openColumn,
            }),
          ],
        };
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
        if (delimiter === ',')
          return {
            ok: false,
            issues: [
              makeIssue('quote', `unexpected "${next}" after a closing quote`, {
                file,
                line,
                column,
              }),
            ],
          };
        // TSV: a field that only began with a quote; keep the quotes and read on as text.
        cell = `"${cell.replace(/"/g, '""')}"`;
      }
      continue;
    }
    if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      endRow();
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      column = 0;
      rowLine = line;
    } else {
      cell += ch;
    }
    i++;
    column++;
  }
  if (cell !== '' || cells.length > 0) endRow();
  return { ok: true, value: rows, warnings: [] };
}

const NAMES: Record<string, 'zh' | 'en'> = {
  chinese: 'zh',
  中文: 'zh',
  汉语: 'zh',
  漢語: 'zh',
  汉文: 'zh',
  原文: 'zh',
  english: 'en',
  英文: 'en',
  英语: 'en',
  英語: 'en',
  译文: 'en',
};

/** What a header cell says about its column. */
type Column =
  { role: 'lang'; lang: Lang } | { role: 'source' | 'target' | 'id' | 'note' | 'kind' } | undefined;

function headerCell(cell: string, options: ImportOptions): Column {
  const name = cell.trim().toLowerCase();
  if (name === 'source' || name === 'src') return { role: 'source' };
  if (name === 'target' || name === 'tgt' || name === 'translation') return { role: 'target' };
  if (name === 'id') return { role: 'id' };
  if (name === 'note' || name === 'notes' || name === 'comment') return { role: 'note' };
  if (name === 'kind') return { role: 'kind' };
  const named = NAMES[name];
  if (named !== undefined) {
    const asked = options.languages?.find(
      (l) => (named === 'zh') === isChinese(l) && (named === 'zh' || /^en(-|$)/i.test(l)),
    );
    return { role: 'lang', lang: asked ?? (named === 'zh' ? 'zh-Hans' : 'en') };
  }
  // A language tag, but only Chinese or English ones: a data row `hi<TAB>ok` is not a header.
  if (/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(name) && (isChinese(name) || /^en(-|$)/i.test(name)))
    return { role: 'lang', lang: canonicalTag(cell) };
  return undefined;
}

function parseWith(
  delimiter: string,
  input: Uint8Array | string,
  options: ImportOptions,
): Result<ParallelText> {
  const file = options.file;
  const text = decodeInput(input, file);
  if (!text.ok) return text;
  const split = splitRows(text.value, delimiter, file);
  if (!split.ok) return split;
  const rows = split.value.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const first = rows[0];
  const header = first?.cells.map((c) => headerCell(c, options));
  const isHeader =
    header !== undefined &&
    header.length >= 2 &&
    header
      .slice(0, 2)
      .every((h) => h?.role === 'lang' || h?.role === 'source' || h?.role === 'target');
  const warnings: Issue[] = [];
  let languages: Lang[] = [];
  let textColumns: [number, number] = [0, 1];
  const column = (role: string): number =>
    isHeader ? header.findIndex((h) => h?.role === role) : -1;
  if (isHeader) {
    const langCols = header.flatMap((h, i) => (h?.role === 'lang' ? [i] : []));
    if (langCols.length >= 2) {
      languages = langCols.map((i) => (header[i] as { lang: Lang }).lang);
    } else {
      textColumns = [Math.max(column('source'), 0), Math.max(column('target'), 1)];
    }
  }
  const idCol = column('id');
  const noteCol = column('note');
  const kindCol = column('kind');
  const units: Unit[] = (isHeader ? rows.slice(1) : rows).map((row) => {
    const unit: Unit = {
      id: idCol < 0 ? undefined : row.cells[idCol],
      kind: kindCol < 0 ? undefined : row.cells[kindCol],
      note: noteCol < 0 ? undefined : row.cells[noteCol],
      sides: new Map(),
      field: `line ${String(row.line)}`,
      line: row.line,
    };
    if (languages.length >= 2) {
      header?.forEach((h, i) => {
        if (h?.role === 'lang') unit.sides.set(h.lang, { text: row.cells[i] ?? '' });
      });
    } else {
      DEFAULT_LANGUAGES.forEach((lang, k) =>
        unit.sides.set(lang, { text: row.cells[textColumns[k] ?? k] ?? '' }),
      );
    }
    return unit;
  });
  const built = buildDocument(
    languages.length >= 2 ? { units, languages } : { units, languages: [], positional: true },
    options,
  );
  return built.ok ? { ...built, warnings: [...warnings, ...built.warnings] } : built;
}

function quote(field: string, delimiter: string): string {
  return field.includes(delimiter) || /["\r\n]/.test(field)
    ? `"${field.replace(/"/g, '""')}"`
    : field;
}

function serializeWith(delimiter: string, newline: string, doc: ParallelText): string {
  const [a, b] = doc.languages;
  const rows = [[a, b, 'id', 'note', 'kind']];
  for (const segment of doc.segments) {
    // A list of blocks becomes its texts on separate lines: the cell keeps the words, not the kinds.
    const side = (lang: Lang): string => {
      const value = segment.text[lang] ?? '';
      return typeof value === 'string'
        ? value
        : blocksOf(segment, lang)
            .map((x) => x.text)
            .join('\n');
    };
    rows.push([side(a), side(b), segment.id, segment.note ?? '', segment.kind]);
  }
  return rows.map((r) => r.map((f) => quote(f, delimiter)).join(delimiter)).join(newline) + newline;
}

/** Tab-separated values, one segment a row. */
export const tsv = {
  name: 'tsv',
  ...FORMAT_LIST.tsv,
  parse: (input, options) => parseWith('\t', input, options),
  serialize: (doc: ParallelText) => serializeWith('\t', '\n', doc),
} satisfies Format;

/** Comma-separated values (RFC 4180), one segment a row. */
export const csv = {
  name: 'csv',
  ...FORMAT_LIST.csv,
  parse: (input, options) => parseWith(',', input, options),
  serialize: (doc: ParallelText) => serializeWith(',', '\r\n', doc),
} satisfies Format;
