/**
 * One link of the alignment as the editor shows it: its number and confidence, then each side's
 * paragraphs with their sentences. A template function, not an element: a long text has
 * thousands of links and only those on screen are rendered.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { t } from '../../i18n/i18n.ts';
import {
  LOW_CONFIDENCE,
  pairRange,
  type AlignmentState,
  type Pair,
  type SideIndex,
} from '../../model/edit/state.ts';
import type { Cut } from './mode.ts';

/** How a link's confidence is shown: its colour class. */
export type Level = 'checked' | 'high' | 'mid' | 'low';

/** The colour class of a link. */
export function levelOf(pair: Pair): Level {
  if (pair.checked) return 'checked';
  if (pair.confidence >= 0.8) return 'high';
  return pair.confidence >= LOW_CONFIDENCE ? 'mid' : 'low';
}

/** What every link's template needs from the editor. */
export interface LinkContext {
  state: AlignmentState;
  /** The selected link, and which side edits apply to. */
  active: number;
  side: SideIndex;
  /** While splitting the selected link: where each side is cut (sentences kept above). */
  cut: Cut | undefined;
  /** The interface language, for the few interface words inside a link. */
  uiLang: string;
  /** A click on a link (its `data-index`) or on a side of it (`data-side`). */
  onSelect: (e: Event) => void;
  /** A click on a place to cut (`data-side`, `data-cut`). */
  onCut: (e: Event) => void;
}

function renderSide(ctx: LinkContext, k: number, s: SideIndex): TemplateResult {
  const side = ctx.state.sides[s];
  const [from, to] = pairRange(ctx.state, k, s);
  const active = k === ctx.active;
  const classes = classMap({ side: true, current: active && s === ctx.side });
  if (from === to && !(active && ctx.cut !== undefined)) {
    return html`<div class=${classes} data-side=${s}>
      <p class="empty" lang=${ctx.uiLang}>${t('editor.emptySide')}</p>
    </div>`;
  }
  if (active && ctx.cut !== undefined) {
    // While splitting, each sentence is on its own line with a place to cut before and after it.
    const cut = ctx.cut[s];
    const cutButton = (at: number): TemplateResult => {
      const label =
        at === 0
          ? t('editor.cutAtStart')
          : at === to - from
            ? t('editor.cutAtEnd')
            : t('editor.cutBefore', { number: at + 1 });
      return html`<button
        type="button"
        class="cut"
        lang=${ctx.uiLang}
        data-side=${s}
        data-cut=${at}
        aria-pressed=${at === cut ? 'true' : 'false'}
        aria-label=${label}
        title=${label}
        @click=${ctx.onCut}
      ></button>`;
    };
    const items: TemplateResult[] = [cutButton(0)];
    for (let i = from; i < to; i++) {
      items.push(
        html`<p class="sentence-line">${side.sentences[i]?.text}</p>`,
        cutButton(i - from + 1),
      );
    }
    return html`<div class="${classes} splitting" data-side=${s} lang=${side.lang}>${items}</div>`;
  }
  const paragraphs: TemplateResult[] = [];
  let i = from;
  while (i < to) {
    const para = side.sentences[i]?.para;
    const startsPara = i === 0 || side.sentences[i - 1]?.para !== para;
    const sentences: TemplateResult[] = [];
    while (i < to && side.sentences[i]?.para === para) {
      const sentence = side.sentences[i];
      const next = side.sentences[i + 1];
      sentences.push(
        html`<span class="sentence">${sentence?.text}</span
          >${next?.para === para && i + 1 < to ? sentence?.gap : nothing}`,
      );
      i++;
    }
    const endsPara = i >= side.sentences.length || side.sentences[i]?.para !== para;
    const kind = side.paragraphs[para ?? -1]?.kind ?? 'paragraph';
    const marker = side.paragraphs[para ?? -1]?.marker;
    paragraphs.push(
      html`<p class=${classMap({ para: true, [kind]: true, cont: !startsPara, open: !endsPara })}>
        ${marker === undefined || !startsPara ? nothing : html`<span class="marker">${marker}</span> `}${sentences}
      </p>`,
    );
  }
  return html`<div class=${classes} data-side=${s} lang=${side.lang}>${paragraphs}</div>`;
}

/** One link, with its number, its confidence and both sides. */
export function renderLink(ctx: LinkContext, pair: Pair, k: number): TemplateResult {
  const level = levelOf(pair);
  const active = k === ctx.active;
  const value = pair.confidence.toFixed(2);
  const label = pair.checked ? t('editor.checked') : t('editor.confidence', { value });
  return html`<div
    class=${classMap({ pair: true, [level]: true, active })}
    id=${`pair-${String(k)}`}
    role="option"
    aria-selected=${active ? 'true' : 'false'}
    data-index=${k}
    @click=${ctx.onSelect}
  >
    <div class="gutter" lang=${ctx.uiLang}>
      <span class="number" aria-label=${t('editor.linkLabel', { number: k + 1 })}>${k + 1}</span>
      <span class="badge" title=${label} aria-label=${label}>${pair.checked ? '✓' : value}</span>
    </div>
    ${renderSide(ctx, k, 0)} ${renderSide(ctx, k, 1)}
  </div>`;
}
