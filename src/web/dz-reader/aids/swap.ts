/**
 * Which language comes first (left, or on top), as a reading aid: the swap button, a remembered
 * language (`?left=`, local storage, else the document's first), and the order of every pair's
 * sides. The header follows the same order.
 */
import { html } from 'lit';
import { t } from '../../../i18n/i18n.ts';
import type { ReadingAid } from '../pane.ts';

/** The swap aid; its value is a language tag of the document. */
export const swapAid: ReadingAid = {
  id: 'swap',
  setting: {
    storageKey: 'duizhao.left',
    urlKey: 'left',
    // A language this document does not have (remembered from another text) does not count.
    parse: (raw, doc) => (doc?.languages.includes(raw) === true ? raw : undefined),
    fallback: (doc) => doc?.languages[0] ?? '',
  },
  control: (ctx) => {
    const [a, b] = ctx.doc.languages;
    const value = ctx.value;
    return html`<button
      type="button"
      class="swap"
      @click=${() => {
        ctx.set(value === a ? b : a);
      }}
      title=${t('reader.swap')}
    >
      ${t('reader.swap')} (<span lang=${value}>${value}</span>)
    </button>`;
  },
  pair: (value, ctx, doc) => ({ ...ctx, order: value === doc.languages[1] ? [1, 0] : [0, 1] }),
};
