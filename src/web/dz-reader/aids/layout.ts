/**
 * The layout, as a reading aid: a group of buttons, a remembered choice (`?layout=`, local
 * storage, else stacked on a narrow screen and side by side otherwise), and whether pairs show
 * one side only. The table below is the only list of layouts: a new one is an entry here (its
 * styles keyed on `:host([layout=...])`) and its name in the two locales.
 */
import { css, html, type CSSResult } from 'lit';
import { t } from '../../../i18n/i18n.ts';
import type { ReadingAid } from '../pane.ts';

interface LayoutSpec {
  /** The button's name, in the interface language. */
  name: () => string;
  /** One language per pair; the other appears under the pair while it is active. */
  oneSide: boolean;
  styles: CSSResult;
}

const TABLE = {
  side: { name: () => t('reader.layoutSide'), oneSide: false, styles: css`` },
  stacked: {
    name: () => t('reader.layoutStacked'),
    oneSide: false,
    styles: css`
      :host([layout='stacked']) .pair {
        border-top-color: var(--dz-rule);
        padding: 0.6rem 0;
      }
      :host([layout='stacked']) .sides {
        grid-template-columns: minmax(0, 1fr);
        max-width: 44rem;
      }
      :host([layout='stacked']) .side + .side {
        margin-top: 0.1rem;
        padding-top: 0.1rem;
      }
    `,
  },
  single: {
    name: () => t('reader.layoutSingle'),
    oneSide: true,
    styles: css`
      :host([layout='single']) .sides {
        grid-template-columns: minmax(0, 1fr);
        max-width: 44rem;
      }
    `,
  },
} as const satisfies Record<string, LayoutSpec>;

/** A layout of the reader. */
export type Layout = keyof typeof TABLE;

/** Every layout, in the order the toolbar offers them. */
export const LAYOUTS = Object.keys(TABLE) as readonly Layout[];

/** Whether a value (an attribute, a stored or linked value) names a layout. */
export function isLayout(value: unknown): value is Layout {
  return typeof value === 'string' && Object.hasOwn(TABLE, value);
}

const NARROW = '(max-width: 720px)';

/** The layout aid; the reader's `layout` property, when set from outside, wins over its setting. */
export const layoutAid: ReadingAid<Layout> = {
  id: 'layout',
  setting: {
    storageKey: 'duizhao.layout',
    urlKey: 'layout',
    parse: (raw) => (isLayout(raw) ? raw : undefined),
    // Phones start stacked: two columns of text do not fit.
    fallback: () => (window.matchMedia(NARROW).matches ? 'stacked' : 'side'),
  },
  styles: [
    css`
      .toolbar .group {
        display: inline-flex;
        border: 1px solid var(--dz-rule);
        border-radius: 6px;
        overflow: hidden;
      }
      .toolbar .group button + button {
        border-left: 1px solid var(--dz-rule);
      }
    `,
    ...LAYOUTS.map((l) => TABLE[l].styles),
  ],
  control: (ctx) =>
    html`<span class="label" id="layout-label">${t('reader.layout')}</span>
      <span class="group" role="group" aria-labelledby="layout-label">
        ${LAYOUTS.map(
          (l) =>
            html`<button
              type="button"
              data-layout=${l}
              aria-pressed=${ctx.value === l ? 'true' : 'false'}
              @click=${() => {
                ctx.set(l);
              }}
            >
              ${TABLE[l].name()}
            </button>`,
        )}
      </span>`,
  pair: (value, ctx) => ({ ...ctx, oneSide: TABLE[value].oneSide }),
};
