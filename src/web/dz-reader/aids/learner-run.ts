/**
 * How a run of text renders when learners' aids are on. The aids (script, pinyin, dictionary)
 * each add what they do to one set of options carried with the pair context, and the run
 * renders once from all of them: the characters shown (converted script), ruby pinyin over each
 * Chinese character, and look-up targets and marks. Offsets stay those of the stored text, so
 * sentences, figures, terms and search hits (all found in the stored text) still line up.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isChinese, type Lang } from '../../../model/types.ts';
import type { PairRenderContext, RunAt } from '../render-pair.ts';

type Range = readonly [number, number];

/** What the learners' aids ask of a run. Every function gets the block's stored text. */
export interface LearnerRun {
  /** The Chinese block as shown (as long as the stored text), or undefined to show it as stored. */
  shown?: (plain: string) => string | undefined;
  /** The language tag of the converted text (`zh-Hant`), when `shown` converts. */
  shownLang?: string;
  /** Pinyin for each UTF-16 offset of a Chinese block ('' where none), or undefined. */
  pinyin?: (plain: string) => readonly string[] | undefined;
  /** Chinese characters and English words become look-up targets (`data-at`). */
  lookable?: boolean;
  /** Ranges of the block (stored offsets) to mark as the word looked up or its counterpart. */
  marked?: (at: RunAt) => readonly Range[];
}

interface Learner {
  options: LearnerRun;
  /** The text run as it was before any learner's aid. */
  base: PairRenderContext['textRun'];
}

const learners = new WeakMap<PairRenderContext, Learner>();

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}'’-]+/gu;

function inAny(ranges: readonly Range[], at: number): boolean {
  return ranges.some(([s, e]) => at >= s && at < e);
}

// Each returns undefined when the aids leave the run as it is.
function chineseRun(text: string, at: RunAt, o: LearnerRun): TemplateResult | string | undefined {
  const shown = o.shown?.(at.plain);
  const chars = shown === undefined ? text : shown.slice(at.start, at.start + text.length);
  const pinyin = o.pinyin?.(at.plain);
  const marked = o.marked?.(at) ?? [];
  if (pinyin === undefined && o.lookable !== true && marked.length === 0) {
    return o.shownLang === undefined || shown === undefined
      ? undefined
      : html`<span lang=${o.shownLang}>${chars}</span>`;
  }
  const out: (TemplateResult | string)[] = [];
  let plainRun = '';
  for (let i = 0; i < chars.length;) {
    const cp = chars.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    const abs = at.start + i;
    if (HAN.test(ch)) {
      if (plainRun !== '') out.push(plainRun);
      plainRun = '';
      const py = pinyin?.[abs] ?? '';
      const hit = inAny(marked, abs);
      out.push(
        py === ''
          ? html`<span class="zi" data-at=${abs} ?hit=${hit}>${ch}</span>`
          : html`<ruby class="zi" data-at=${abs} ?hit=${hit}>${ch}<rt>${py}</rt></ruby>`,
      );
    } else plainRun += ch;
    i += ch.length;
  }
  if (plainRun !== '') out.push(plainRun);
  const lang = shown === undefined ? undefined : o.shownLang;
  return html`<span class="run" lang=${lang ?? nothing}>${out}</span>`;
}

function otherRun(text: string, at: RunAt, o: LearnerRun): TemplateResult | undefined {
  const marked = o.marked?.(at) ?? [];
  if (o.lookable !== true && marked.length === 0) return undefined;
  const out: (TemplateResult | string)[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const from = m.index;
    if (from > last) out.push(text.slice(last, from));
    const abs = at.start + from;
    out.push(html`<span class="w" data-at=${abs} ?hit=${inAny(marked, abs)}>${m[0]}</span>`);
    last = from + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return html`${out}`;
}

/** The pair context with a learner's aid's options added to those already there. */
export function withLearner(ctx: PairRenderContext, add: LearnerRun): PairRenderContext {
  const before = learners.get(ctx);
  const options: LearnerRun = { ...before?.options, ...add };
  const base = before?.base ?? ctx.textRun;
  const next: PairRenderContext = {
    ...ctx,
    textRun: (text: string, lang: Lang, at: RunAt) =>
      (isChinese(lang) ? chineseRun(text, at, options) : otherRun(text, at, options)) ??
      base(text, lang, at),
  };
  learners.set(next, { options, base });
  return next;
}

/** The learners' options in force for a pair context (for a test or a later aid). */
export function learnerOf(ctx: PairRenderContext): LearnerRun | undefined {
  return learners.get(ctx)?.options;
}
