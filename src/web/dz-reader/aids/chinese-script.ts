/**
 * Which script the Chinese is shown in, whatever it is stored in, and the converters (opencc-js)
 * the script and pinyin aids share. The converters are large (Simplified to Traditional carries
 * a phrase table of about 1 MB), so each is a dynamic import made only when an aid needs it.
 * A shown text keeps the stored text's length, so every offset found in the stored text (search
 * hits, sentences, figures) falls on the same characters of the shown one.
 */
import { isChinese, type Lang } from '../../../model/types.ts';
import type { ParallelText } from '../../../model/types.ts';
import { Lazy, TextCache } from './lazy.ts';

/** A Chinese script. */
export type Script = 'hans' | 'hant';

type Convert = (text: string) => string;

/** The script a language tag is written in (zh-Hant, zh-TW, zh-HK and zh-MO are Traditional). */
export function scriptOf(lang: Lang): Script {
  return /-(hant|tw|hk|mo)\b/i.test(lang) ? 'hant' : 'hans';
}

/** The document's Chinese side, or undefined when it has none. */
export function chineseLang(doc: ParallelText): Lang | undefined {
  return doc.languages.find((l) => isChinese(l));
}

const toTraditional = new Lazy<Convert>(async () => {
  const { Converter } = await import('opencc-js/cn2t');
  return Converter({ from: 'cn', to: 'tw' });
});

const toSimplified = new Lazy<Convert>(async () => {
  const { Converter } = await import('opencc-js/t2cn');
  return Converter({ from: 'tw', to: 'cn' });
});

/** The converter into a script (lazy, see Lazy). */
export function converterTo(script: Script): Lazy<Convert> {
  return script === 'hant' ? toTraditional : toSimplified;
}

/**
 * A text converted keeping its length: phrase by phrase where that keeps it (nearly always),
 * else character by character, keeping a character whose conversion would change the length.
 */
export function convertKeepingLength(convert: Convert, text: string): string {
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) {
    const one = convert(ch);
    out += one.length === ch.length ? one : ch;
  }
  return out;
}

const caches = { hans: new TextCache<string>(), hant: new TextCache<string>() };

/** A text in a script, or undefined while the converter loads (`onReady` re-renders then). */
export function inScript(
  script: Script,
  text: string,
  lazy: Lazy<Convert>,
  get: (l: Lazy<Convert>) => Convert | undefined,
): string | undefined {
  const convert = get(lazy);
  if (convert === undefined) return undefined;
  return caches[script].get(text, (t) => convertKeepingLength(convert, t));
}
