/**
 * What a citation of a document names, as data: the target (a segment, a sentence in it, or a
 * range), its place in the text, and the bibliographic record in CSL-JSON, the form every style
 * and exchange format is made from. Pure: the browser and the CLI build the same record.
 *
 * The record cites this edition, never the archival original: the edition statement comes from
 * the document (`citation.edition`, e.g. 本版中文译写本) with the version added, and the
 * original's date and forwarding body stand as the original's (`original-date`,
 * `original-publisher`), so styles print them as such.
 */
import { segmentIndex } from './document.ts';
import {
  isChinese,
  type Creator,
  type CreatorName,
  type CreatorRole,
  type Lang,
  type ParallelText,
  type SegmentId,
} from './types.ts';

/** What a link or a citation points at. `sentence` counts from 1 within the segment. */
export type CiteTarget =
  | { readonly kind: 'segment'; readonly id: SegmentId; readonly sentence?: number }
  | { readonly kind: 'range'; readonly from: SegmentId; readonly to: SegmentId };

/** Everything a citation is made from. */
export interface CiteRequest {
  readonly doc: ParallelText;
  /** The document language the citation is written in (the interface's side). */
  readonly lang: Lang;
  readonly target: CiteTarget;
  /** The canonical link to the target. */
  readonly url: string;
  /** The access date, YYYY-MM-DD. */
  readonly accessed: string;
}

/** A CSL name. */
export type CslName = { family: string; given: string } | { literal: string };

/** A CSL date. */
export interface CslDate {
  'date-parts': number[][];
}

/** The CSL-JSON item of a citation (only the variables this record uses). */
export interface CslItem {
  /** The document, the version and the target; also the BibTeX key. */
  id: string;
  type: 'report';
  title: string;
  author?: CslName[];
  translator?: CslName[];
  editor?: CslName[];
  issued?: CslDate;
  'original-date'?: CslDate;
  'original-publisher'?: string;
  publisher?: string;
  edition?: string;
  version?: string;
  section?: string;
  note?: string;
  URL: string;
  accessed: CslDate;
  language: string;
}

/** The hash of a target: `id`, `id.n` (sentence n of the segment) or `from..to`. */
export function targetHash(target: CiteTarget): string {
  if (target.kind === 'range') return `${target.from}..${target.to}`;
  return target.sentence === undefined ? target.id : `${target.id}.${String(target.sentence)}`;
}

/** A CSL date from an ISO date (YYYY, YYYY-MM or YYYY-MM-DD). */
export function cslDate(iso: string): CslDate {
  return { 'date-parts': [iso.split('-').map(Number)] };
}

/** A creator's name as one string in a language: 罗瑞卿, Luo Ruiqing (family first either way). */
export function nameText(name: CreatorName): string {
  return 'literal' in name ? name.literal : `${name.family} ${name.given}`;
}

/** The creators with a role, named in a language (falling back to the document's first). */
export function creatorsIn(doc: ParallelText, role: CreatorRole, lang: Lang): CreatorName[] {
  return (doc.citation?.creators ?? [])
    .filter((c) => c.role === role && (role !== 'translator' || madeSide(c, lang)))
    .flatMap((c) => {
      const name = c.name[lang] ?? c.name[doc.languages[0]];
      return name === undefined ? [] : [name];
    });
}

/**
 * A translator is named for the side they made: the Chinese rendering's maker in a Chinese
 * citation, and nobody in an English one when the English translator is not known.
 */
function madeSide(c: Creator, lang: Lang): boolean {
  return c.side === undefined || c.side === lang;
}

/** The date of the version in force (the last revision's), when the document has one. */
export function versionDate(doc: ParallelText): string | undefined {
  return doc.revisions?.find((r) => r.version === doc.version)?.date;
}

/** The edition statement with the version: 本版中文译写本（非档案原件），第2版. */
export function editionText(doc: ParallelText, lang: Lang): string | undefined {
  const edition = doc.citation?.edition[lang];
  const v = doc.version;
  if (v === undefined) return edition;
  const version = isChinese(lang) ? `第${v}版` : `version ${v}`;
  if (edition === undefined) return version;
  return isChinese(lang) ? `${edition}，${version}` : `${edition}, ${version}`;
}

