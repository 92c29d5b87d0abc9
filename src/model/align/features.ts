/**
 * What the paragraph aligner knows of each paragraph: its length, the things that translate
 * unchanged (figures, dates, percentages, glossary terms: "anchors"), words that a bilingual
 * dictionary pairs across the languages, and a leading section number. Keys are interned to
 * small integers and weighted by rarity, so the cost function can compare them quickly.
 */
import { findFigures, readChineseNumeral } from '../numbers.ts';
import { isChinese, type GlossaryEntry, type Lang } from '../types.ts';

/** English glosses of a Chinese word, e.g. 鸦片 → ["opium"]; undefined or [] when unknown. */
export type DictionaryLookup = (word: string) => readonly string[] | undefined;

/** Facts of one paragraph. */
export interface ParagraphFacts {
  /** Characters other than white space, figures left out (see `lengthWithoutFigures`). */
  length: number;
  /** Strong anchors: figures and glossary terms (interned key ids, sorted, distinct). */
  anchors: Int32Array;
  /** Dictionary words (interned stems, sorted, distinct). */
  words: Int32Array;
  /** The number of a leading section or list marker (一、 I. 1. （一） (1) 第一条 Article 1), or -1. */
  marker: number;
}

/** Interns key strings to integers. */
export class KeyTable {
  private readonly ids = new Map<string, number>();
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
  get size(): number {
    return this.ids.size;
  }
}

const CN_NUM = '零〇一二两三四五六七八九十百';
const ZH_MARKERS: readonly RegExp[] = [
  new RegExp(`^第([${CN_NUM}\\d]+)[章节条款部编篇]`, 'u'),
  new RegExp(`^([${CN_NUM}]+)[、．.]`, 'u'),
  new RegExp(`^[（(]([${CN_NUM}\\d]+)[）)]`, 'u'),
  /^(\d{1,3})[、.．)）](?!\d)/u,
  /^([\u2460-\u2473])/u,
];
const ROMAN = '[IVXLC]+';
const EN_WORD_NUMBERS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
const EN_MARKERS: readonly RegExp[] = [
  new RegExp(
    `^(?:chapter|article|section|part|book)\\s+(${ROMAN}|\\d+|${EN_WORD_NUMBERS.join('|')})\\b`,
    'iu',
  ),
  new RegExp(`^(${ROMAN})[.)]\\s`, 'u'),
  /^\(?(\d{1,3})[.)](?!\d)/u,
  /^\(([a-z]|\d{1,3})\)/u,
];

function romanValue(s: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let k = 0; k < s.length; k++) {
    const here = v[s.charAt(k)] ?? 0;
    const next = v[s.charAt(k + 1)] ?? 0;
    total += here < next ? -here : here;
  }
  return total;
}

/** The number of a paragraph's leading section or list marker, or -1. */
export function leadingMarker(text: string, chinese: boolean): number {
  return markerOf(text, chinese).value;
}

/** A leading section or list marker: its number (-1 when none) and where it ends in `text`. */
function markerOf(text: string, chinese: boolean): { value: number; end: number } {
  const t = text.trimStart();
  const skipped = text.length - t.length;
  const found = (value: number, m: RegExpExecArray): { value: number; end: number } => ({
    value,
    end: skipped + m[0].length,
  });
  if (chinese) {
    for (const re of ZH_MARKERS) {
      const m = re.exec(t);
      const g = m?.[1];
      if (m === null || g === undefined) continue;
      const code = g.codePointAt(0) ?? 0;
      if (code >= 0x2460 && code <= 0x2473) return found(code - 0x2460 + 1, m);
      // Arabic digits inside a Chinese marker (第3章, （2）) are read as they are.
      const v = /^\d+$/u.test(g) ? Number(g) : readChineseNumeral(g);
      if (v > 0) return found(v, m);
    }
    return { value: -1, end: 0 };
  }
  for (const re of EN_MARKERS) {
    const m = re.exec(t);
    const g = m?.[1];
    if (m === null || g === undefined) continue;
    if (/^\d+$/u.test(g)) return found(Number(g), m);
    if (/^[a-z]$/u.test(g)) return found(g.charCodeAt(0) - 96, m);
    const word = EN_WORD_NUMBERS.indexOf(g.toLowerCase());
    if (word >= 0) return found(word + 1, m);
    if (new RegExp(`^${ROMAN}$`, 'u').test(g)) return found(romanValue(g), m);
  }
  return { value: -1, end: 0 };
}

const STOP = new Set(
  (
    'the of and to in a an for on with by as at from that this these those is are was were be been ' +
    'or not it its their his her our we they he she you i which who whom what when where all any ' +
    'some such other also has have had will shall would should can could may might must do does ' +
    'did there than then so but if into over under about after before up out no one more most ' +
    'very each per used sth someone something etc kind variant'
  ).split(' '),
);

/** A crude stem that matches inflected English forms: lower case, at most six letters. */
export function stem(word: string): string {
  return word.toLowerCase().slice(0, 6);
}

