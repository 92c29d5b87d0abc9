import 'i18next';
import type { en } from './locales/en.ts';

// Typed keys: t('reader.copyLink') compiles, t('reader.cpyLink') does not.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}
