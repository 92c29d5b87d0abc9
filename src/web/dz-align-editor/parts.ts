/** Small pieces several of the editor's templates share. */
import { html, nothing, type TemplateResult } from 'lit';
import { currentLanguage, t } from '../../i18n/i18n.ts';
import type { SideIndex } from '../../model/edit/state.ts';
import type { Issue, Lang } from '../../model/types.ts';
import { formatIssue } from '../../model/validate.ts';
import { shortcutLabel, type Command } from './shortcuts.ts';

/** The code of the editor's own messages, already written for people (no file, field or line). */
export const EDITOR_NOTICE = 'editor';

/** A message of the editor's own, as an issue for the issues panel. */
export function notice(message: string): Issue {
  return { code: EDITOR_NOTICE, message };
}

/** Which side an element is for, by its `data-side`. */
export function sideOf(el: EventTarget | null): SideIndex {
  return el instanceof HTMLElement && el.dataset.side === '1' ? 1 : 0;
}

/** Where typing goes: keys there are the person's text, not shortcuts. */
export function isEditable(target: EventTarget | undefined): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/** An error's message, whatever was thrown. */
export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** A language's name in the interface language: `Chinese (Simplified)`. */
export function languageName(lang: Lang): string {
  try {
    return new Intl.DisplayNames([currentLanguage()], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/** Words as the interface language lists them: `TMX, XLIFF, or CSV`; `TMX、XLIFF或CSV`. */
export function listed(words: readonly string[], type: 'or' | 'and' = 'or'): string {
  return new Intl.ListFormat(currentLanguage(), {
    type: type === 'or' ? 'disjunction' : 'conjunction',
  }).format(words);
}

/** A command's name with its keys, for a title: `Merge with next (M)`. */
export function withKeys(label: string, command: Command): string {
  return t('editor.withKeys', { label, keys: shortcutLabel(command) });
}

/** The issues panel: what stopped an import, an export or a save. */
export function renderIssues(
  heading: string,
  issues: readonly Issue[],
): TemplateResult | typeof nothing {
  if (issues.length === 0) return nothing;
  return html`<div class="issues" role="alert">
    ${heading === '' ? nothing : html`<p>${heading}</p>`}
    <ul>
      ${issues.map((i) => html`<li>${i.code === EDITOR_NOTICE ? i.message : formatIssue(i)}</li>`)}
    </ul>
  </div>`;
}
