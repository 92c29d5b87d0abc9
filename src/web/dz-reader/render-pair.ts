/**
 * Template functions for one pair (rendered hundreds of times, so not an element). Text is
 * always passed to lit as data: it becomes text nodes, never HTML.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Mark } from '../../model/inline.ts';
import type { BlockView, PairView, SentenceView, SideView, Token } from '../../model/pair.ts';
import type { BlockKind, CrossRef, Lang } from '../../model/types.ts';
import { findAll } from '../../model/search.ts';
import { isChinese } from '../../model/types.ts';
import type { ActiveState } from '../events.ts';

type Range = [number, number];
const NO_HITS: readonly Range[] = [];

/** Where a run of text stands: its pair, side and block, the block's whole text and its offset. */
export interface RunAt {
  segment: number;
  side: 0 | 1;
  block: number;
  /** The block's whole plain text (a reading aid may need the context: pinyin, conversion). */
  plain: string;
  /** The run's offset in `plain`. */
  start: number;
}

export interface PairRenderContext {
  /** Side indices in display order: [0, 1] or [1, 0]. */
  order: readonly [0 | 1, 0 | 1];
  /** Show the first side only; the second appears under the pair while it is active. */
  oneSide: boolean;
  /** How a run of plain text renders (a reading aid may annotate it); runs never hold markup. */
  textRun: (text: string, lang: Lang, at: RunAt) => TemplateResult | string;
  active: ActiveState | undefined;
  /** Segment indices opened by the permalink. */
  linked: (index: number) => boolean;
  /** Cross-references from and to this segment, with the other end's number. */
  refsFrom: (id: string) => readonly (CrossRef & { number: number })[];
  refsTo: (id: string) => readonly (CrossRef & { number: number })[];
  /** Search forms per language: their occurrences are highlighted. */
  hits: (lang: string) => readonly string[] | undefined;
  /** Glossary notes by term key, for the tooltip. */
  termNote: (key: string) => string | undefined;
  /** A glossary entry's first form in each language, by term key. */
  termForms: (key: string) => readonly (readonly [lang: string, form: string])[];
  label: {
    actions: (number: number) => string;
    copyLink: string;
    copyCitation: string;
    /** The button that opens the citation dialog (every format). */
    citeFormats: string;
    note: string;
    seeAlso: string;
    referredFrom: string;
    emptySide: string;
    unmatched: string;
  };
}

/** Where a run of text comes from: its block's text and marks, its language and the hits in it. */
interface RunSource {
  plain: string;
  marks: readonly Mark[];
  lang: Lang;
  hits: readonly Range[];
  textRun: PairRenderContext['textRun'];
  /** The run's place, but for the offset. */
  at: Omit<RunAt, 'start'>;
}

/** Text between offsets, split where emphasis and search hits start and end. */
function styled(src: RunSource, start: number, end: number): (TemplateResult | string)[] {
  const { plain, marks, hits } = src;
  const cuts = new Set([start, end]);
  for (const [s, e] of hits) {
    if (s > start && s < end) cuts.add(s);
    if (e > start && e < end) cuts.add(e);
  }
  for (const m of marks) {
    if (m.start > start && m.start < end) cuts.add(m.start);
    if (m.end > start && m.end < end) cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: (TemplateResult | string)[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k] ?? 0;
    const to = points[k + 1] ?? 0;
    const text = src.textRun(plain.slice(from, to), src.lang, { ...src.at, start: from });
    const em = marks.some((m) => m.kind === 'em' && m.start <= from && m.end >= to);
    const strong = marks.some((m) => m.kind === 'strong' && m.start <= from && m.end >= to);
    const inner = strong ? html`<strong>${text}</strong>` : text;
    const styledText = em ? html`<em>${inner}</em>` : inner;
    out.push(
      hits.some(([s, e]) => s <= from && e >= to) ? html`<mark>${styledText}</mark>` : styledText,
    );
  }
  return out;
}

function renderSentence(
  src: RunSource,
  s: SentenceView,
  active: ActiveState | undefined,
  ctx: PairRenderContext,
  isActivePair: boolean,
): TemplateResult {
  const parts: (TemplateResult | string)[] = [];
  let at = s.start;
  for (const token of s.tokens) {
    if (token.start > at) parts.push(...styled(src, at, token.start));
    parts.push(renderToken(src, token, isActivePair && active?.key === token.key, ctx));
    at = token.end;
  }
  if (at < s.end) parts.push(...styled(src, at, s.end));
  const on = isActivePair && active?.link !== undefined && active.link === s.link;
  return html`<span
    class="sentence"
    data-sentence=${s.index}
    data-link=${s.link}
    tabindex="-1"
    ?active=${on}
    >${parts}</span
  >`;
}

