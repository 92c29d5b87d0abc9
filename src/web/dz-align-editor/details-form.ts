/**
 * The document details: id, date, and for each language its title and who made it. Field names
 * come from the model's form (`meta-form.ts`), which turns their values back into `Meta`.
 * Values are bound plainly, not with `live()`: a field is set when the details change (an edit,
 * an undo), never by an unrelated re-render (an autosave's status) while someone is typing in it.
 * The editor puts a refused value back itself.
 */
import { html, type TemplateResult } from 'lit';
import { t } from '../../i18n/i18n.ts';
import { MAKER_ROLES, sideFieldName, type MetaProblem } from '../../model/edit/meta-form.ts';
import type { AlignmentState } from '../../model/edit/state.ts';
import { languageName } from './parts.ts';

/** What the details form shows and whom it tells. */
export interface DetailsView {
  state: AlignmentState;
  open: boolean;
  /** A field changed; the handler reads the whole form. */
  onChange: (e: Event) => void;
  onToggle: (e: Event) => void;
}

/** The values of the form a changed field is in, by field name; undefined outside a form. */
export function formValues(e: Event): ((name: string) => string | undefined) | undefined {
  const form = (e.currentTarget as HTMLElement).closest('form');
  if (form === null) return undefined;
  const data = new FormData(form);
  return (name) => {
    const v = data.get(name);
    return typeof v === 'string' ? v : undefined;
  };
}

/** Why the details were not changed, one line a problem. */
export function problemMessages(problems: readonly MetaProblem[]): string[] {
  return problems.map((p) => (p === 'id' ? t('editor.badId') : t('editor.badDate')));
}

function onSubmit(e: Event): void {
  // Every field applies on change; Enter must not reload the page.
  e.preventDefault();
}

function renderSide(view: DetailsView, lang: string): TemplateResult {
  const { meta } = view.state;
  const name = languageName(lang);
  const p = meta.provenance[lang];
  const input = (field: 'by' | 'source' | 'licence', value: string): TemplateResult =>
    html`<input name=${sideFieldName(field, lang)} .value=${value} @change=${view.onChange} />`;
  return html`<fieldset>
    <legend>${t('editor.provenance', { language: name })}</legend>
    <label class="wide"
      >${t('editor.title', { language: name })}
      <input
        name=${sideFieldName('title', lang)}
        lang=${lang}
        .value=${meta.title[lang] ?? ''}
        @change=${view.onChange}
      />
    </label>
    <label>${t('editor.by')} ${input('by', p?.by ?? '')}</label>
    <label
      >${t('editor.role')}
      <select name=${sideFieldName('role', lang)} @change=${view.onChange}>
        ${MAKER_ROLES.map(
          (r) =>
            html`<option value=${r} ?selected=${p?.role === r}>${t(`editor.roles.${r}`)}</option>`,
        )}
      </select>
    </label>
    <label>${t('editor.source')} ${input('source', p?.source ?? '')}</label>
    <label>${t('editor.licence')} ${input('licence', p?.licence ?? '')}</label>
  </fieldset>`;
}

/** The details form, open or closed. */
export function renderDetails(view: DetailsView): TemplateResult {
  const { meta, sides } = view.state;
  return html`<details class="details" ?open=${view.open} @toggle=${view.onToggle}>
    <summary>${t('editor.details')}</summary>
    <form @submit=${onSubmit}>
      <div class="row">
        <label
          >${t('editor.id')} <input name="id" .value=${meta.id} @change=${view.onChange}
        /></label>
        <label
          >${t('editor.date')} <input name="date" .value=${meta.date} @change=${view.onChange}
        /></label>
      </div>
      ${sides.map(({ lang }) => renderSide(view, lang))}
    </form>
  </details>`;
}
