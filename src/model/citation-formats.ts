/**
 * The citation formats: the only list. Menus, labels and the renderer read it; the renderer
 * (citation-render.ts, with the CSL processor) is loaded only when a citation is made, so this
 * list costs the first page nothing.
 */

/** Every citation format, in the order a menu offers them. */
export const CITATION_FORMATS = [
  { id: 'chicago', mediaType: 'text/plain', style: 'Chicago Manual of Style 17th edition (note)' },
  { id: 'gbt7714', mediaType: 'text/plain', style: 'GB/T 7714-2015' },
  { id: 'bibtex', mediaType: 'application/x-bibtex', style: 'BibTeX' },
  { id: 'ris', mediaType: 'application/x-research-info-systems', style: 'RIS' },
  { id: 'csl-json', mediaType: 'application/vnd.citationstyles.csl+json', style: 'CSL-JSON' },
] as const;

/** A citation format's id. */
export type CitationFormatId = (typeof CITATION_FORMATS)[number]['id'];

/** True for a known format id. */
export function isCitationFormat(id: string): id is CitationFormatId {
  return CITATION_FORMATS.some((f) => f.id === id);
}