function renderToken(
  src: RunSource,
  token: Token,
  on: boolean,
  ctx: PairRenderContext,
): TemplateResult {
  const body = styled(src, token.start, token.end);
  switch (token.kind) {
    case 'figure':
      return html`<span
        class="figure"
        data-figure=${token.key}
        data-key=${token.key}
        tabindex="-1"
        ?active=${on}
        >${body}</span
      >`;
    case 'unmatched':
      return html`<span
        class="figure unmatched"
        data-unmatched-figure=${token.key}
        title=${ctx.label.unmatched}
        >${body}</span
      >`;
    case 'term':
      return html`<span
        class="term"
        data-term=${token.key.slice(5)}
        data-key=${token.key}
        tabindex="-1"
        title=${ctx.termNote(token.key) ?? nothing}
        ?active=${on}
        >${body}</span
      >`;
    default:
      // A new kind of token must be given its own rendering here, not pass for a term.
      return unknownToken(token.kind);
  }
}

function unknownToken(kind: never): never {
  throw new Error(`no rendering for a token of kind ${String(kind)}`);
}

// Icons drawn here, so they show without an emoji font.
const LINK_ICON = svg`<svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"><path d="M6.5 9.5l3-3"/><path d="M7 4.5l1.2-1.2a2.5 2.5 0 013.5 3.5L10.5 8"/><path d="M9 11.5l-1.2 1.2a2.5 2.5 0 01-3.5-3.5L5.5 8"/></svg>`;
const QUOTE_ICON = svg`<svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="currentColor"><path d="M3 9.5C3 7 4.2 5.3 6.5 4.5l.4.8C5.6 6 5 6.8 5 7.8h1.6v3.7H3zM9.2 9.5c0-2.5 1.2-4.2 3.5-5l.4.8c-1.3.7-1.9 1.5-1.9 2.5h1.6v3.7H9.2z"/></svg>`;

const TAGS: Record<BlockKind, string> = {
  heading1: 'h2',
  heading2: 'h3',
  heading3: 'h4',
  heading4: 'h5',
  paragraph: 'p',
  'list-item': 'li',
  salutation: 'p',
  closing: 'p',
  signature: 'p',
  date: 'p',
};

function renderBlock(
  block: BlockView,
  lang: string,
  active: ActiveState | undefined,
  ctx: PairRenderContext,
  isActivePair: boolean,
  at: Omit<RunAt, 'start' | 'plain'>,
): TemplateResult {
  const forms = ctx.hits(lang);
  const hits = forms === undefined ? NO_HITS : findAll(block.plain, forms, isChinese(lang));
  const src: RunSource = {
    plain: block.plain,
    marks: block.marks,
    lang,
    hits,
    textRun: ctx.textRun,
    at: { ...at, plain: block.plain },
  };
  // Keep the text's own spacing between sentences (none in Chinese, a space in English).
  const sentences = block.sentences.map((s, k) => [
    k === 0 ? '' : block.plain.slice(block.sentences[k - 1]?.end ?? s.start, s.start),
    renderSentence(src, s, active, ctx, isActivePair),
  ]);
  // Headings stay headings for screen readers, at levels below the document title (h1).
  const level = TAGS[block.kind];
  const marker =
    block.marker === undefined
      ? nothing
      : html`<span class="marker" aria-hidden="false">${block.marker} </span>`;
  const content = html`${marker}${sentences}`;
  switch (level) {
    case 'h2':
      return html`<h2 class="block ${block.kind}">${content}</h2>`;
    case 'h3':
      return html`<h3 class="block ${block.kind}">${content}</h3>`;
    case 'h4':
      return html`<h4 class="block ${block.kind}">${content}</h4>`;
    case 'h5':
      return html`<h5 class="block ${block.kind}">${content}</h5>`;
    default:
      return html`<div
        class="block ${block.kind}"
        role=${block.kind === 'list-item' ? 'listitem' : nothing}
      >
        ${content}
      </div>`;
  }
}

