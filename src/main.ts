/** The app's entry: start i18next, then show the shell. */
import { initI18n } from './i18n/i18n.ts';

await initI18n();
await import('./web/dz-app/dz-app.ts');
document.body.append(document.createElement('dz-app'));
