/**
 * What to do with the result: open it in the reader, download it as a document, export it in
 * any other format the registry writes (one menu and one button, TMX chosen first), or start over.
 */
import { html, type TemplateResult } from 'lit';
import { t } from '../../i18n/i18n.ts';
import {
  DOCUMENT_FORMAT,
  FORMAT_LIST,
  writableFormats,
  type FormatInfo,
  type FormatName,
} from '../../formats/format.ts';

/** What the actions show and whom they tell. */
export interface ActionsView {
  /** The format the export menu has chosen. */
  exportFormat: FormatName;
  onOpenInReader: () => Promise<void>;
  /** Write the document in the format its button names (`data-format`). */
  onExport: (e: Event) => Promise<void>;
  /** The export menu's choice changed. */
  onExportChoice: (e: Event) => void;
  onStartOver: () => Promise<void>;
}

/** The formats the export menu offers: every one duizhao writes but its own. */
export function exportFormats(): FormatInfo[] {
  return writableFormats().filter((f) => f.name !== DOCUMENT_FORMAT);
}

/** The actions group. */
export function renderActions(view: ActionsView): TemplateResult {
  const chosen = FORMAT_LIST[view.exportFormat];
  return html`<div class="actions" role="group" aria-label=${t('editor.actions')}>
    <button type="button" class="primary" @click=${view.onOpenInReader}>
      ${t('editor.openInReader')}
    </button>
    <button type="button" data-format=${DOCUMENT_FORMAT} @click=${view.onExport}>
      ${t('editor.download', { format: FORMAT_LIST[DOCUMENT_FORMAT].label })}
    </button>
    <span class="export">
      <select aria-label=${t('editor.exportFormat')} @change=${view.onExportChoice}>
        ${exportFormats().map(
          (f) =>
            html`<option value=${f.name} ?selected=${f.name === view.exportFormat}>
              ${f.label} (${f.extensions[0]})
            </option>`,
        )}
      </select>
      <button type="button" data-format=${view.exportFormat} @click=${view.onExport}>
        ${t('editor.export', { format: chosen.label })}
      </button>
    </span>
    <button type="button" class="quiet" @click=${view.onStartOver}>${t('editor.startOver')}</button>
  </div>`;
}
