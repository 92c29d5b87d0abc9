/**
 * Evaluation sets for the paragraph aligner: the project's own report with its pairing removed,
 * the same with paragraphs merged, split and dropped at random, long generated texts, and the
 * real sets under ../shared/eval/align when present, and the sentence-level ones: literary
 * chapters under ../shared/eval/align-sent and the WMT22 documents split into sentences.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { splitSentences } from '../src/model/text/split.ts';
import type { ParallelText, SideSource } from '../src/model/types.ts';

/** One gold link, with the paragraphs of each side it holds. */
export interface GoldUnit {
  zh: string[];
  en: string[];
}

export interface EvalSet {
  name: string;
  zh: string[];
  en: string[];
  /** Gold links as index lists, in document order. */
  gold: { a: number[]; b: number[] }[];
  note?: string;
}

/** Seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sideParagraphs(side: SideSource | undefined): string[] {
  if (side === undefined) return [];
  const plain = (t: string): string => t.replace(/\*\*?([^*]+)\*\*?/gu, '$1').trim();
  if (typeof side === 'string') return side.trim() === '' ? [] : [plain(side)];
  return side
    .map((b) => (b.marker === undefined ? plain(b.text) : `${b.marker} ${plain(b.text)}`))
    .filter((t) => t !== '');
}

/** A document's segments as gold units (each segment's sides flattened to paragraphs). */
export function unitsOf(doc: ParallelText): GoldUnit[] {
  const [za, en] = doc.languages;
  return doc.segments
    .map((s) => ({ zh: sideParagraphs(s.text[za]), en: sideParagraphs(s.text[en]) }))
    .filter((u) => u.zh.length + u.en.length > 0);
}

/** Gold units to the flat texts and index links the aligner sees. */
export function setFromUnits(name: string, units: readonly GoldUnit[]): EvalSet {
  const zh: string[] = [];
  const en: string[] = [];
  const gold = units.map((u) => {
    const a = u.zh.map((t) => zh.push(t) - 1);
    const b = u.en.map((t) => en.push(t) - 1);
    return { a, b };
  });
  return { name, zh, en, gold };
}

/** Split a paragraph at a sentence boundary near its middle; null when it has one sentence. */
function splitAtSentence(
  text: string,
  lang: string,
  random: () => number,
): [string, string] | null {
  const spans = splitSentences(text, lang);
  if (spans.length < 2) return null;
  const k = 1 + Math.floor(random() * (spans.length - 1));
  const at = spans[k]?.start ?? 0;
  return [text.slice(0, at).trim(), text.slice(at).trim()];
}

function joinParagraphs(x: string, y: string, chinese: boolean): string {
  return chinese ? x + y : `${x} ${y}`;
}

/**
 * Perturb gold units: with probability `rate` each, merge a unit's last paragraph with the next
 * unit's first on one side (the two units become one link), split a paragraph at a sentence
 * (one side), or drop one side of a unit (a 1-0 or 0-1 link).
 */
export function perturb(units: readonly GoldUnit[], seed: number, rate: number): GoldUnit[] {
  const random = rng(seed);
  const out: GoldUnit[] = units.map((u) => ({ zh: [...u.zh], en: [...u.en] }));
  for (let k = 0; k < out.length; k++) {
    const u = out[k];
    if (u === undefined) continue;
    const side = random() < 0.5 ? 'zh' : 'en';
    const lang = side === 'zh' ? 'zh-Hans' : 'en';
    const r = random();
    if (r < rate) {
      const next = out[k + 1];
      const last = u[side].at(-1);
      const first = next?.[side][0];
      if (next === undefined || last === undefined || first === undefined) continue;
      if (u.zh.length + next.zh.length > 6 || u.en.length + next.en.length > 6) continue;
      const merged = joinParagraphs(last, first, side === 'zh');
      const sideText = [...u[side].slice(0, -1), merged, ...next[side].slice(1)];
      const other = side === 'zh' ? 'en' : 'zh';
      const otherText = [...u[other], ...next[other]];
      out.splice(
        k,
        2,
        side === 'zh' ? { zh: sideText, en: otherText } : { zh: otherText, en: sideText },
      );
    } else if (r < 2 * rate) {
      const p = Math.floor(random() * u[side].length);
      const text = u[side][p];
      if (text === undefined || u[side].length >= 6) continue;
      const parts = splitAtSentence(text, lang, random);
      if (parts !== null) u[side].splice(p, 1, ...parts);
    } else if (r < 3 * rate) {
      if (u.zh.length === 0 || u.en.length === 0) continue;
      // The paragraphs left without a counterpart are each a link of their own (1-0 or 0-1).
      const other = side === 'zh' ? 'en' : 'zh';
      const alone = u[other].map((t) =>
        other === 'zh' ? { zh: [t], en: [] } : { zh: [], en: [t] },
      );
      out.splice(k, 1, ...alone);
      k += alone.length - 1;
    }
  }
  return out.filter((u) => u.zh.length + u.en.length > 0);
}

/**
 * A long text: units drawn at random from the base (with replacement), each perturbed like
 * `perturb`, until the Chinese side has `size` paragraphs.
 */
export function longText(base: readonly GoldUnit[], size: number, seed: number): GoldUnit[] {
  const random = rng(seed);
  const drawn: GoldUnit[] = [];
  let count = 0;
  while (count < size && base.length > 0) {
    const u = base[Math.floor(random() * base.length)];
    if (u === undefined) continue;
    drawn.push(u);
    count += u.zh.length;
  }
  const out = perturb(drawn, seed + 1, 0.03);
  return out;
}

