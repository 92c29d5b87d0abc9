/**
 * The one way two plain texts become an aligned document, for the CLI (`duizhao align`) and the
 * Import page (its worker) alike: paragraphs, the paragraph aligner, the editable state (with
 * numbered headings guessed), whose document is `documentFromState(result.state)`. Two copies
 * of this drifted apart once (other ids, headings, thresholds and dates for the same texts), so
 * every choice about a fresh alignment is made here.
 */
import { stateFromParagraphs, defaultMeta } from '../edit/convert.ts';
import type { AlignmentState, Meta } from '../edit/state.ts';
import { slugify } from '../ids.ts';
import { splitParagraphs } from '../text/split.ts';
import { DEFAULT_LANGUAGES, type GlossaryEntry, type Lang } from '../types.ts';
import { alignParagraphs, type DictionaryLookup, type ParagraphLink } from './paragraphs.ts';

/** What a caller may fix beforehand; whatever is left out is derived from the texts. */
export interface AlignTextsOptions {
  /** The two texts' languages, the original's first; default `DEFAULT_LANGUAGES`. */
  languages?: readonly [Lang, Lang];
  /** The document id; default a slug of the second (English) title, else of the first. */
  id?: string;
  /** Titles per language; a language left out takes its text's first paragraph. */
  title?: Partial<Record<Lang, string>>;
  /** The document date (ISO 8601); default today, the day this edition is made. */
  date?: string;
  /** The document's glossary: anchors the aligner, and travels with the document. */
  glossary?: readonly GlossaryEntry[];
  /** English glosses of a Chinese word (CC-CEDICT in the CLI), for the aligner. */
  dictionary?: DictionaryLookup;
  /** Called as the aligner works: (done, total), ending with done === total. */
  onProgress?: (done: number, total: number) => void;
}

/** What the texts suggest but the pipeline does not apply without a person saying so. */
export interface Suggestions {
  /** A full dateline (YYYY-MM-DD) near the start, when it differs from the date used. */
  date?: string;
}

/** The alignment of two texts, ready to edit or to write out. */
export interface AlignedTexts {
  /** The editable alignment; `documentFromState(state)` is the document. */
  readonly state: AlignmentState;
  /** Each text's paragraphs, as the aligner saw them. */
  readonly paragraphs: readonly [readonly string[], readonly string[]];
  /** The aligner's links, before they became pairs. */
  readonly links: readonly ParagraphLink[];
  readonly suggestions: Suggestions;
}

/** Align two plain texts (paragraphs separated by blank lines, or one per line). */
export function alignTexts(
  texts: readonly [string, string],
  options: AlignTextsOptions = {},
): AlignedTexts {
  const languages = options.languages ?? DEFAULT_LANGUAGES;
  const a = splitParagraphs(texts[0]);
  const b = splitParagraphs(texts[1]);
  const links = alignParagraphs(a, b, {
    languages,
    ...(options.glossary === undefined ? {} : { glossary: options.glossary }),
    ...(options.dictionary === undefined ? {} : { dictionary: options.dictionary }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  });
  const meta = metaFor(a, b, languages, options);
  const built = stateFromParagraphs(a, b, links, languages, meta);
  const state: AlignmentState =
    options.glossary === undefined
      ? built
      : { ...built, extras: { ...built.extras, glossary: options.glossary } };
  const dateline = datelineOf(a, b);
  return {
    state,
    paragraphs: [a, b],
    links,
    suggestions: dateline === undefined || dateline === meta.date ? {} : { date: dateline },
  };
}

/** Today's date (UTC), YYYY-MM-DD. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Given fields win; titles default to first paragraphs, the id to a slug of a title. */
function metaFor(
  a: readonly string[],
  b: readonly string[],
  languages: readonly [Lang, Lang],
  options: AlignTextsOptions,
): Meta {
  const [la, lb] = languages;
  const title = {
    [la]: options.title?.[la] ?? titleFrom(a[0]),
    [lb]: options.title?.[lb] ?? titleFrom(b[0]),
  };
  const id =
    options.id ?? (slugify(title[lb] ?? '') || slugify(title[la] ?? '') || 'imported-text');
  return defaultMeta(languages, { id, title, date: options.date ?? today() });
}

/** A title taken from the first paragraph, shortened when it is long. */
function titleFrom(paragraph: string | undefined): string {
  if (paragraph === undefined) return '';
  const text = paragraph.trim();
  if (text.length <= 120) return text;
  // Cut at a grapheme boundary so no character is broken in half.
  const graphemes = Array.from(
    new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text),
    (s) => s.segment,
  );
  return `${graphemes.slice(0, 119).join('')}…`;
}

// Only a whole date counts: a year alone is as likely a year the text talks about (1736).
const DATELINE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|\b(\d{4})-(\d{2})-(\d{2})\b/u;

/** How many opening paragraphs of each text may hold the dateline. */
const OPENING = 6;

/**
 * A full dateline (`1952年12月18日`, `1952-12-18`) in the opening paragraphs of either text, as
 * YYYY-MM-DD; undefined when there is none.
 */
export function datelineOf(a: readonly string[], b: readonly string[]): string | undefined {
  for (const text of [...a.slice(0, OPENING), ...b.slice(0, OPENING)]) {
    const m = DATELINE.exec(text);
    if (m === null) continue;
    const [year = '', month = '', day = ''] = m[1] === undefined ? m.slice(4) : m.slice(1, 4);
    if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) continue;
    return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  return undefined;
}
