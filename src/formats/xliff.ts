/**
 * XLIFF 1.2 (`<trans-unit>` with `<source>`/`<target>`, languages on `<file>`) and XLIFF 2.x
 * (`<unit>` with one or more `<segment>`s, languages on `<xliff>`): one unit per segment, the unit
 * id as segment id, notes as the segment note. Reading accepts both versions; writing has one
 * format per version. What XLIFF has no place for travels in elements and attributes of our own
 * namespace, which XLIFF allows and other tools pass through.
 */
import type { Issue, Lang, ParallelText, Result } from '../model/types.ts';
import { buildDocument, encodeSide, metaOf, type ReadFile, type Unit } from './units.ts';
import { decodeInput } from './decode.ts';
import { FORMAT_LIST, type Format, type ImportOptions } from './format.ts';
import { makeIssue } from './issues.ts';
import { canonicalTag, LanguageSet } from './languages.ts';
import {
  attr,
  childNamed,
  childrenNamed,
  escapeAttr,
  escapeText,
  inlineText,
  localName,
  parseXml,
  textContent,
  type XmlElement,
} from './xml.ts';

/** The namespace of our extension elements and attributes. */
export const DUIZHAO_NS = 'urn:x-duizhao:1';

/** Inline elements whose content is native code (1.2 and 2.x together); `<g>`, `<mrk>`, `<pc>` hold text. */
const CODES = new Set(['bpt', 'ept', 'ph', 'it', 'x', 'bx', 'ex', 'sc', 'ec', 'sm', 'em', 'sub']);

interface Extensions {
  kind?: string | undefined;
  sentences?: string | undefined;
  layouts: Map<string, string>;
}

/** Our extension element `dz:blocks lang=".."` and `dz:sentences`, and the `dz:kind` attribute. */
function extensions(unit: XmlElement): Extensions {
  const layouts = new Map<string, string>();
  for (const el of childrenNamed(unit, 'blocks')) {
    const lang = el.attrs.lang;
    if (lang !== undefined) layouts.set(canonicalTag(lang).toLowerCase(), textContent(el));
  }
  const sentences = childNamed(unit, 'sentences');
  return {
    kind: attr(unit, 'dz:kind'),
    sentences: sentences === undefined ? undefined : textContent(sentences),
    layouts,
  };
}

/** Units inside a `<body>`, `<file>` or `<group>`, however deep the groups go. */
function unitsIn(el: XmlElement, name: string): XmlElement[] {
  return el.children.flatMap((c) => {
    if (c.kind !== 'element') return [];
    const local = localName(c.name);
    if (local === name) return [c];
    if (local === 'group' || local === 'body') return unitsIn(c, name);
    return [];
  });
}

function side(
  text: string,
  lang: Lang,
  ext: Extensions,
): { text: string; layout?: string | undefined } {
  return { text, layout: ext.layouts.get(lang.toLowerCase()) };
}

function notesOf(els: XmlElement[]): string | undefined {
  const notes = els.map(textContent).filter((n) => n.trim() !== '');
  return notes.length === 0 ? undefined : notes.join('\n');
}

