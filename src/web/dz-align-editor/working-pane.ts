/** The Import page while a worker aligns two texts or reads a file: progress and a way out. */
import { html, type TemplateResult } from 'lit';
import { t } from '../../i18n/i18n.ts';

/** The pane while a worker aligns texts or reads a file. */
export function renderWorking(
  label: string | undefined,
  progress: number,
  onCancel: () => void,
): TemplateResult {
  const percent = Math.floor(progress * 100);
  return html`<section class="working" aria-busy="true">
    <label for="progress">${label ?? t('editor.aligning', { percent })}</label>
    <progress id="progress" max="100" value=${percent}></progress>
    <button type="button" @click=${onCancel}>${t('editor.cancel')}</button>
  </section>`;
}
