/**
 * Figures in text: Arabic numerals ("369,705", "22%", "1952") in any language, Chinese numerals
 * read with the maintained `nzh` library (三十六万九千七百零五, 百分之二十二, 一九五二), English month
 * names and small number words. Each figure has a comparable key, so the same figure can be found
 * on the other side of a pair.
 */
import Nzh from 'nzh';

/** A figure found in a text, with its place (UTF-16 offsets) and a key that equals across languages. */
export interface Figure {
  start: number;
  end: number;
  value: number;
  /** `n` plain number, `p` percentage, `m` month of a date. */
  kind: 'n' | 'p' | 'm';
  /** Equal keys mean the same figure: `n369705`, `p22`, `m12`. */
  key: string;
}

const CN_DIGITS = '零〇一二两三四五六七八九';
const CN_UNITS = '十百千万亿';
const CN_RUN = new RegExp(`(百分之)?([${CN_DIGITS}${CN_UNITS}]+)(月)?`, 'gu');
// A Chinese numeral may not start with a unit other than 十 (百分 is handled by the prefix).
const CN_BAD_START = /^[百千万亿]/u;

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};
const LATIN = new RegExp(
  String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s?%| percent\b)?|\b(${MONTHS.join('|')})\b|\b(${Object.keys(WORDS).join('|')})\b`,
  'giu',
);

function figure(start: number, end: number, value: number, kind: Figure['kind']): Figure {
  return { start, end, value, kind, key: `${kind}${String(value)}` };
}

/** Read one Chinese numeral such as 三十六万九千七百零五, 一九五二 or 两; NaN when it is not one. */
export function readChineseNumeral(text: string): number {
  if (text === '' || CN_BAD_START.test(text)) return NaN;
  // nzh reads 二 but not 两 ("two", before a measure word or a unit); 〇 is 零 written as a circle.
  const normal = text.replace(/两/gu, '二').replace(/〇/gu, '零');
  if (/^[零一二三四五六七八九]+$/u.test(normal) && normal.length > 1) {
    // Digit by digit, as years are written: 一九五二 = 1952.
    return Number(Array.from(normal, (ch) => '零一二三四五六七八九'.indexOf(ch)).join(''));
  }
  const value = Number(Nzh.cn.decodeS(normal));
  return Number.isFinite(value) && (value > 0 || /^[零]+$/u.test(normal)) ? value : NaN;
}

/** Figures written in Chinese numerals (and Arabic numerals inside Chinese text). */
function chineseFigures(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(CN_RUN)) {
    const [whole0, percent, digits0 = '', month] = m;
    // 两 after a numeral is the unit (tael): 三百九十九万六千零五十六两.
    const unit = digits0.length > 1 && digits0.endsWith('两') && month === undefined;
    const digits = unit ? digits0.slice(0, -1) : digits0;
    const whole = unit ? whole0.slice(0, -1) : whole0;
    const value = readChineseNumeral(digits);
    if (Number.isNaN(value)) continue;
    const start = m.index;
    if (percent !== undefined) out.push(figure(start, start + whole.length, value, 'p'));
    else if (month !== undefined && value >= 1 && value <= 12)
      out.push(figure(start, start + whole.length - 1, value, 'm'));
    else out.push(figure(start, start + digits.length, value, 'n'));
  }
  return out;
}

/** Arabic numerals, percentages, month names and number words. */
function latinFigures(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(LATIN)) {
    const [whole, digits, percent, month, word] = m;
    const start = m.index;
    if (digits !== undefined) {
      const value = Number(digits.replace(/,/g, ''));
      out.push(figure(start, start + whole.length, value, percent === undefined ? 'n' : 'p'));
    } else if (month !== undefined) {
      // "May" at the start of a sentence is as likely a verb; only take it before a day number.
      if (month.toLowerCase() === 'may' && !/^\s+\d/.test(text.slice(start + whole.length)))
        continue;
      out.push(figure(start, start + whole.length, MONTHS.indexOf(month.toLowerCase()) + 1, 'm'));
    } else if (word !== undefined) {
      const value = WORDS[word.toLowerCase()];
      if (value !== undefined) out.push(figure(start, start + whole.length, value, 'n'));
    }
  }
  return out;
}

/** Every figure in a text, in order. Chinese text also yields its Arabic numerals. */
export function findFigures(text: string, chinese: boolean): Figure[] {
  if (!chinese) return latinFigures(text);
  const all = [...chineseFigures(text), ...latinFigures(text).filter((f) => f.kind !== 'm')];
  return all.sort((a, b) => a.start - b.start);
}
