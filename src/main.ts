/** The app's entry: start i18next, then show the shell (both modules load in one round). */
import { initI18n } from './i18n/i18n.ts';
import './web/dz-app/dz-app.ts';

await initI18n();
document.body.append(document.createElement('dz-app'));