/** Where the target is, in words of the citation's language: segment 12 (s1-p2), sentence 3. */
export function locatorText(doc: ParallelText, target: CiteTarget, lang: Lang): string {
  const no = (id: SegmentId): string => String((segmentIndex(doc, id) ?? 0) + 1);
  const zh = isChinese(lang);
  if (target.kind === 'range') {
    return zh
      ? `第${no(target.from)}—${no(target.to)}段（${target.from}..${target.to}）`
      : `segments ${no(target.from)}–${no(target.to)} (${target.from}..${target.to})`;
  }
  const segment = zh
    ? `第${no(target.id)}段（${target.id}）`
    : `segment ${no(target.id)} (${target.id})`;
  if (target.sentence === undefined) return segment;
  return zh
    ? `${segment}第${String(target.sentence)}句`
    : `${segment}, sentence ${String(target.sentence)}`;
}

/** A BibTeX key (letters, digits, `-`, `_`, `.`, `:` only): luo-ruiqing-1952-anti-narcotics:v2:s1-p2.3. */
function citationKey(doc: ParallelText, target: CiteTarget): string {
  const version = doc.version === undefined ? '' : `:v${doc.version}`;
  return `${doc.id}${version}:${targetHash(target).replace('..', '--')}`;
}

function cslName(name: CreatorName): CslName {
  return 'literal' in name ? { literal: name.literal } : { family: name.family, given: name.given };
}

/** A note holding what no style variable carries: who forwarded it, and the two sides' origins. */
function provenanceNote(req: CiteRequest): string {
  const { doc, lang } = req;
  const zh = isChinese(lang);
  const forwarder = creatorsIn(doc, 'forwarder', lang).map(nameText);
  const parts: string[] = [];
  if (forwarder.length > 0)
    parts.push(
      zh
        ? `${forwarder.join('、')}${doc.date}批转`
        : `Forwarded by the ${forwarder.join(', ')}, ${doc.date}`,
    );
  const edition = editionText(doc, lang);
  if (edition !== undefined) parts.push(edition);
  parts.push(locatorText(doc, req.target, lang));
  return zh ? `${parts.join('；')}。` : `${parts.join('; ')}.`;
}

/** The CSL-JSON record of a citation of this edition. */
export function cslItem(req: CiteRequest): CslItem {
  const { doc, lang } = req;
  const names = (role: CreatorRole): CslName[] => creatorsIn(doc, role, lang).map(cslName);
  const item: CslItem = {
    id: citationKey(doc, req.target),
    type: 'report',
    title: doc.title[lang] ?? doc.title[doc.languages[0]] ?? doc.id,
    URL: req.url,
    accessed: cslDate(req.accessed),
    language: lang,
    section: locatorText(doc, req.target, lang),
    note: provenanceNote(req),
    'original-date': cslDate(doc.date),
  };
  const author = names('author');
  if (author.length > 0) item.author = author;
  const translator = names('translator');
  if (translator.length > 0) item.translator = translator;
  const editor = names('editor');
  if (editor.length > 0) item.editor = editor;
  const forwarder = creatorsIn(doc, 'forwarder', lang).map(nameText);
  if (forwarder.length > 0) item['original-publisher'] = forwarder.join(', ');
  const publisher = doc.citation?.publisher[lang];
  if (publisher !== undefined) item.publisher = publisher;
  const edition = editionText(doc, lang);
  if (edition !== undefined) item.edition = edition;
  if (doc.version !== undefined) item.version = doc.version;
  const issued = versionDate(doc);
  // Without an edition date the original's date is the only one: it stands as the date issued.
  if (issued !== undefined) item.issued = cslDate(issued);
  else {
    item.issued = cslDate(doc.date);
    delete item['original-date'];
  }
  return item;
}
