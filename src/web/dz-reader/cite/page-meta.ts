/**
 * The page names the document it shows: `document.title` is the document's title, and Highwire
 * `citation_*` meta tags let reference managers (Zotero and others) save the right record. Only
 * a reader that owns the page (`url-state`) writes them; they are replaced when the document or
 * the interface language changes and removed when the reader goes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { interfaceSide } from '../../../i18n/i18n.ts';
import { creatorsIn, editionText, nameText, versionDate } from '../../../model/citation.ts';
import type { ParallelText } from '../../../model/types.ts';
import { segmentLink } from '../permalink.ts';

/** Marks the tags this controller wrote, so it removes only its own. */
const OWN = 'data-dz-citation';

/** The Highwire tags of a document, in the interface's language: [name, content] pairs. */
export function citationMeta(doc: ParallelText): [string, string][] {
  const lang = interfaceSide(doc.languages);
  const tags: [string, string][] = [['citation_title', doc.title[lang] ?? doc.id]];
  for (const name of creatorsIn(doc, 'author', lang)) {
    tags.push([
      'citation_author',
      'literal' in name ? name.literal : `${name.family}, ${name.given}`,
    ]);
  }
  tags.push(['citation_date', doc.date.replaceAll('-', '/')]);
  const published = versionDate(doc);
  if (published !== undefined)
    tags.push(['citation_publication_date', published.replaceAll('-', '/')]);
  const publisher = doc.citation?.publisher[lang];
  if (publisher !== undefined) tags.push(['citation_publisher', publisher]);
  const edition = editionText(doc, lang);
  if (edition !== undefined) tags.push(['citation_edition', edition]);
  for (const name of creatorsIn(doc, 'translator', lang))
    tags.push(['citation_translator', nameText(name)]);
  tags.push(['citation_language', lang]);
  tags.push(['citation_public_url', segmentLink('', doc).replace(/#$/, '')]);
  return tags;
}

export class PageMetaController implements ReactiveController {
  private written = '';
  private readonly originalTitle = document.title;

  constructor(
    host: ReactiveControllerHost,
    /** The document shown, when the host owns the page; undefined leaves the page alone. */
    private readonly shown: () => ParallelText | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const doc = this.shown();
    const tags = doc === undefined ? [] : citationMeta(doc);
    const key = JSON.stringify(tags);
    if (key === this.written) return;
    this.written = key;
    this.clear();
    if (doc === undefined) return;
    document.title = doc.title[interfaceSide(doc.languages)] ?? doc.id;
    for (const [name, content] of tags) {
      const meta = document.createElement('meta');
      meta.name = name;
      meta.content = content;
      meta.setAttribute(OWN, '');
      document.head.append(meta);
    }
  }

  hostDisconnected(): void {
    this.written = '';
    this.clear();
  }

  private clear(): void {
    for (const el of document.head.querySelectorAll(`meta[${OWN}]`)) el.remove();
    document.title = this.originalTitle;
  }
}
