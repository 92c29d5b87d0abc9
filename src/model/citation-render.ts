/**
 * Making a citation in each format of the list (citation-formats.ts): Chicago through the CSL
 * processor (citation-js with citeproc-js and the official CSL style file from npm), BibTeX and
 * RIS through citation-js's exporters, CSL-JSON as the record itself, GB/T 7714-2015 by hand
 * (citation-gbt.ts: no package ships its style). Heavy: the browser imports this module lazily.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import chicagoStyle from '@citation/csl-style-chicago-note-bibliography';
import { cslItem, locatorText, type CiteRequest, type CslItem } from './citation.ts';
import type { CitationFormatId } from './citation-formats.ts';
import { gbt7714 } from './citation-gbt.ts';

const CHICAGO = 'chicago-note-bibliography';

/** The style file's text: the package's default export (Node's CommonJS build wraps it once more). */
function styleXml(mod: unknown): string {
  const m = mod as { content?: string; default?: { content?: string } };
  const xml = m.content ?? m.default?.content;
  if (xml === undefined) throw new Error('the Chicago CSL style package has no style text');
  return xml;
}

function cite(item: CslItem): Cite {
  // BibTeX out of citation-js is ASCII by default, which drops every Chinese character.
  // Its own key would be made from an English family name and title; ours names the target.
  const bibtex = plugins.config.get('@bibtex').format;
  bibtex.asciiOnly = false;
  bibtex.useIdAsLabel = true;
  const templates = plugins.config.get('@csl').templates;
  if (!templates.has(CHICAGO)) templates.add(CHICAGO, styleXml(chicagoStyle));
  return new Cite(item);
}

/** Chicago notes and bibliography: the note (with the place cited), then the bibliography entry. */
function chicago(req: CiteRequest): string {
  const item = cslItem(req);
  const c = cite(item);
  const options = { template: CHICAGO, lang: 'en-US', format: 'text' };
  // The "page" label prints no word before the locator, which already says what it counts.
  const note = c.format('citation', {
    ...options,
    entry: [{ id: item.id, locator: locatorText(req.doc, req.target, req.lang), label: 'page' }],
  });
  return `${note.trim()}\n\n${c.format('bibliography', options).trim()}`;
}

/**
 * citation-js cuts RIS values every 70 characters; a reference manager reading the continuation
 * line would get a link with a line break in it. RIS lines may be far longer, so join them again.
 */
function unwrapRis(text: string): string {
  return text.replace(/\n(?![A-Z][A-Z0-9] {2}- |\n|$)/g, '');
}

const RENDER: Record<CitationFormatId, (req: CiteRequest) => string> = {
  chicago,
  gbt7714,
  bibtex: (req) => cite(cslItem(req)).format('bibtex', { format: 'text' }).trim(),
  ris: (req) => unwrapRis(cite(cslItem(req)).format('ris', { format: 'text' })).trim(),
  'csl-json': (req) => JSON.stringify([cslItem(req)], null, 2),
};

/** The citation of a target in one format. */
export function renderCitation(format: CitationFormatId, req: CiteRequest): string {
  return RENDER[format](req);
}
