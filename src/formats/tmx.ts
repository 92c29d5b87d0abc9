/**
 * TMX 1.4b: one `<tu>` per segment, one `<tuv xml:lang>` per language, `<seg>` text with inline
 * codes dropped and `<hi>` content kept. Our export adds `<prop type="x-duizhao-...">` for what
 * TMX has no place for (the kind, a side's block layout, sentence links, the document fields), so
 * a TMX we wrote comes back whole; other tools keep such props or ignore them.
 */
import type { Issue, ParallelText, Result } from '../model/types.ts';
import { buildDocument, encodeSide, metaOf, type ReadFile, type Unit } from './units.ts';
import { decodeInput } from './decode.ts';
import { FORMAT_LIST, type Format, type ImportOptions } from './format.ts';
import { makeIssue } from './issues.ts';
import { LanguageSet } from './languages.ts';
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

/** TMX inline elements whose content is native code, not text. */
const CODES = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);

const PROP = {
  document: 'x-duizhao-document',
  kind: 'x-duizhao-kind',
  blocks: 'x-duizhao-blocks',
  sentences: 'x-duizhao-sentences',
} as const;

function props(el: XmlElement): { type: string; value: string }[] {
  return childrenNamed(el, 'prop').map((p) => ({
    type: p.attrs.type ?? '',
    value: textContent(p),
  }));
}

function prop(el: XmlElement, type: string): string | undefined {
  return props(el).find((p) => p.type === type)?.value;
}

/** `20240131T120000Z` -> `2024-01-31`. */
function tmxDate(value: string | undefined): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T/.exec(value ?? '');
  return m === null ? undefined : `${m[1] ?? ''}-${m[2] ?? ''}-${m[3] ?? ''}`;
}

function readTmx(root: XmlElement, file: string | undefined): Result<ReadFile> {
  if (localName(root.name) !== 'tmx')
    return {
      ok: false,
      issues: [makeIssue('format', `not a TMX file: the root element is <${root.name}>`, { file })],
    };
  const header = childNamed(root, 'header');
  const body = childNamed(root, 'body');
  if (body === undefined)
    return { ok: false, issues: [makeIssue('format', 'the TMX file has no <body>', { file })] };
  const languages = new LanguageSet();
  const warnings: Issue[] = [];
  const units: Unit[] = [];
  for (const [i, tu] of childrenNamed(body, 'tu').entries()) {
    const field = `body/tu/${String(i)}`;
    const notes = childrenNamed(tu, 'note').map(textContent);
    for (const p of props(tu))
      if (!p.type.startsWith('x-duizhao-'))
        notes.push(p.type === '' ? p.value : `${p.type}: ${p.value}`);
    const unit: Unit = {
      id: tu.attrs.tuid,
      kind: prop(tu, PROP.kind),
      note: notes.length === 0 ? undefined : notes.join('\n'),
      sentences: prop(tu, PROP.sentences),
      sides: new Map(),
      field,
    };
    for (const [j, tuv] of childrenNamed(tu, 'tuv').entries()) {
      const tag = attr(tuv, 'xml:lang', 'lang');
      if (tag === undefined || tag.trim() === '') {
        warnings.push(
          makeIssue('language', 'a <tuv> without xml:lang; skipped', {
            file,
            field: `${field}/tuv/${String(j)}`,
          }),
        );
        continue;
      }
      const lang = languages.add(tag);
      const seg = childNamed(tuv, 'seg');
      if (unit.sides.has(lang)) {
        warnings.push(
          makeIssue('duplicate-language', `a second <tuv> for ${lang}; the first is kept`, {
            file,
            field: `${field}/tuv/${String(j)}`,
          }),
        );
        continue;
      }
      unit.sides.set(lang, {
        text: seg === undefined ? '' : inlineText(seg, CODES),
        layout: prop(tuv, PROP.blocks),
      });
    }
    units.push(unit);
  }
  return {
    ok: true,
    value: {
      units,
      languages: languages.list,
      meta: header === undefined ? undefined : prop(header, PROP.document),
      date: tmxDate(header?.attrs.creationdate),
    },
    warnings,
  };
}

function parse(input: Uint8Array | string, options: ImportOptions): Result<ParallelText> {
  const text = decodeInput(input, options.file);
  if (!text.ok) return text;
  const xml = parseXml(text.value, options.file);
  if (!xml.ok) return xml;
  const read = readTmx(xml.value, options.file);
  if (!read.ok) return read;
  const doc = buildDocument(read.value, options);
  return doc.ok ? { ...doc, warnings: [...read.warnings, ...doc.warnings] } : doc;
}

function propLine(indent: string, type: string, value: string): string {
  return `${indent}<prop type="${type}">${escapeText(value)}</prop>`;
}

function serialize(doc: ParallelText): string {
  const [source] = doc.languages;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="duizhao" creationtoolversion="1" segtype="paragraph" o-tmf="duizhao" adminlang="en" srclang="${escapeAttr(source)}" datatype="plaintext">`,
    propLine('    ', PROP.document, metaOf(doc)),
    '  </header>',
    '  <body>',
  ];
  for (const segment of doc.segments) {
    lines.push(`    <tu tuid="${escapeAttr(segment.id)}">`);
    lines.push(propLine('      ', PROP.kind, segment.kind));
    if (segment.sentences !== undefined)
      lines.push(propLine('      ', PROP.sentences, JSON.stringify(segment.sentences)));
    if (segment.note !== undefined) lines.push(`      <note>${escapeText(segment.note)}</note>`);
    for (const lang of doc.languages) {
      const side = encodeSide(segment, lang);
      const layout = side.layout === undefined ? '' : propLine('', PROP.blocks, side.layout);
      lines.push(
        `      <tuv xml:lang="${escapeAttr(lang)}">${layout}<seg>${escapeText(side.text)}</seg></tuv>`,
      );
    }
    lines.push('    </tu>');
  }
  lines.push('  </body>', '</tmx>', '');
  return lines.join('\n');
}

/** TMX 1.4b, read and written. */
export const tmx = { name: 'tmx', ...FORMAT_LIST.tmx, parse, serialize } satisfies Format;
