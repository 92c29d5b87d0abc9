/**
 * Plain text cut into paragraphs (the way people hand us two files) and paragraphs into
 * sentences (by the platform's `Intl.Segmenter`, with fixes for abbreviations and section
 * numbers). Nothing here aligns; the aligners in `../align/` take what this returns.
 */
import type { Lang } from '../types.ts';

/**
 * Split a text into paragraphs. A text with blank lines is split at blank lines (lines inside a
 * paragraph are joined: a space between Latin words, nothing between Chinese characters);
 * a text without them has one paragraph per non-empty line. Strips a BOM, normalises CRLF and
 * CR, trims each paragraph and drops empty ones.
 */
export function splitParagraphs(text: string): string[] {
  const normal = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  const lines = normal.split('\n');
  const hasBlank = /\S[^\S\n]*\n[^\S\n]*\n\s*\S/u.test(normal);
  if (!hasBlank) return lines.map((l) => l.trim()).filter((l) => l !== '');
  const out: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) out.push(joinLines(current));
    current = [];
  };
  for (const line of lines) {
    const t = line.trim();
    if (t === '') flush();
    else current.push(t);
  }
  flush();
  return out;
}

const CJK_END = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]$/u;
const CJK_START = /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Join the lines of one paragraph: Chinese text wraps without spaces, Latin text with one. */
function joinLines(lines: readonly string[]): string {
  let out = lines[0] ?? '';
  for (const line of lines.slice(1)) {
    out += CJK_END.test(out) && CJK_START.test(line) ? line : ` ${line}`;
  }
  return out;
}

/** A sentence: UTF-16 offsets into the plain text it came from. */
export interface SentenceSpan {
  start: number;
  end: number;
}

const segmenters = new Map<Lang, Intl.Segmenter>();

function segmenter(lang: Lang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (s === undefined) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

// ICU breaks after "e.g." and "i.e."; English prose does not end a sentence there.
const NO_BREAK_AFTER = /\b(?:e\.g|i\.e|etc|Mr|Mrs|Dr|No|cf|vs)\.\s*$/iu;
// Nor after a section or list number standing alone: "I. Overview", "1. Clear Policy:".
const LONE_NUMBER = /^(?:[IVXLC]+|\d{1,3}|[A-Za-z])\.$/u;

/** Split plain text into sentences; spaces between sentences belong to neither. */
export function splitSentences(text: string, lang: Lang): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const { index, segment } of segmenter(lang).segment(text)) {
    const prev = spans.at(-1);
    const prevText = prev === undefined ? '' : text.slice(prev.start, prev.end);
    if (prev !== undefined && (NO_BREAK_AFTER.test(prevText) || LONE_NUMBER.test(prevText))) {
      prev.end = index + segment.trimEnd().length;
      continue;
    }
    const lead = segment.length - segment.trimStart().length;
    const body = segment.trim();
    if (body === '') continue;
    spans.push({ start: index + lead, end: index + lead + body.length });
  }
  return spans;
}
