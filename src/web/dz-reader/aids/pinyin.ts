/**
 * The pinyin aid: ruby pinyin with tone marks over each Chinese character (pinyin-pro, loaded
 * when first turned on). A block's pinyin is worked out from its whole text, so polyphonic
 * characters are read in their words (银行 yín háng, 行走 xíng zǒu); a Traditional text is read
 * from its Simplified form, which the library knows better.
 */
import { css, html, nothing } from 'lit';
import { t } from '../../../i18n/i18n.ts';
import type { ReadingAid } from '../pane.ts';
import { choiceSetting, type ChoiceOption } from './choice.ts';
import { chineseLang, converterTo, inScript, scriptOf } from './chinese-script.ts';
import { Lazy, TextCache } from './lazy.ts';
import { withLearner } from './learner-run.ts';

/** Whether pinyin shows. */
export type PinyinChoice = 'off' | 'on';

type PinyinModule = typeof import('pinyin-pro');

const library = new Lazy<PinyinModule>(() => import('pinyin-pro'));
const cache = new TextCache<readonly string[]>();

/** Pinyin for each UTF-16 offset of a Simplified text ('' where a character has none). */
export function pinyinByOffset(lib: PinyinModule, text: string): readonly string[] {
  // Reverse maximum matching (1) reads 银行 right inside long sentences, where the default
  // (maximum probability) can read 行 as xíng. The library's enum is a const enum it does not
  // export at run time, hence the number.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
  const items = lib.pinyin(text, { type: 'all', toneType: 'symbol', segmentit: 1 });
  const out: string[] = [];
  for (const item of items) {
    out.push(item.isZh ? item.pinyin : '');
    for (let k = 1; k < item.origin.length; k++) out.push('');
  }
  if (out.length === text.length) return out;
  // The library grouped something unexpectedly: read each character on its own instead.
  // Code points, not graphemes: pinyin belongs to each character.
  // eslint-disable-next-line @typescript-eslint/no-misused-spread
  return [...text].flatMap((ch) => {
    const [one] = lib.pinyin(ch, { type: 'all', toneType: 'symbol' });
    return [one?.isZh === true ? one.pinyin : '', ...(ch.length > 1 ? [''] : [])];
  });
}

const OPTIONS: readonly ChoiceOption<PinyinChoice>[] = [
  { value: 'off', name: () => '' },
  { value: 'on', name: () => '' },
];

/** The pinyin aid. */
export const pinyinAid: ReadingAid<PinyinChoice> = {
  id: 'pinyin',
  setting: choiceSetting('duizhao.pinyin', OPTIONS, 'off'),
  styles: css`
    ruby.zi > rt {
      font-family: var(--dz-sans, system-ui, sans-serif);
      font-size: 0.5em;
      color: var(--dz-muted);
      user-select: none;
    }
    :host([pinyin='on']) .side:lang(zh) {
      line-height: calc(2.5 * var(--dz-line-scale, 1));
    }
  `,
  control: (ctx) => {
    if (chineseLang(ctx.doc) === undefined) return nothing;
    const on = ctx.value === 'on';
    return html`<button
        type="button"
        class="toggle"
        data-aid="pinyin"
        aria-pressed=${on ? 'true' : 'false'}
        @click=${() => {
          ctx.set(on ? 'off' : 'on');
        }}
      >
        ${t('learn.pinyin')}
      </button>
      ${
        on && library.pending
          ? html`<span class="label" role="status">${t('learn.aidLoading')}</span>`
          : nothing
      }`;
  },
  hostAttributes: (value) => ({ pinyin: value }),
  pair: (value, ctx, doc, host) => {
    const zh = chineseLang(doc);
    if (value === 'off' || zh === undefined) return ctx;
    const fromTraditional = scriptOf(zh) === 'hant';
    return withLearner(ctx, {
      pinyin: (plain) => {
        const lib = library.get(host);
        if (lib === undefined) return undefined;
        const simplified = fromTraditional
          ? inScript('hans', plain, converterTo('hans'), (l) => l.get(host))
          : plain;
        if (simplified === undefined) return undefined;
        return cache.get(simplified, (s) => pinyinByOffset(lib, s));
      },
    });
  },
};
