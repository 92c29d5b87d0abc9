/**
 * Text size and line spacing, as two reading aids: a select each, remembered in local storage,
 * and a styling hook on the reader (`dz-reader[text-size]`, `dz-reader[line-height]`). Sizes are
 * multiples of the text's own rem sizes, so the browser's zoom and its default font size still
 * count.
 */
import { css } from 'lit';
import { t } from '../../../i18n/i18n.ts';
import type { ReadingAid } from '../pane.ts';
import { choiceControl, choiceSetting, choiceStyles, type ChoiceOption } from './choice.ts';

// The steps' scales are in the styles below, keyed on the same names.
const SIZES = {
  s: { name: () => t('learn.sizeSmall') },
  m: { name: () => t('learn.sizeNormal') },
  l: { name: () => t('learn.sizeLarge') },
  xl: { name: () => t('learn.sizeLarger') },
  xxl: { name: () => t('learn.sizeLargest') },
} as const;

const SPACINGS = {
  tight: { name: () => t('learn.spacingTight') },
  normal: { name: () => t('learn.spacingNormal') },
  loose: { name: () => t('learn.spacingLoose') },
  loosest: { name: () => t('learn.spacingLoosest') },
} as const;

/** A text size step. */
export type TextSize = keyof typeof SIZES;
/** A line spacing step. */
export type LineSpacing = keyof typeof SPACINGS;

function optionsOf<V extends string>(table: Record<V, { name: () => string }>): ChoiceOption<V>[] {
  return (Object.keys(table) as V[]).map((value) => ({ value, name: table[value].name }));
}

const SIZE_OPTIONS = optionsOf(SIZES);
const SPACING_OPTIONS = optionsOf(SPACINGS);

/** The text size aid. */
export const textSizeAid: ReadingAid<TextSize> = {
  id: 'text-size',
  setting: choiceSetting('duizhao.textSize', SIZE_OPTIONS, 'm'),
  styles: [
    choiceStyles,
    // Each step sets a scale; the rules after them multiply the sides' own sizes by it.
    css`
      :host([text-size='s']) {
        --dz-text-scale: 0.9;
      }
      :host([text-size='l']) {
        --dz-text-scale: 1.15;
      }
      :host([text-size='xl']) {
        --dz-text-scale: 1.3;
      }
      :host([text-size='xxl']) {
        --dz-text-scale: 1.55;
      }
      :host([line-height='tight']) {
        --dz-line-scale: 0.88;
      }
      :host([line-height='loose']) {
        --dz-line-scale: 1.15;
      }
      :host([line-height='loosest']) {
        --dz-line-scale: 1.35;
      }
      :host([text-size]) .side:lang(zh) {
        font-size: calc(1.08rem * var(--dz-text-scale, 1));
      }
      :host([text-size]) .side:not(:lang(zh)) {
        font-size: calc(1.02rem * var(--dz-text-scale, 1));
      }
      :host([line-height]) .side:lang(zh) {
        line-height: calc(1.9 * var(--dz-line-scale, 1));
      }
      :host([line-height]) .side:not(:lang(zh)) {
        line-height: calc(1.6 * var(--dz-line-scale, 1));
      }
    `,
  ],
  control: (ctx) => choiceControl('text-size', t('learn.textSize'), SIZE_OPTIONS, ctx),
  hostAttributes: (value) => ({ 'text-size': value }),
};

/** The line spacing aid. */
export const lineHeightAid: ReadingAid<LineSpacing> = {
  id: 'line-height',
  setting: choiceSetting('duizhao.lineHeight', SPACING_OPTIONS, 'normal'),
  control: (ctx) => choiceControl('line-height', t('learn.lineHeight'), SPACING_OPTIONS, ctx),
  hostAttributes: (value) => ({ 'line-height': value }),
};
