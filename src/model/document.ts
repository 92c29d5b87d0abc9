/** Document-level facts and checks that need more than the structure. */
import { sentenceCount } from './pair.ts';
import type { CatalogueEntry, Issue, ParallelText } from './types.ts';

/**
 * Checks after structural validation: explicit sentence links must name sentences that exist,
 * each at most once (this needs the sentence splitter).
 */
export function checkDocument(doc: ParallelText, file?: string): Issue[] {
  const issues: Issue[] = [];
  doc.segments.forEach((segment, s) => {
    segment.sentences?.forEach((link, k) => {
      for (const lang of doc.languages) {
        const count = sentenceCount(segment, lang);
        const seen = new Set<number>();
        for (const index of link[lang] ?? []) {
          const issue: Issue = {
            code: 'sentence-index',
            message: '',
            segment: segment.id,
            field: `segments/${String(s)}/sentences/${String(k)}/${lang}`,
          };
          if (file !== undefined) issue.file = file;
          if (index >= count) {
            issues.push({
              ...issue,
              message: `names sentence ${String(index)}, but the ${lang} side has ${String(count)} sentence(s), numbered from 0`,
            });
          } else if (seen.has(index)) {
            issues.push({ ...issue, message: `names sentence ${String(index)} twice` });
          }
          seen.add(index);
        }
      }
    });
  });
  return issues;
}

/** The library's line for a document. */
export function catalogueEntry(doc: ParallelText, file: string): CatalogueEntry {
  return {
    id: doc.id,
    file,
    languages: doc.languages,
    title: doc.title,
    date: doc.date,
    segmentCount: doc.segments.length,
  };
}

/** Index of a segment by id (built once per document). */
const indexes = new WeakMap<ParallelText, Map<string, number>>();
export function segmentIndex(doc: ParallelText, id: string): number | undefined {
  let map = indexes.get(doc);
  if (map === undefined) {
    map = new Map(doc.segments.map((s, i) => [s.id, i]));
    indexes.set(doc, map);
  }
  return map.get(id);
}
