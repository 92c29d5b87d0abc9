/**
 * i18next for the interface only (document text never passes through it). The language comes
 * from `?lng=`, then local storage, then the browser; switching updates local storage and
 * `<html lang>`. The URL is written by the app's language switch (through src/web/url-state.ts,
 * the only writer of the query), not here.
 */
import i18next, { type TFunction } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { isChinese, type Lang } from '../model/types.ts';
import { en } from './locales/en.ts';
import { zhHans } from './locales/zh-Hans.ts';
import { INTERFACE_LANGUAGES, type InterfaceLanguage } from './types.ts';

export const i18n = i18next.createInstance();

const STORAGE_KEY = 'duizhao.lng';

let ready: Promise<TFunction> | undefined;

/** Start i18next once; later calls return the same promise. */
export function initI18n(): Promise<TFunction> {
  ready ??= i18n.use(LanguageDetector).init({
    resources: { en: { translation: en }, 'zh-Hans': { translation: zhHans } },
    supportedLngs: INTERFACE_LANGUAGES.map((l) => l.code),
    fallbackLng: 'en',
    // zh, zh-CN and zh-SG fall back to zh-Hans; i18next alone would try only "zh".
    nonExplicitSupportedLngs: false,
    load: 'currentOnly',
    interpolation: { escapeValue: false },
    detection: {
      order: ['querystring', 'localStorage', 'navigator'],
      lookupQuerystring: 'lng',
      lookupLocalStorage: STORAGE_KEY,
      caches: ['localStorage'],
      convertDetectedLanguage: (lng: string) => normalise(lng),
    },
  });
  void ready.then(() => {
    syncDocument();
  });
  i18n.on('languageChanged', syncDocument);
  return ready;
}

/** Map browser tags onto the interface languages we have. */
export function normalise(lng: string): InterfaceLanguage {
  const lower = lng.toLowerCase();
  if (lower.startsWith('zh')) return 'zh-Hans';
  return 'en';
}

/** The interface language now in use. */
export function currentLanguage(): InterfaceLanguage {
  return normalise(i18n.resolvedLanguage ?? i18n.language);
}

/** Switch the interface language; local storage follows (the caller keeps `?lng=` if it wants). */
export async function setLanguage(lng: InterfaceLanguage): Promise<void> {
  await i18n.changeLanguage(lng);
}

/** Of a document's two languages, the one that matches the interface (Chinese or not). */
export function interfaceSide(languages: readonly [Lang, Lang]): Lang {
  const chineseUi = currentLanguage().startsWith('zh');
  return languages.find((l) => isChinese(l) === chineseUi) ?? languages[0];
}

function syncDocument(): void {
  document.documentElement.lang = currentLanguage();
}

/** The translate function (typed keys), for use after initI18n() resolved. */
export const t: TFunction = i18n.t.bind(i18n);