function englishStems(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[A-Za-z][A-Za-z'-]*/gu)) {
    const w = m[0].toLowerCase();
    if (w.length < 3 || STOP.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

let zhWords: Intl.Segmenter | undefined;

/** Interned ids of dictionary keys (`w:<stem>`), cached per word: texts repeat their words. */
class WordKeys {
  private readonly english = new Map<string, number>();
  private readonly chinese = new Map<string, readonly number[]>();
  constructor(
    private readonly keys: KeyTable,
    private readonly lookup: DictionaryLookup,
  ) {}

  /** Key ids of the English words of a text (and of the Latin words of a Chinese one). */
  latin(text: string, out: number[]): void {
    for (const m of text.matchAll(/[A-Za-z][A-Za-z'-]*/gu)) {
      const word = m[0];
      let id = this.english.get(word);
      if (id === undefined) {
        const w = word.toLowerCase();
        id = w.length < 3 || STOP.has(w) ? -1 : this.keys.id(`w:${stem(w)}`);
        this.english.set(word, id);
      }
      if (id >= 0) out.push(id);
    }
  }

  /** Key ids of the stems of the English glosses of the Chinese words of a text. */
  han(text: string, out: number[]): void {
    this.latin(text, out);
    zhWords ??= new Intl.Segmenter('zh', { granularity: 'word' });
    for (const { segment, isWordLike } of zhWords.segment(text)) {
      if (isWordLike !== true) continue;
      let ids = this.chinese.get(segment);
      if (ids === undefined) {
        ids = /\p{Script=Han}/u.test(segment) ? this.glossKeys(segment) : [];
        this.chinese.set(segment, ids);
      }
      for (const id of ids) out.push(id);
    }
  }

  private glossKeys(word: string): number[] {
    const set = new Set<string>();
    const glosses = (this.lookup(word) ?? []).flatMap((g) => g.split(';')).slice(0, 6);
    for (const gloss of glosses) {
      const clean = gloss.replace(/\([^)]*\)|\[[^\]]*\]|\bCL:.*$/gu, ' ');
      // Long glosses are explanations, not translations.
      const words = englishStems(clean);
      if (words.length > 0 && words.length <= 3 && !/\bvariant of\b/u.test(clean))
        for (const w of words) set.add(w);
    }
    return [...set].map((w) => this.keys.id(`w:${w}`));
  }
}

function sortedDistinct(ids: Iterable<number>): Int32Array {
  return Int32Array.from(new Set(ids)).sort();
}

function termFound(text: string, lower: string, term: string, chinese: boolean): boolean {
  if (chinese) return text.includes(term);
  const t = term.toLowerCase();
  const at = lower.indexOf(t);
  if (at < 0) return false;
  const before = lower.charAt(at - 1);
  return before === '' || !/[a-z]/u.test(before);
}

/**
 * Characters other than white space, leaving out the figures: a figure is written in Chinese
 * numerals at two or three times the length of its Arabic digits (三十六万九千七百零五 against
 * 369,705), which would make every paragraph of figures look longer in Chinese than it is. The
 * figures are evidence of their own (anchors).
 */
function lengthWithoutFigures(
  text: string,
  figures: readonly { start: number; end: number }[],
): number {
  let length = 0;
  let from = 0;
  const count = (s: string): number => s.replace(/\s+/gu, '').length;
  for (const f of figures) {
    if (f.start < from) continue;
    length += count(text.slice(from, f.start));
    from = f.end;
  }
  return length + count(text.slice(from));
}

/** Facts of every paragraph of both sides, with keys interned in one table. */
export function paragraphFacts(
  a: readonly string[],
  b: readonly string[],
  languages: readonly [Lang, Lang],
  glossary: readonly GlossaryEntry[] = [],
  dictionary?: DictionaryLookup,
): { a: ParagraphFacts[]; b: ParagraphFacts[]; keys: KeyTable } {
  const keys = new KeyTable();
  const wordKeys = dictionary === undefined ? undefined : new WordKeys(keys, dictionary);
  const side = (texts: readonly string[], lang: Lang): ParagraphFacts[] => {
    const chinese = isChinese(lang);
    return texts.map((text) => {
      const marker = markerOf(text, chinese);
      // A section number is a marker, not a figure: 四、 has no figure 4 in "IV. Next Steps".
      const figures = findFigures(text, chinese).filter((f) => f.start >= marker.end);
      const anchors: number[] = figures.map((f) => keys.id(`f:${f.key}`));
      const lower = text.toLowerCase();
      for (const entry of glossary) {
        const terms = entry.terms[lang] ?? [];
        if (terms.some((t) => t !== '' && termFound(text, lower, t, chinese)))
          anchors.push(keys.id(`g:${entry.id}`));
      }
      const words: number[] = [];
      if (wordKeys !== undefined) {
        if (chinese) wordKeys.han(text, words);
        else wordKeys.latin(text, words);
      }
      return {
        length: Math.max(1, lengthWithoutFigures(text, figures)),
        anchors: sortedDistinct(anchors),
        words: sortedDistinct(words),
        marker: marker.value,
      };
    });
  };
  return { a: side(a, languages[0]), b: side(b, languages[1]), keys };
}
