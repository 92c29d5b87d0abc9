/**
 * "About this edition": for each side, a heading naming its language (Intl.DisplayNames, in the
 * interface language) and labelled rows (by, role, source, edition, licence). Labels are in the
 * interface language; each value keeps the language it is written in, Chinese runs inside it
 * included, since a metadata value declares none of its own.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { currentLanguage, t } from '../../../i18n/i18n.ts';
import { isChinese, type Lang, type ParallelText, type Provenance } from '../../../model/types.ts';
import { mostlyChinese, scriptRuns } from './script-runs.ts';

/** A language's name in the interface language ("Simplified Chinese", "简体中文"); the tag if none. */
export function languageName(tag: Lang): string {
  try {
    return new Intl.DisplayNames([currentLanguage()], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A metadata value with the right `lang` on it and on every stretch in the other script. */
function value(text: string, doc: ParallelText): TemplateResult {
  const chinese = doc.languages.find((l) => isChinese(l));
  const other = doc.languages.find((l) => !isChinese(l));
  const outer = mostlyChinese(text) ? chinese : other;
  const runs = scriptRuns(text);
  return html`<dd lang=${outer ?? nothing}>
    ${runs.map((r) => {
      const lang = r.chinese ? chinese : other;
      return lang === undefined || lang === outer
        ? r.text
        : html`<span lang=${lang}>${r.text}</span>`;
    })}
  </dd>`;
}

const ROLE_KEYS = {
  author: 'layout.roleAuthor',
  translator: 'layout.roleTranslator',
  editor: 'layout.roleEditor',
} as const satisfies Record<Provenance['role'], string>;

/** One side's rows. */
function sideRows(doc: ParallelText, lang: Lang, p: Provenance): TemplateResult {
  const rows: [label: string, text: string | undefined][] = [
    [t('layout.aboutBy'), p.by],
    [t('layout.aboutSource'), p.source],
    [t('layout.aboutEdition'), p.edition],
    [t('layout.aboutLicence'), p.licence],
  ];
  const [by, ...rest] = rows;
  const row = ([label, text]: [string, string | undefined]): TemplateResult | typeof nothing =>
    text === undefined
      ? nothing
      : html`<dt>${label}</dt>
          ${value(text, doc)}`;
  return html`<section class="edition-side" data-lang=${lang}>
    <h3>${languageName(lang)}</h3>
    <dl>
      ${by === undefined ? nothing : row(by)}
      <dt>${t('layout.aboutRole')}</dt>
      <dd>${t(ROLE_KEYS[p.role])}</dd>
      ${rest.map(row)}
    </dl>
  </section>`;
}

/** The sides' rows in display order, and the edition notes not already shown under the title. */
export function aboutEdition(
  doc: ParallelText,
  order: readonly [0 | 1, 0 | 1],
  shownNote: Lang | undefined,
): TemplateResult {
  const langs = order.map((i) => doc.languages[i]);
  return html`${langs.map((l) => {
    const note = doc.editionNote?.[l];
    return note === undefined || l === shownNote
      ? nothing
      : html`<p class="edition-note full" lang=${l}>${note}</p>`;
  })}
  ${langs.map((l) => {
    const p = doc.provenance[l];
    return p === undefined ? nothing : sideRows(doc, l, p);
  })}`;
}