/** One folder of zh.txt, en.txt and gold.tsv (one item a line; gold `zh<TAB>en` indices). */
function readFolder(name: string, folder: string): EvalSet {
  const lines = (file: string): string[] => {
    const text = readFileSync(path.join(folder, file), 'utf8').replace(/^\uFEFF/u, '');
    const all = text.replace(/\r\n?/gu, '\n').split('\n');
    if (all.at(-1) === '') all.pop();
    return all;
  };
  const indices = (field: string | undefined): number[] =>
    field === undefined || field.trim() === '' ? [] : field.split(',').map((x) => Number(x));
  const gold = lines('gold.tsv')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const [a, b] = l.split('\t');
      return { a: indices(a), b: indices(b) };
    });
  return { name, zh: lines('zh.txt'), en: lines('en.txt'), gold };
}

/** The real evaluation sets, when the shared folder is there. */
export function sharedSets(repoRoot: string): { sets: EvalSet[]; note?: string } {
  const dir = path.resolve(repoRoot, '..', 'shared', 'eval', 'align');
  if (!existsSync(dir)) return { sets: [], note: `no shared evaluation sets at ${dir}` };
  const sets: EvalSet[] = [];
  for (const name of readdirSync(dir).sort()) {
    const folder = path.join(dir, name);
    if (existsSync(path.join(folder, 'gold.tsv'))) sets.push(readFolder(name, folder));
  }
  return { sets };
}

/** The literary chapters of ../shared/eval/align-sent (one sentence a line), one set each. */
export function literarySets(repoRoot: string): { sets: EvalSet[]; note?: string } {
  const dir = path.resolve(repoRoot, '..', 'shared', 'eval', 'align-sent', 'mac-test');
  if (!existsSync(dir)) return { sets: [], note: `no sentence-level sets at ${dir}` };
  const sets = readdirSync(dir)
    .sort()
    .filter((name) => existsSync(path.join(dir, name, 'gold.tsv')))
    .map((name) => readFolder(`mac-test/${name}`, path.join(dir, name)));
  return { sets };
}

/**
 * The WMT22 documents of ../shared/eval/align split into sentences (the project's splitter), one
 * sentence a line, the documents taken in order and again from the first until the Chinese side
 * has at least `size` sentences. Its gold says only which document each sentence belongs to: one
 * link per document, for scoring whether the alignment keeps documents apart.
 */
export function wmtSentences(repoRoot: string, size: number): EvalSet | undefined {
  const folder = path.resolve(repoRoot, '..', 'shared', 'eval', 'align', 'wmt22-zhen-docs');
  if (!existsSync(path.join(folder, 'gold.tsv'))) return undefined;
  const docs = readFolder('wmt22', folder);
  const set: EvalSet = { name: 'wmt22-sentences', zh: [], en: [], gold: [] };
  for (let k = 0; set.zh.length < size && docs.zh.length > 0; k = (k + 1) % docs.zh.length) {
    const sentences = (text: string | undefined, lang: string): string[] =>
      splitSentences(text ?? '', lang).map(
        (span) => text?.slice(span.start, span.end).trim() ?? '',
      );
    const zh = sentences(docs.zh[k], 'zh-Hans').filter((t) => t !== '');
    const en = sentences(docs.en[k], 'en').filter((t) => t !== '');
    set.gold.push({ a: zh.map((t) => set.zh.push(t) - 1), b: en.map((t) => set.en.push(t) - 1) });
  }
  return set;
}

export interface Scores {
  strict: { p: number; r: number; f: number };
  lenient: { p: number; r: number; f: number };
}

function prf(hit: number, predicted: number, gold: number): { p: number; r: number; f: number } {
  const p = predicted === 0 ? 1 : hit / predicted;
  const r = gold === 0 ? 1 : hit / gold;
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** Pairs a link stands for; an empty side pairs each paragraph with "none". */
function pairs(link: { a: number[]; b: number[] }): string[] {
  if (link.a.length === 0) return link.b.map((j) => `-:${String(j)}`);
  if (link.b.length === 0) return link.a.map((i) => `${String(i)}:-`);
  return link.a.flatMap((i) => link.b.map((j) => `${String(i)}:${String(j)}`));
}

/**
 * Strict: a predicted link counts only when it equals a gold link. Lenient: over (zh, en)
 * paragraph pairs, with unlinked paragraphs paired with "none".
 */
export function score(
  predicted: readonly { a: number[]; b: number[] }[],
  gold: readonly { a: number[]; b: number[] }[],
): Scores {
  const key = (l: { a: number[]; b: number[] }): string => `${l.a.join(',')}|${l.b.join(',')}`;
  const goldLinks = new Set(gold.map(key));
  const strictHit = predicted.filter((l) => goldLinks.has(key(l))).length;
  const goldPairs = new Set(gold.flatMap(pairs));
  const predPairs = new Set(predicted.flatMap(pairs));
  let pairHit = 0;
  for (const p of predPairs) if (goldPairs.has(p)) pairHit++;
  return {
    strict: prf(strictHit, predicted.length, gold.length),
    lenient: prf(pairHit, predPairs.size, goldPairs.size),
  };
}
