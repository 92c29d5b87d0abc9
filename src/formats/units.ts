/**
 * What the interchange formats share: a file is read into units (an id, a kind, a note, text per
 * language), and the units become a document here, with ids made URL-safe and unique, the pair
 * chosen, empty units dropped, and the result checked by the same validator as `texts/`.
 * Document fields an interchange format cannot hold travel in one JSON string (a TMX `<prop>`,
 * an XLIFF extension element), so our own exports come back whole.
 */
import { blocksOf } from '../model/pair.ts';
import {
  BLOCK_KINDS,
  DEFAULT_LANGUAGES,
  isChinese,
  type Block,
  type BlockKind,
  type Issue,
  type Lang,
  type ParallelText,
  type Provenance,
  unknownProvenance,
  type Result,
  type Segment,
  type SideSource,
} from '../model/types.ts';
import { sanitizeId, segmentIds } from '../model/ids.ts';
import { validateDocument } from '../model/validate.ts';
import type { ImportOptions } from './format.ts';
import { makeIssue } from './issues.ts';
import { missingPairMessage, pickLanguages } from './languages.ts';

/** One side of a unit as read: its text, and the block layout when our export wrote one. */
export interface UnitSide {
  text: string;
  layout?: string | undefined;
}

/** One translation unit as read from a file, before it becomes a segment. */
export interface Unit {
  id?: string | undefined;
  kind?: string | undefined;
  note?: string | undefined;
  /** JSON of the segment's sentence links, when our export wrote them. */
  sentences?: string | undefined;
  /** Keyed by canonical language tag. */
  sides: Map<Lang, UnitSide>;
  /** Where the unit is in the file, for issues: a field path and perhaps a line. */
  field: string;
  line?: number | undefined;
}

/** What a reader hands to `buildDocument`. */
export interface ReadFile {
  units: Unit[];
  /** Canonical tags in the order the file names them. */
  languages: Lang[];
  /** The document fields other than segments, as our export wrote them (JSON). */
  meta?: string | undefined;
  /** A date found in the file (YYYY-MM-DD). */
  date?: string | undefined;
  /** True when the file names no languages; the units are keyed by `DEFAULT_LANGUAGES` order. */
  positional?: boolean;
}

/** The document fields that ride along with an export (everything except segments). */
export type DocumentFields = Omit<ParallelText, 'segments' | '$schema'>;

/** The document's fields other than its segments, as JSON, for a format to carry along. */
export function metaOf(doc: ParallelText): string {
  const meta: Record<string, unknown> = { ...doc };
  delete meta.segments;
  delete meta.$schema;
  return JSON.stringify(meta);
}

const LAYOUT_KEYS = ['kind', 'marker', 'lines'] as const;

/**
 * A side as one text plus, for a list of blocks, its layout: blocks are joined by newlines, and
 * the layout (JSON) says each block's kind, marker, and how many lines it spans.
 */
export function encodeSide(segment: Segment, lang: Lang): UnitSide {
  const side = segment.text[lang] ?? '';
  if (typeof side === 'string') return { text: side };
  const blocks = blocksOf(segment, lang);
  const layout = blocks.map((b) => {
    const entry: Record<string, unknown> = { kind: b.kind };
    if (b.marker !== undefined) entry.marker = b.marker;
    const lines = b.text.split('\n').length;
    if (lines > 1) entry.lines = lines;
    return entry;
  });
  return { text: blocks.map((b) => b.text).join('\n'), layout: JSON.stringify(layout) };
}

function isBlockKind(v: unknown): v is BlockKind {
  return typeof v === 'string' && (BLOCK_KINDS as readonly string[]).includes(v);
}

