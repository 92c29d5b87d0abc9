/**
 * Which aligned paragraphs are headings. Plain text carries no layout, so a short paragraph that
 * opens with a section number is taken for a third-level heading, on both sides of its link.
 */
import { isChinese, type Lang } from '../types.ts';
import { leadingMarker } from './features.ts';

/**
 * A short paragraph that opens with a section number (一、概况, （二）政策, I. Overview,
 * Chapter 2): a third-level heading. Cheap on purpose: numbering plus shortness, no sentence end.
 */
export function isNumberedHeading(text: string, lang: Lang): boolean {
  const chinese = isChinese(lang);
  const t = text.trim();
  if (leadingMarker(t, chinese) < 0) return false;
  if (chinese) return t.length <= 20 && !/[。；！？]$/u.test(t);
  return t.length <= 60 && !/[.;!?]$/u.test(t.replace(/^\S+\s*/u, ''));
}

/**
 * Which sides of a link (the texts of its paragraphs on each side) are a heading. The first
 * side's one paragraph is when it looks like one and its counterpart is missing, several
 * paragraphs, a heading too or short (a translator may drop the number); that counterpart is
 * a heading with it when it is one paragraph. With the first side empty, the second side's one
 * paragraph decides for itself.
 */
export function headingSides(
  a: readonly string[],
  b: readonly string[],
  languages: readonly [Lang, Lang],
): [boolean, boolean] {
  const [la, lb] = languages;
  const textA = a.length === 1 ? a[0] : undefined;
  const textB = b.length === 1 ? b[0] : undefined;
  if (textA !== undefined) {
    const heading =
      isNumberedHeading(textA, la) &&
      (textB === undefined || isNumberedHeading(textB, lb) || textB.length <= 80);
    return [heading, heading && textB !== undefined];
  }
  return [false, a.length === 0 && textB !== undefined && isNumberedHeading(textB, lb)];
}
