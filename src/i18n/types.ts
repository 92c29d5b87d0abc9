import type { editorEn } from './locales/editor.en.ts';
import type { en } from './locales/en.ts';

type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** Every locale has exactly the keys of the English one: a missing key fails the type check. */
export type Locale = Widen<typeof en>;

/** The editor's strings, kept in their own files so the editor's owner can change them alone. */
export type EditorLocale = Widen<typeof editorEn>;

/** The interface languages offered, with their names in themselves. */
export const INTERFACE_LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'zh-Hans', name: '简体中文' },
] as const;

export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number]['code'];
