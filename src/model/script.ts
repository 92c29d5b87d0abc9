/**
 * Which of two texts is the Chinese one, from the share of Han characters among its letters. The
 * Import page uses it to put dropped files on the right side; the CLI's align command to take two
 * files in either order.
 */

const HAN = /\p{Script=Han}/gu;
const LETTER = /\p{L}/gu;
// The start of a text says what it is written in; counting a whole novel would only cost time.
const SAMPLE = 20_000;
// Above this a text is Chinese: headings, numbers and names in Latin letters stay well below it.
const CHINESE_SHARE = 0.3;

/** Share of a text's letters (in its first 20,000 characters) that are Chinese characters, 0..1. */
export function hanShare(text: string): number {
  const sample = text.slice(0, SAMPLE);
  const letters = sample.match(LETTER)?.length ?? 0;
  return letters === 0 ? 0 : (sample.match(HAN)?.length ?? 0) / letters;
}

/** Whether a text on its own reads as Chinese. */
export function looksChinese(text: string): boolean {
  return hanShare(text) > CHINESE_SHARE;
}

/**
 * Two texts, the Chinese one first. `textOf` reads the text of each (for files with names); a tie
 * keeps the given order.
 */
export function chineseFirst<T>(
  a: T,
  b: T,
  textOf: (item: T) => string = (item) => String(item),
): [T, T] {
  return hanShare(textOf(a)) >= hanShare(textOf(b)) ? [a, b] : [b, a];
}
