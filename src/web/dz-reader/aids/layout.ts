/**
 * The layout, as a reading aid: a group of buttons, a remembered choice (`?layout=`, local
 * storage, else stacked on a narrow screen and side by side otherwise), and whether pairs show
 * one side only (the other opens over the text, moving nothing). The table below is the only list of layouts: a new one is an entry here (its
 * styles keyed on `:host([layout=...])`) and its name in the two locales.
 */
import { css, html, type CSSResult } from 'lit';
import { t } from '../../../i18n/i18n.ts';
import type { ReadingAid } from '../pane.ts';

interface LayoutSpec {
  /** The button's name, in the interface language. */
  name: () => string;
  /** One language per pair; the other opens over the text while the pair is active. */
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
      :host([layout='single']) .note,
      :host([layout='single']) .refs {
        max-width: 44rem;
      }
      /* The other language opens over the rows below, anchored to its row: no text moves, and
         the pointer passes through it to the row beneath, so every row can be reached. */
      :host([layout='single']) .pair:has(.peek) {
        z-index: 1;
      }
      :host([layout='single']) .side.peek {
        position: absolute;
        top: calc(100% - 0.2rem);
        left: 3rem;
        width: min(44rem, calc(100% - 5.75rem));
        box-sizing: border-box;
        pointer-events: none;
        font-size: 0.95em;
        background: var(--dz-bg);
        background-image: linear-gradient(var(--dz-pair), var(--dz-pair));
        border: 1px solid var(--dz-rule);
        border-left: 3px solid var(--dz-accent);
        box-shadow: 0 4px 14px color-mix(in srgb, var(--dz-fg) 18%, transparent);
      }
      /* A glossary note goes above the row then, clear of the other language below it. */
      :host([layout='single']) .pair:has(.peek) > .term-note {
        top: auto;
        bottom: calc(100% - 0.2rem);
      }
      /* Wide enough: the other language stands beside the text, in the margin it leaves. */
      @media (min-width: 1120px) {
        :host([layout='single']) .side.peek {
          top: 0;
          left: calc(3rem + 44rem + 1.25rem);
          width: auto;
          right: 2.75rem;
          pointer-events: auto;
          box-shadow: none;
        }
        :host([layout='single']) .pair:has(.peek) > .term-note {
          top: calc(100% - 0.2rem);
          bottom: auto;
        }
      }
      @media (max-width: 720px) {
        :host([layout='single']) .side.peek {
          left: 2.1rem;
          width: calc(100% - 4.2rem);
        }
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
