/**
 * The script aid: show the Chinese side in Simplified or Traditional characters whatever it is
 * stored in (opencc-js, loaded when first chosen). Search, hover and links work on what is shown,
 * since the shown text keeps the stored text's offsets; a converted run carries its own `lang`.
 */
import { html, nothing } from 'lit';
import { t } from '../../../i18n/i18n.ts';
import type { ReadingAid } from '../pane.ts';
import { choiceControl, choiceSetting, type ChoiceOption } from './choice.ts';
import { chineseLang, converterTo, inScript, scriptOf } from './chinese-script.ts';
import { withLearner } from './learner-run.ts';

/** The script shown: as stored, or one of the two. */
export type ScriptChoice = 'stored' | 'hans' | 'hant';

const OPTIONS: readonly ChoiceOption<ScriptChoice>[] = [
  { value: 'stored', name: () => t('learn.scriptStored') },
  { value: 'hans', name: () => t('learn.scriptSimplified') },
  { value: 'hant', name: () => t('learn.scriptTraditional') },
];

/** The script aid. */
export const scriptAid: ReadingAid<ScriptChoice> = {
  id: 'script',
  setting: choiceSetting('duizhao.script', OPTIONS, 'stored'),
  control: (ctx) => {
    const zh = chineseLang(ctx.doc);
    if (zh === undefined) return nothing;
    const target = ctx.value === 'stored' ? undefined : ctx.value;
    const lazy = target === undefined ? undefined : converterTo(target);
    return html`${choiceControl('script', t('learn.script'), OPTIONS, ctx)}${
      lazy?.pending === true
        ? html`<span class="label" role="status">${t('learn.aidLoading')}</span>`
        : lazy?.error === undefined
          ? nothing
          : html`<span class="label" role="status"
              >${t('learn.aidFailed', { error: lazy.error instanceof Error ? lazy.error.message : 'error' })}</span
            >`
    }`;
  },
  pair: (value, ctx, doc, host) => {
    const zh = chineseLang(doc);
    if (value === 'stored' || zh === undefined || scriptOf(zh) === value) return ctx;
    const lazy = converterTo(value);
    return withLearner(ctx, {
      shown: (plain) => inScript(value, plain, lazy, (l) => l.get(host)),
      shownLang: value === 'hant' ? 'zh-Hant' : 'zh-Hans',
    });
  },
};
