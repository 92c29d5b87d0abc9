/** Checking one segment of a document: its id, kind, text per language, note and sentence links. */
import {
  BLOCK_KINDS,
  type Block,
  type BlockKind,
  type Lang,
  type Segment,
  type SentenceLink,
} from './types.ts';
import { type Checker, isObject, join, type Json, SEGMENT_ID } from './validate-checker.ts';

function isBlockKind(v: Json): v is BlockKind {
  return typeof v === 'string' && (BLOCK_KINDS as readonly string[]).includes(v);
}

function checkBlocks(
  c: Checker,
  v: Json,
  field: string,
  seg: string,
): Block[] | string | undefined {
  if (typeof v === 'string') return v;
  if (!Array.isArray(v)) {
    c.add('type', `must be a string or a list of blocks`, field, seg);
    return undefined;
  }
  const blocks: Block[] = [];
  let ok = true;
  for (const [i, b] of (v as Json[]).entries()) {
    const f = join(field, i);
    if (!isObject(b)) {
      c.add('type', `must be a block {kind, text}`, f, seg);
      ok = false;
      continue;
    }
    c.unknownKeys(b, ['kind', 'text', 'marker'], f, seg);
    if (!isBlockKind(b.kind)) {
      c.add('kind', `must be one of ${BLOCK_KINDS.join(', ')}`, join(f, 'kind'), seg);
      ok = false;
    }
    if (!c.string(b.text, join(f, 'text'), seg, { nonEmpty: true })) ok = false;
    if (b.marker !== undefined && !c.string(b.marker, join(f, 'marker'), seg)) ok = false;
    if (ok && isBlockKind(b.kind) && typeof b.text === 'string') {
      const block: Block = { kind: b.kind, text: b.text };
      if (typeof b.marker === 'string') block.marker = b.marker;
      blocks.push(block);
    }
  }
  return ok ? blocks : undefined;
}

function checkSentenceLinks(
  c: Checker,
  v: Json,
  langs: readonly Lang[],
  field: string,
  seg: string,
): SentenceLink[] | undefined {
  if (!Array.isArray(v)) {
    c.add('type', `must be a list of sentence links`, field, seg);
    return undefined;
  }
  const links: SentenceLink[] = [];
  let ok = true;
  for (const [i, link] of (v as Json[]).entries()) {
    const got = c.perLanguage(
      link,
      langs,
      join(field, i),
      seg,
      (idx, f) => {
        if (!Array.isArray(idx) || !idx.every((n) => Number.isInteger(n) && (n as number) >= 0)) {
          c.add('type', `must be a list of sentence indices (whole numbers from 0)`, f, seg);
          return undefined;
        }
        return idx as number[];
      },
      { someMissingOk: true },
    );
    if (got === undefined) ok = false;
    else links.push(got);
  }
  return ok ? links : undefined;
}

export function checkSegment(
  c: Checker,
  v: Json,
  i: number,
  langs: readonly Lang[],
): Segment | undefined {
  const field = `segments/${String(i)}`;
  if (!isObject(v)) {
    c.add('type', `must be an object`, field);
    return undefined;
  }
  const seg = typeof v.id === 'string' ? v.id : undefined;
  c.unknownKeys(v, ['id', 'kind', 'text', 'note', 'sentences'], field, seg);
  let ok = true;
  if (typeof v.id !== 'string' || !SEGMENT_ID.test(v.id)) {
    c.add('id', `must be a URL-safe id (letters, digits, - and _)`, join(field, 'id'), seg);
    ok = false;
  }
  if (!isBlockKind(v.kind)) {
    c.add('kind', `must be one of ${BLOCK_KINDS.join(', ')}`, join(field, 'kind'), seg);
    ok = false;
  }
  const text = c.perLanguage(v.text, langs, join(field, 'text'), seg, (side, f) =>
    checkBlocks(c, side, f, seg ?? String(i)),
  );
  if (text === undefined) ok = false;
  else if (Object.values(text).every((s) => s.length === 0)) {
    c.add('empty', `has no text on either side`, join(field, 'text'), seg);
    ok = false;
  }
  if (v.note !== undefined && !c.string(v.note, join(field, 'note'), seg)) ok = false;
  let sentences: SentenceLink[] | undefined;
  if (v.sentences !== undefined) {
    sentences = checkSentenceLinks(
      c,
      v.sentences,
      langs,
      join(field, 'sentences'),
      seg ?? String(i),
    );
    if (sentences === undefined) ok = false;
  }
  if (!ok || text === undefined || typeof v.id !== 'string' || !isBlockKind(v.kind))
    return undefined;
  const segment: Segment = { id: v.id, kind: v.kind, text };
  if (typeof v.note === 'string') segment.note = v.note;
  if (sentences !== undefined) segment.sentences = sentences;
  return segment;
}