function read12(root: XmlElement, file: string | undefined): Result<ReadFile> {
  const langs = new LanguageSet();
  const units: Unit[] = [];
  const issues: Issue[] = [];
  let meta: string | undefined;
  for (const [f, fileEl] of childrenNamed(root, 'file').entries()) {
    const src = attr(fileEl, 'source-language');
    const trg = attr(fileEl, 'target-language');
    if (src === undefined) {
      issues.push(
        makeIssue('language', '<file> has no source-language', {
          file,
          field: `file/${String(f)}`,
        }),
      );
      continue;
    }
    const a = langs.add(src);
    const b = trg === undefined ? undefined : langs.add(trg);
    const header = childNamed(fileEl, 'header');
    const doc = header === undefined ? undefined : childNamed(header, 'document');
    if (doc !== undefined) meta ??= textContent(doc);
    for (const [i, tu] of unitsIn(fileEl, 'trans-unit').entries()) {
      const ext = extensions(tu);
      const source = childNamed(tu, 'source');
      const target = childNamed(tu, 'target');
      const unit: Unit = {
        id: tu.attrs.id,
        kind: ext.kind,
        note: notesOf(childrenNamed(tu, 'note')),
        sentences: ext.sentences,
        sides: new Map(),
        field: `file/${String(f)}/trans-unit/${String(i)}`,
      };
      unit.sides.set(a, side(source === undefined ? '' : inlineText(source, CODES), a, ext));
      if (b !== undefined && target !== undefined)
        unit.sides.set(b, side(inlineText(target, CODES), b, ext));
      units.push(unit);
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { units, languages: langs.list, meta }, warnings: [] };
}

function read2(root: XmlElement, file: string | undefined): Result<ReadFile> {
  const src = attr(root, 'srcLang');
  const trg = attr(root, 'trgLang');
  if (src === undefined)
    return { ok: false, issues: [makeIssue('language', '<xliff> has no srcLang', { file })] };
  const langs = new LanguageSet();
  const a = langs.add(src);
  const b = trg === undefined ? undefined : langs.add(trg);
  const units: Unit[] = [];
  let meta: string | undefined;
  for (const [f, fileEl] of childrenNamed(root, 'file').entries()) {
    const doc = childNamed(fileEl, 'document');
    if (doc !== undefined) meta ??= textContent(doc);
    for (const [i, unitEl] of unitsIn(fileEl, 'unit').entries()) {
      const ext = extensions(unitEl);
      // A unit's text is its segments and the ignorable whitespace between them, in order.
      let source = '';
      let target = '';
      let hasTarget = false;
      for (const part of unitEl.children) {
        if (part.kind !== 'element') continue;
        const local = localName(part.name);
        if (local !== 'segment' && local !== 'ignorable') continue;
        const s = childNamed(part, 'source');
        const t = childNamed(part, 'target');
        if (s !== undefined) source += inlineText(s, CODES);
        if (t !== undefined) {
          target += inlineText(t, CODES);
          hasTarget = true;
        } else if (local === 'ignorable' && s !== undefined) {
          // Whitespace between segments belongs to the target too.
          target += inlineText(s, CODES);
        }
      }
      const notes = childNamed(unitEl, 'notes');
      const unit: Unit = {
        id: unitEl.attrs.id,
        kind: ext.kind,
        note: notesOf(notes === undefined ? [] : childrenNamed(notes, 'note')),
        sentences: ext.sentences,
        sides: new Map(),
        field: `file/${String(f)}/unit/${String(i)}`,
      };
      unit.sides.set(a, side(source, a, ext));
      if (b !== undefined && hasTarget) unit.sides.set(b, side(target, b, ext));
      units.push(unit);
    }
  }
  return { ok: true, value: { units, languages: langs.list, meta }, warnings: [] };
}

function parse(input: Uint8Array | string, options: ImportOptions): Result<ParallelText> {
  const text = decodeInput(input, options.file);
  if (!text.ok) return text;
  const xml = parseXml(text.value, options.file);
  if (!xml.ok) return xml;
  const root = xml.value;
  const file = options.file;
  if (localName(root.name) !== 'xliff')
    return {
      ok: false,
      issues: [
        makeIssue('format', `not an XLIFF file: the root element is <${root.name}>`, { file }),
      ],
    };
  const version = root.attrs.version ?? '';
  const read = version.startsWith('1.')
    ? read12(root, file)
    : version.startsWith('2.')
      ? read2(root, file)
      : undefined;
  if (read === undefined)
    return {
      ok: false,
      issues: [
        makeIssue('format', `XLIFF version "${version}" is not supported (1.2 and 2.x are)`, {
          file,
        }),
      ],
    };
  if (!read.ok) return read;
  return buildDocument(read.value, options);
}

/** Our extension elements for one segment (block layouts, sentence links). */
function extensionLines(doc: ParallelText, segmentIndex: number, indent: string): string[] {
  const segment = doc.segments[segmentIndex];
  if (segment === undefined) return [];
  const lines: string[] = [];
  for (const lang of doc.languages) {
    const layout = encodeSide(segment, lang).layout;
    if (layout !== undefined)
      lines.push(
        `${indent}<dz:blocks lang="${escapeAttr(lang)}">${escapeText(layout)}</dz:blocks>`,
      );
  }
  if (segment.sentences !== undefined)
    lines.push(
      `${indent}<dz:sentences>${escapeText(JSON.stringify(segment.sentences))}</dz:sentences>`,
    );
  return lines;
}

function serialize12(doc: ParallelText): string {
  const [a, b] = doc.languages;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:dz="${DUIZHAO_NS}">`,
    `  <file original="${escapeAttr(doc.id)}.json" source-language="${escapeAttr(a)}" target-language="${escapeAttr(b)}" datatype="plaintext">`,
    '    <header>',
    `      <dz:document>${escapeText(metaOf(doc))}</dz:document>`,
    '    </header>',
    '    <body>',
  ];
  doc.segments.forEach((segment, i) => {
    const source = encodeSide(segment, a).text;
    const target = encodeSide(segment, b).text;
    lines.push(
      `      <trans-unit id="${escapeAttr(segment.id)}" dz:kind="${segment.kind}" xml:space="preserve">`,
      `        <source>${escapeText(source)}</source>`,
    );
    if (target !== '') lines.push(`        <target>${escapeText(target)}</target>`);
    if (segment.note !== undefined) lines.push(`        <note>${escapeText(segment.note)}</note>`);
    lines.push(...extensionLines(doc, i, '        '), '      </trans-unit>');
  });
  lines.push('    </body>', '  </file>', '</xliff>', '');
  return lines.join('\n');
}

function serialize2(doc: ParallelText): string {
  const [a, b] = doc.languages;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:dz="${DUIZHAO_NS}" version="2.0" srcLang="${escapeAttr(a)}" trgLang="${escapeAttr(b)}">`,
    `  <file id="f1" original="${escapeAttr(doc.id)}.json">`,
    `    <dz:document>${escapeText(metaOf(doc))}</dz:document>`,
  ];
  doc.segments.forEach((segment, i) => {
    const source = encodeSide(segment, a).text;
    const target = encodeSide(segment, b).text;
    lines.push(`    <unit id="${escapeAttr(segment.id)}" dz:kind="${segment.kind}">`);
    lines.push(...extensionLines(doc, i, '      '));
    if (segment.note !== undefined)
      lines.push(`      <notes><note>${escapeText(segment.note)}</note></notes>`);
    lines.push(
      '      <segment>',
      `        <source xml:space="preserve">${escapeText(source)}</source>`,
    );
    if (target !== '')
      lines.push(`        <target xml:space="preserve">${escapeText(target)}</target>`);
    lines.push('      </segment>', '    </unit>');
  });
  lines.push('  </file>', '</xliff>', '');
  return lines.join('\n');
}

/** Reads XLIFF 1.2 and 2.x; writes 1.2. */
export const xliff = {
  name: 'xliff',
  ...FORMAT_LIST.xliff,
  parse,
  serialize: serialize12,
} satisfies Format;

/** Reads XLIFF 1.2 and 2.x; writes 2.0. */
export const xliff2 = {
  name: 'xliff2',
  ...FORMAT_LIST.xliff2,
  parse,
  serialize: serialize2,
} satisfies Format;
