/**
 * Parallel concordance: every pair in which a word or phrase occurs, on either side. When the
 * query is a glossary term, all its forms in both languages count, so one search shows how the
 * term was rendered everywhere.
 */
import { parseInline } from './inline.ts';
import { blocksOf } from './pair.ts';
import { isChinese, type Lang, type ParallelText } from './types.ts';

export interface SearchQuery {
  /** Forms to find per language (lower-cased for non-Chinese languages). */
  forms: Record<Lang, string[]>;
  /** The glossary entry the query named, if any. */
  glossaryId?: string;
}

/** Turn what the reader typed into forms per language. */
export function makeQuery(doc: ParallelText, typed: string): SearchQuery | undefined {
  const text = typed.trim();
  if (text === '') return undefined;
  const lower = text.toLowerCase();
  const entry = doc.glossary?.find((g) =>
    doc.languages.some((l) => (g.terms[l] ?? []).some((f) => f.toLowerCase() === lower)),
  );
  const forms: Record<Lang, string[]> = {};
  for (const lang of doc.languages) {
    const own = entry === undefined ? [text] : [text, ...(entry.terms[lang] ?? [])];
    forms[lang] = [...new Set(own.map((f) => (isChinese(lang) ? f : f.toLowerCase())))];
  }
  const query: SearchQuery = { forms };
  if (entry !== undefined) query.glossaryId = entry.id;
  return query;
}

/** Where a query occurs in one text: half-open ranges, in order, not overlapping. */
export function findAll(
  text: string,
  forms: readonly string[],
  chinese: boolean,
): [number, number][] {
  const haystack = chinese ? text : text.toLowerCase();
  const ranges: [number, number][] = [];
  // Longest forms first, so "controls" wins over "control" where both match.
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    if (form === '') continue;
    for (let at = haystack.indexOf(form); at >= 0; at = haystack.indexOf(form, at + form.length)) {
      const end = at + form.length;
      if (!ranges.some(([s, e]) => s < end && at < e)) ranges.push([at, end]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Indices of the segments where the query occurs on either side. Linear in the text. */
export function searchSegments(doc: ParallelText, query: SearchQuery): number[] {
  const hits: number[] = [];
  doc.segments.forEach((segment, i) => {
    const found = doc.languages.some((lang) =>
      blocksOf(segment, lang).some(
        (b) =>
          findAll(parseInline(b.text).plain, query.forms[lang] ?? [], isChinese(lang)).length > 0,
      ),
    );
    if (found) hits.push(i);
  });
  return hits;
}
