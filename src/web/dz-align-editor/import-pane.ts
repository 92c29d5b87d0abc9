/**
 * The Import page before any alignment: a text area per language, a file picker for each, and
 * one for an aligned file in any format the registry reads.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { t } from '../../i18n/i18n.ts';
import { readExtensions, readFamilies } from '../../formats/format.ts';
import type { Issue, Lang } from '../../model/types.ts';
import { CHINESE_TAGS } from './chinese-script.ts';
import { languageName, listed, renderIssues } from './parts.ts';

/** What the import pane shows and whom it tells. */
export interface ImportView {
  /** The pair's tags, Chinese (in the chosen script) first. */
  languages: readonly [Lang, Lang];
  texts: readonly [string, string];
  issuesHeading: string;
  issues: readonly Issue[];
  /** A text area changed (`data-side`). */
  onText: (e: Event) => void;
  onTextKeyDown: (e: KeyboardEvent) => void;
  /** A plain text was picked for a side (`data-side`). */
  onPickText: (e: Event) => void;
  onPickAligned: (e: Event) => void;
  onAlign: () => void;
  /** The Chinese script was chosen. */
  onScript: (e: Event) => void;
}

/** What the aligned-file picker accepts: every ending a registered format reads. */
export function alignedAccept(): string {
  return readExtensions().join(',');
}

function renderScriptChoice(view: ImportView): TemplateResult {
  const [chinese] = view.languages;
  return html`<label class="script"
    >${t('editor.script')}
    <select @change=${view.onScript}>
      ${CHINESE_TAGS.map(
        (tag) =>
          html`<option value=${tag} lang=${tag} ?selected=${tag === chinese}>
            ${languageName(tag)} (${tag})
          </option>`,
      )}
    </select></label
  >`;
}

function renderText(view: ImportView, lang: Lang, s: number): TemplateResult {
  const id = `text-${String(s)}`;
  return html`<div class="text" data-side=${s}>
    <div class="label-row">
      <label for=${id}>${t('editor.textLabel', { language: languageName(lang) })}</label>
      ${s === 0 ? renderScriptChoice(view) : nothing}
    </div>
    <textarea
      id=${id}
      lang=${lang}
      data-side=${s}
      spellcheck="false"
      placeholder=${t('editor.textPlaceholder')}
      .value=${live(view.texts[s] ?? '')}
      @input=${view.onText}
      @keydown=${view.onTextKeyDown}
    ></textarea>
    <label class="file">
      <span>${t('editor.chooseText')}</span>
      <input type="file" accept=".txt,text/plain" data-side=${s} @change=${view.onPickText} />
    </label>
  </div>`;
}

/** The import pane. */
export function renderImport(view: ImportView): TemplateResult {
  return html`<section class="import">
    <p class="intro">${t('editor.intro')}</p>
    <div class="texts">${view.languages.map((lang, s) => renderText(view, lang, s))}</div>
    <div class="start">
      <button
        type="button"
        class="primary"
        @click=${view.onAlign}
        title=${t('editor.withKeys', { label: t('editor.align'), keys: 'Ctrl+Enter' })}
      >
        ${t('editor.align')}
      </button>
      <label class="file">
        <span>${t('editor.alignedFile', { formats: listed(readFamilies()) })}</span>
        <input type="file" accept=${alignedAccept()} @change=${view.onPickAligned} />
      </label>
    </div>
    <p class="hint">${t('editor.dropHint')}</p>
    ${renderIssues(view.issuesHeading, view.issues)}
  </section>`;
}
