/**
 * Which Chinese script the person says their text is in (its tag goes into the document),
 * remembered in local storage across visits.
 */
import type { Lang } from '../../model/types.ts';

/** The Chinese scripts a person can choose, Simplified first (most input is). */
export const CHINESE_TAGS: readonly Lang[] = ['zh-Hans', 'zh-Hant'];

const KEY = 'duizhao.editor.chinese';

/** The script chosen on an earlier visit, or Simplified. */
export function storedChinese(): Lang {
  try {
    const tag = localStorage.getItem(KEY);
    return tag !== null && CHINESE_TAGS.includes(tag) ? tag : 'zh-Hans';
  } catch {
    // No storage (privacy modes): Simplified, as most input is.
    return 'zh-Hans';
  }
}

/** Remember the chosen script. */
export function storeChinese(tag: Lang): void {
  try {
    localStorage.setItem(KEY, tag);
  } catch {
    // As in storedChinese: the choice then lasts for this page only.
  }
}