/** The inverse of `encodeSide`; a layout that no longer fits the text is ignored. */
function decodeSide(side: UnitSide | undefined): { value: SideSource; layoutLost: boolean } {
  if (side === undefined) return { value: '', layoutLost: false };
  if (side.layout === undefined) return { value: side.text, layoutLost: false };
  let layout: unknown;
  try {
    layout = JSON.parse(side.layout);
  } catch {
    return { value: side.text, layoutLost: true };
  }
  if (!Array.isArray(layout)) return { value: side.text, layoutLost: true };
  const lines = side.text === '' ? [] : side.text.split('\n');
  const blocks: Block[] = [];
  let at = 0;
  for (const entry of layout as unknown[]) {
    if (typeof entry !== 'object' || entry === null) return { value: side.text, layoutLost: true };
    const e = entry as Record<string, unknown>;
    const count =
      typeof e.lines === 'number' && Number.isInteger(e.lines) && e.lines > 0 ? e.lines : 1;
    if (
      !isBlockKind(e.kind) ||
      at + count > lines.length ||
      Object.keys(e).some((k) => !(LAYOUT_KEYS as readonly string[]).includes(k))
    )
      return { value: side.text, layoutLost: true };
    const block: Block = { kind: e.kind, text: lines.slice(at, at + count).join('\n') };
    if (typeof e.marker === 'string') block.marker = e.marker;
    blocks.push(block);
    at += count;
  }
  if (at !== lines.length) return { value: side.text, layoutLost: true };
  return { value: blocks, layoutLost: false };
}

