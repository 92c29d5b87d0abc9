/**
 * The domain of duizhao: a parallel text is a list of paired segments, each with one side per
 * language. Plain data, no platform: the browser, the CLI and every format share these types.
 */

/** A BCP 47 language tag as written in a document, e.g. `zh-Hans`, `zh-Hant`, `en`. */
export type Lang = string;

/**
 * The language pair a text gets when nobody names one: Simplified Chinese (the original) and
 * English (the translation). The CLI, the Import page and every format start from this one pair.
 */
export const DEFAULT_LANGUAGES: readonly [Lang, Lang] = ['zh-Hans', 'en'];

/** A stable, URL-safe segment id: letters, digits, `-` and `_` (it appears after `#` in links). */
export type SegmentId = string;

/** How a block is laid out; headings carry their level. */
export type BlockKind =
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'heading4'
  | 'paragraph'
  | 'list-item'
  | 'salutation'
  | 'closing'
  | 'signature'
  | 'date';

export const BLOCK_KINDS: readonly BlockKind[] = [
  'heading1',
  'heading2',
  'heading3',
  'heading4',
  'paragraph',
  'list-item',
  'salutation',
  'closing',
  'signature',
  'date',
];

/**
 * One block of one side. `text` may use light inline emphasis: `*italic*` and `**bold**`.
 * `marker` is a list item's own marker (`1.`, `-`); absent means a bullet.
 */
export interface Block {
  kind: BlockKind;
  text: string;
  marker?: string;
}

/**
 * One side of a segment as written in a file: a string is one block of the segment's kind; a
 * list of blocks expresses 1:n (a Chinese paragraph whose English is a paragraph plus a list);
 * an empty string or an empty list is a side left empty (1:0, 0:1).
 */
export type SideSource = string | Block[];

/**
 * An explicit sentence link inside a segment, for where the automatic alignment is wrong:
 * sentence indices (0-based, in each side's `Intl.Segmenter` order) keyed by language.
 */
export type SentenceLink = Record<Lang, number[]>;

/** The unit of pairing. */
export interface Segment {
  id: SegmentId;
  kind: BlockKind;
  /** One entry per language of the document. */
  text: Record<Lang, SideSource>;
  /** An editorial note shown to readers. */
  note?: string;
  /** Explicit sentence alignment; when absent it is computed. */
  sentences?: SentenceLink[];
}

/** Who made one language side and on what terms. */
export interface Provenance {
  /** Author or translator. */
  by: string;
  role: 'author' | 'translator' | 'editor';
  source: string;
  edition?: string;
  licence: string;
}

/** A term a reader trips on, with its renderings in each language (any of the forms counts). */
export interface GlossaryEntry {
  id: string;
  terms: Record<Lang, string[]>;
  note?: string;
}

/** A cross-reference from one segment to another. */
export interface CrossRef {
  from: SegmentId;
  to: SegmentId;
  label?: string;
}

/** A whole document, as stored in `texts/<id>.json`. */
export interface ParallelText {
  $schema?: string;
  id: string;
  /** Exactly two BCP 47 tags; the first is the original's side. */
  languages: [Lang, Lang];
  title: Record<Lang, string>;
  /** ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
  provenance: Record<Lang, Provenance>;
  /** A note for readers about the edition as a whole. */
  editionNote?: Record<Lang, string>;
  segments: Segment[];
  glossary?: GlossaryEntry[];
  crossRefs?: CrossRef[];
  /** This edition's version (a number or an ISO date); links and citations carry it. */
  version?: string;
  /** What changed in each version, newest last; the current `version` is the last entry's. */
  revisions?: Revision[];
  /** Who made the text and who publishes this edition: what a citation of it names. */
  citation?: CitationInfo;
}

/** One entry of a document's revision list. */
export interface Revision {
  version: string;
  /** ISO 8601 date of the version. */
  date: string;
  /** What changed, in each language of the document. */
  changes: Record<Lang, string>;
}

/** A person's or a body's name: family and given apart (so styles can order them), or as one. */
export type CreatorName = { family: string; given: string } | { literal: string };

/**
 * What part someone had: wrote it, forwarded (issued) it, translated or edited it. `forwarder`
 * is the body that sent the text on with its own covering words, as the Central Committee did.
 */
export type CreatorRole = 'author' | 'forwarder' | 'translator' | 'editor';

/** A person or body named in a citation, with the name in each language of the document. */
export interface Creator {
  role: CreatorRole;
  name: Record<Lang, CreatorName>;
  /** For a translator or editor: the language side they made (absent: the whole text). */
  side?: Lang;
}

/** The bibliographic record of a document beyond its title and date. */
export interface CitationInfo {
  creators: Creator[];
  /** Who publishes this edition, in each language. */
  publisher: Record<Lang, string>;
  /**
   * What this edition is, in each language, said so that nobody takes it for the archival
   * original (e.g. 本版中文译写本); the version is added to it.
   */
  edition: Record<Lang, string>;
}

/** One entry of the library's catalogue (`texts/index.json`). */
export interface CatalogueEntry {
  id: string;
  file: string;
  languages: [Lang, Lang];
  title: Record<Lang, string>;
  date: string;
  segmentCount: number;
}

/** A problem found in input: errors are data until the edge (CLI output, the browser's panel). */
export interface Issue {
  code: string;
  message: string;
  file?: string;
  segment?: SegmentId;
  /** A JSON-pointer-like path to the field, e.g. `segments/12/text/en`. */
  field?: string;
  line?: number;
  column?: number;
}

/** Either the value or the issues that stopped it. */
export type Result<T> = { ok: true; value: T; warnings: Issue[] } | { ok: false; issues: Issue[] };

/**
 * Provenance not known yet (a text that arrived without it): to be filled in by hand, and
 * valid meanwhile. The first language's side is taken as the author's, the second as a
 * translation.
 */
export function unknownProvenance(role: Provenance['role'], source = 'unknown'): Provenance {
  return { by: 'unknown', role, source, licence: 'unknown' };
}

/** True for tags whose script is Chinese (zh, zh-Hans, zh-Hant, zh-CN, cmn, yue...). */
export function isChinese(lang: Lang): boolean {
  return /^(zh|cmn|yue|wuu|lzh)(-|$)/i.test(lang);
}