function renderSide(
  pair: PairView,
  sideIndex: 0 | 1,
  ctx: PairRenderContext,
  extraClass = '',
): TemplateResult {
  const side: SideView = pair.sides[sideIndex];
  const isActivePair = ctx.active?.segment === pair.index;
  return html`<div
    class="side side-${sideIndex} ${extraClass}"
    data-segment-id=${pair.segment.id}
    data-side=${sideIndex}
    lang=${side.lang}
    tabindex="0"
    role=${side.blocks.some((b) => b.kind === 'list-item') ? 'list' : nothing}
    ?active=${isActivePair}
    ?linked=${ctx.linked(pair.index)}
  >
    ${side.empty ? html`<span class="empty">${ctx.label.emptySide}</span>` : side.blocks.map((b, k) => renderBlock(b, side.lang, ctx.active, ctx, isActivePair, { segment: pair.index, side: sideIndex, block: k }))}
  </div>`;
}

/**
 * The glossary note of the term under the pointer or focus, in the row itself: a tooltip shows
 * to a mouse only, this shows to the keyboard and to touch as well, and is announced.
 */
function renderTermNote(key: string, ctx: PairRenderContext): TemplateResult {
  const note = ctx.termNote(key);
  return html`<p class="term-note" role="status">
    ${ctx.termForms(key).map(([lang, form], k) => html`${k === 0 ? '' : ' · '}<span lang=${lang}>${form}</span>`)}${note === undefined ? '' : html`: ${note}`}
  </p>`;
}

/** One row: the number, the two sides in display order, notes, cross-references and actions. */
export function renderPair(pair: PairView, ctx: PairRenderContext): TemplateResult {
  const number = pair.index + 1;
  const id = pair.segment.id;
  const [first, second] = ctx.order;
  const isActivePair = ctx.active?.segment === pair.index;
  const from = ctx.refsFrom(id);
  const to = ctx.refsTo(id);
  let sides: TemplateResult;
  if (ctx.oneSide) {
    // One language; the other appears below while the pair is pointed at, focused or tapped.
    sides = html`${renderSide(pair, first, ctx)}${isActivePair ? renderSide(pair, second, ctx, 'peek') : nothing}`;
  } else {
    sides = html`${renderSide(pair, first, ctx)}${renderSide(pair, second, ctx)}`;
  }
  return html`<article
    class="pair kind-${pair.segment.kind}"
    id=${`pair-${id}`}
    data-pair=${id}
    data-index=${pair.index}
    ?linked=${ctx.linked(pair.index)}
  >
    <a class="number" href=${`#${id}`} aria-label=${ctx.label.actions(number)}>${number}</a>
    <div class="sides">${sides}</div>
    <div class="actions" role="group" aria-label=${ctx.label.actions(number)}>
      <button
        type="button"
        class="copy-link"
        data-action="copy-link"
        data-segment=${id}
        title=${ctx.label.copyLink}
      >
        ${LINK_ICON}<span class="visually-hidden">${ctx.label.copyLink}</span>
      </button>
      <button
        type="button"
        class="copy-citation"
        data-action="copy-citation"
        data-segment=${id}
        title=${ctx.label.copyCitation}
      >
        ${QUOTE_ICON}<span class="visually-hidden">${ctx.label.copyCitation}</span>
      </button>
      <button
        type="button"
        class="cite-formats"
        data-action="cite"
        data-segment=${id}
        title=${ctx.label.citeFormats}
        aria-haspopup="dialog"
      >
        ⋯<span class="visually-hidden">${ctx.label.citeFormats}</span>
      </button>
    </div>
    ${pair.segment.note === undefined ? nothing : html`<p class="note"><span class="label">${ctx.label.note}:</span> ${pair.segment.note}</p>`}
    ${isActivePair && ctx.active?.key?.startsWith('term:') === true ? renderTermNote(ctx.active.key, ctx) : nothing}
    ${
      from.length === 0 && to.length === 0
        ? nothing
        : html`<p class="refs">
            ${
              from.length === 0
                ? nothing
                : html`<span class="label">${ctx.label.seeAlso}:</span>
                    ${from.map((r) => html`<a class="xref" href=${`#${r.to}`} data-xref-to=${r.to}>§${r.number}${r.label === undefined ? '' : ` ${r.label}`}</a> `)}`
            }
            ${
              to.length === 0
                ? nothing
                : html`<span class="label">${ctx.label.referredFrom}:</span>
                    ${to.map((r) => html`<a class="xref back" href=${`#${r.from}`} data-xref-from=${r.from}>§${r.number}${r.label === undefined ? '' : ` ${r.label}`}</a> `)}`
            }
          </p>`
    }
  </article>`;
}
