/**
 * XML in and out for TMX and XLIFF: a well-formedness check that names the line and column, a
 * small typed tree (elements in document order, so inline content keeps its order), and escaping.
 * The checking and the parsing are fast-xml-parser's; this module only adapts their output.
 */
import { EntityDecoder } from '@nodable/entities';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Result } from '../model/types.ts';
import { makeIssue } from './issues.ts';

export interface XmlElement {
  kind: 'element';
  /** The qualified name as written (`tuv`, `dz:blocks`). */
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

export interface XmlText {
  kind: 'text';
  text: string;
}

export type XmlNode = XmlElement | XmlText;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  // The five XML entities and numeric references (`&#10;`); HTML names like `&nbsp;` stay text.
  entityDecoder: new EntityDecoder({ numericAllowed: true }),
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/** fast-xml-parser's ordered output: `{ name: children, ':@': attrs }` or `{ '#text': text }`. */
type Ordered = Record<string, unknown>;

function adapt(entries: unknown): XmlNode[] {
  if (!Array.isArray(entries)) return [];
  const nodes: XmlNode[] = [];
  for (const entry of entries as Ordered[]) {
    for (const [key, value] of Object.entries(entry)) {
      if (key === ':@') continue;
      if (key === '#text') {
        nodes.push({ kind: 'text', text: String(value) });
        continue;
      }
      const attrs: Record<string, string> = {};
      const raw = entry[':@'];
      if (typeof raw === 'object' && raw !== null)
        for (const [k, v] of Object.entries(raw)) attrs[k] = String(v);
      nodes.push({ kind: 'element', name: key, attrs, children: adapt(value) });
    }
  }
  return nodes;
}

/** Parse a document and return its root element, or an issue with the line and column. */
export function parseXml(text: string, file?: string): Result<XmlElement> {
  // fast-xml-parser marks its validator deprecated in favour of fast-xml-validator, but that
  // package tests `instanceof Buffer` on every call and so fails in browsers (no Node Buffer);
  // the formats run in the browser too, so the parser's own validator it is.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const verdict = XMLValidator.validate(text);
  if (verdict !== true) {
    const { msg, line, col } = verdict.err;
    return {
      ok: false,
      issues: [makeIssue('xml', `not well-formed XML: ${msg}`, { file, line, column: col })],
    };
  }
  let nodes: XmlNode[];
  try {
    nodes = adapt(parser.parse(text));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, issues: [makeIssue('xml', `cannot read the XML: ${message}`, { file })] };
  }
  const root = nodes.find((n): n is XmlElement => n.kind === 'element');
  if (root === undefined)
    return { ok: false, issues: [makeIssue('xml', 'has no root element', { file })] };
  return { ok: true, value: root, warnings: [] };
}

/** The name without its namespace prefix. */
export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** Child elements with this local name. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter(
    (c): c is XmlElement => c.kind === 'element' && localName(c.name) === name,
  );
}

export function childNamed(el: XmlElement, name: string): XmlElement | undefined {
  return childrenNamed(el, name)[0];
}

/** The first of these attributes that is present (e.g. `xml:lang`, then TMX 1.1 `lang`). */
export function attr(el: XmlElement, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = el.attrs[name];
    if (value !== undefined) return value;
  }
  return undefined;
}

/** All text inside, codes included (for notes and props). */
export function textContent(el: XmlElement): string {
  return el.children.map((c) => (c.kind === 'text' ? c.text : textContent(c))).join('');
}

/**
 * The readable text of a segment in document order: text and the content of markup that holds
 * text (TMX `<hi>`, XLIFF `<g>`, `<mrk>`, `<pc>`) stay; native codes (`<bpt>`, `<ph>`, `<x/>`...)
 * are dropped with whatever they hold; XLIFF 2 `<cp hex>` becomes its character.
 */
export function inlineText(el: XmlElement, codes: ReadonlySet<string>): string {
  let out = '';
  for (const child of el.children) {
    if (child.kind === 'text') {
      out += child.text;
      continue;
    }
    const name = localName(child.name);
    if (name === 'cp') {
      const code = Number.parseInt(child.attrs.hex ?? '', 16);
      if (Number.isInteger(code) && code >= 0 && code <= 0x10ffff)
        out += String.fromCodePoint(code);
    } else if (!codes.has(name)) {
      out += inlineText(child, codes);
    }
  }
  return out;
}

/**
 * Text for element content. `\r` is written as a reference because XML turns a raw one into `\n`;
 * `>` is escaped so that `]]>` cannot appear.
 */
export function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** Text for a double-quoted attribute; whitespace other than space is kept by reference. */
export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
