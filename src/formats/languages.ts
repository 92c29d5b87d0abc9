/**
 * Picking the language pair out of what a file holds. Tags match case-insensitively and by
 * meaning: `zh-CN` finds `zh-Hans`, `zh-TW` finds `zh-Hant`, `en` finds `en-US` or `en-GB`.
 */
import type { Lang } from '../model/types.ts';

/** The pair asked for when the caller names none: any Chinese, any English (Simplified first). */
export const DEFAULT_REQUEST: readonly [Lang, Lang] = ['zh', 'en'];

/** `ZH-cn` -> `zh-CN`; a tag the platform cannot read is kept as written. */
export function canonicalTag(tag: string): Lang {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0] ?? tag.trim();
  } catch {
    return tag.trim();
  }
}

/**
 * The languages a file names, each once in the order first named, under its first spelling:
 * `zh-cn` after `zh-CN` is the same language. Kept in maps, so a file naming thousands of
 * languages costs the same per tag as one naming two.
 */
export class LanguageSet {
  /** The languages, canonical tags in the order the file names them. */
  readonly list: Lang[] = [];
  private readonly byLowerCase = new Map<string, Lang>();
  private readonly byRaw = new Map<string, Lang>();

  /** The language of `tag` as first spelled, adding it when it is new. */
  add(tag: string): Lang {
    const cached = this.byRaw.get(tag);
    if (cached !== undefined) return cached;
    const lang = canonicalTag(tag);
    const key = lang.toLowerCase();
    let known = this.byLowerCase.get(key);
    if (known === undefined) {
      known = lang;
      this.byLowerCase.set(key, lang);
      this.list.push(lang);
    }
    this.byRaw.set(tag, known);
    return known;
  }
}

function maximize(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag).maximize();
  } catch {
    return undefined;
  }
}

/** How well a tag in the file answers a request; 0 means not at all. */
export function matchScore(requested: string, available: string): number {
  return scoreMaximized(requested, maximize(requested), available, maximize(available));
}

/** `matchScore` with both tags already maximized (each at most once per tag, not per pair). */
function scoreMaximized(
  requested: string,
  r: Intl.Locale | undefined,
  available: string,
  a: Intl.Locale | undefined,
): number {
  if (requested.toLowerCase() === available.toLowerCase()) return 4;
  if (r === undefined || a === undefined || r.language !== a.language) return 0;
  if (r.script === a.script && r.region === a.region) return 3;
  if (r.script === a.script) return 2;
  // A bare `zh` asks for any Chinese; `zh-CN` does not accept Traditional.
  return requested.includes('-') ? 0 : 1;
}

/**
 * The tags in `available` that answer the request, in the request's order, or undefined when the
 * file does not hold both.
 */
export function pickLanguages(
  requested: readonly [Lang, Lang] | undefined,
  available: readonly Lang[],
): [Lang, Lang] | undefined {
  const [first, second] = requested ?? DEFAULT_REQUEST;
  const maximized = available.map(maximize);
  const best = (want: string, not?: string): Lang | undefined => {
    const wanted = maximize(want);
    let found: Lang | undefined;
    let score = 0;
    available.forEach((tag, k) => {
      const s = tag === not ? 0 : scoreMaximized(want, wanted, tag, maximized[k]);
      if (s > score) {
        score = s;
        found = tag;
      }
    });
    return found;
  };
  const a = best(first);
  const b = best(second, a);
  return a === undefined || b === undefined ? undefined : [a, b];
}

/** The one-line complaint when a pair is missing. */
export function missingPairMessage(
  requested: readonly [Lang, Lang] | undefined,
  available: readonly Lang[],
): string {
  const pair = requested === undefined ? 'Chinese and English' : requested.join(' and ');
  const has = available.length === 0 ? 'no languages' : available.join(', ');
  return `has no ${pair} pair; the languages it holds are: ${has}`;
}
