/**
 * Entry for embedding the reader alone in any page: `<dz-reader src="...">`. Starts i18next (the
 * interface language is detected from the page) and defines the element.
 */
import { initI18n } from './i18n/i18n.ts';

await initI18n();
await import('./web/dz-reader/dz-reader.ts');