function baseName(file: string | undefined): string | undefined {
  if (file === undefined) return undefined;
  const name = file.split(/[\\/]/).at(-1) ?? file;
  return name.replace(/\.[^.]*$/, '') || undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A title given by the caller for `lang`: under the tag itself or its primary subtag. */
function titleOption(options: ImportOptions, lang: Lang): string | undefined {
  const titles = options.title ?? {};
  const primary = lang.split('-')[0]?.toLowerCase() ?? lang;
  const found = Object.entries(titles).find(
    ([k]) => k.toLowerCase() === lang.toLowerCase() || k.toLowerCase() === primary,
  );
  return found?.[1];
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Read the embedded document fields, if any; a damaged one is ignored with a warning. */
function readMeta(
  file: ReadFile,
  warnings: Issue[],
  where: { file?: string },
): Record<string, unknown> {
  if (file.meta === undefined) return {};
  try {
    const meta: unknown = JSON.parse(file.meta);
    if (isObject(meta)) return meta;
  } catch {
    // reported below
  }
  warnings.push(
    makeIssue('meta', 'the embedded duizhao document fields are not valid JSON; ignored', where),
  );
  return {};
}

/**
 * A per-language object of the embedded fields (or of a sentence link) with its keys moved from
 * the file's tags to the document's, matching case-insensitively; languages it lacks stay out.
 */
function rekey<T>(value: unknown, from: readonly Lang[], to: readonly Lang[]): Record<Lang, T> {
  const out: Record<Lang, T> = {};
  if (!isObject(value)) return out;
  from.forEach((tag, k) => {
    const key = Object.keys(value).find((name) => name.toLowerCase() === tag.toLowerCase());
    const lang = to[k];
    if (key !== undefined && lang !== undefined) out[lang] = value[key] as T;
  });
  return out;
}

function parseJson(json: string | undefined): unknown {
  if (json === undefined) return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

/** Units to a checked document, or the issues that stop it. */
export function buildDocument(file: ReadFile, options: ImportOptions): Result<ParallelText> {
  const where = options.file === undefined ? {} : { file: options.file };
  const warnings: Issue[] = [];
  let pair: [Lang, Lang];
  let keys: [Lang, Lang];
  if (file.positional === true) {
    keys = [...DEFAULT_LANGUAGES];
    pair = options.languages ?? [...DEFAULT_LANGUAGES];
  } else {
    const picked = pickLanguages(options.languages, file.languages);
    if (picked === undefined) {
      return {
        ok: false,
        issues: [
          makeIssue('languages', missingPairMessage(options.languages, file.languages), where),
        ],
      };
    }
    keys = picked;
    pair = picked;
  }
  const meta = readMeta(file, warnings, where);
  const ids = segmentIds(file.units.map((u) => u.id));
  const segments: Record<string, unknown>[] = [];
  const filled = [0, 0];
  file.units.forEach((unit, i) => {
    const id = ids[i] ?? `s${String(i + 1)}`;
    const sides = keys.map((k) => decodeSide(unit.sides.get(k)));
    if (sides.some((s) => s.layoutLost))
      warnings.push(
        makeIssue('layout', 'the block layout no longer fits the text; kept as one block', {
          ...where,
          segment: id,
          field: unit.field,
          line: unit.line,
        }),
      );
    const empty = sides.map((s) =>
      typeof s.value === 'string' ? s.value.trim() === '' : s.value.length === 0,
    );
    if (empty.every(Boolean)) {
      warnings.push(
        makeIssue('empty-unit', 'has no text in either language; skipped', {
          ...where,
          segment: id,
          field: unit.field,
          line: unit.line,
        }),
      );
      return;
    }
    empty.forEach((e, k) => {
      if (!e) filled[k] = (filled[k] ?? 0) + 1;
    });
    const text: Record<Lang, SideSource> = {};
    pair.forEach((lang, k) => {
      const value = sides[k]?.value ?? '';
      text[lang] = typeof value === 'string' && value.trim() === '' ? '' : value;
    });
    const segment: Record<string, unknown> = {
      id,
      kind: isBlockKind(unit.kind) ? unit.kind : 'paragraph',
      text,
    };
    if (unit.note !== undefined && unit.note.trim() !== '') segment.note = unit.note;
    const links = parseJson(unit.sentences);
    if (Array.isArray(links))
      segment.sentences = (links as unknown[]).map((l) => rekey<number[]>(l, keys, pair));
    segments.push(segment);
  });
  if (segments.length === 0) {
    return {
      ok: false,
      issues: [
        makeIssue('empty', 'has no units with text in the chosen languages', where),
        ...warnings,
      ],
    };
  }
  const emptySides = pair.filter((_, k) => filled[k] === 0);
  if (emptySides.length > 0) {
    return {
      ok: false,
      issues: [
        makeIssue(
          'empty-side',
          `the ${emptySides.join(' and ')} side is empty in every unit; is it the right language pair?`,
          where,
        ),
      ],
    };
  }

  const base = baseName(options.file);
  const metaTitle = rekey<string>(meta.title, keys, pair);
  const metaProvenance = rekey<Provenance>(meta.provenance, keys, pair);
  const title: Record<Lang, string> = {};
  const provenance: Record<Lang, Provenance> = {};
  pair.forEach((lang, k) => {
    title[lang] =
      titleOption(options, lang) ??
      metaTitle[lang] ??
      base ??
      (isChinese(lang) ? '未命名' : 'Untitled');
    provenance[lang] =
      metaProvenance[lang] ??
      unknownProvenance(
        k === 0 ? 'author' : 'translator',
        base === undefined ? 'imported' : `imported from ${base}`,
      );
  });
  const metaId = typeof meta.id === 'string' ? meta.id : undefined;
  const metaDate = typeof meta.date === 'string' ? meta.date : undefined;
  const doc: Record<string, unknown> = {
    id: options.id ?? metaId ?? (base === undefined ? undefined : sanitizeId(base)) ?? 'imported',
    languages: pair,
    title,
    date: options.date ?? metaDate ?? file.date ?? today(),
    provenance,
    segments,
  };
  if (meta.editionNote !== undefined) doc.editionNote = rekey<string>(meta.editionNote, keys, pair);
  if (Array.isArray(meta.glossary))
    doc.glossary = (meta.glossary as unknown[]).map((entry) =>
      isObject(entry) ? { ...entry, terms: rekey<string[]>(entry.terms, keys, pair) } : entry,
    );
  if (Array.isArray(meta.crossRefs)) doc.crossRefs = meta.crossRefs;
  const checked = validateDocument(doc, options.file);
  if (!checked.ok) return checked;
  return { ok: true, value: checked.value, warnings };
}
