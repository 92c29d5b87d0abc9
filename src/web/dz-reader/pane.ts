/**
 * What a pane and a reading aid are. The reader owns the state and renders the panes listed in
 * panes.ts, in order, each from a small context; a reading aid adds a toolbar control, a setting
 * that is remembered (and kept in the URL where the reader keeps its state there), and a hook on
 * how pairs render. Neither is an element: they are template functions with their styles.
 */
import type { CSSResultGroup, nothing, ReactiveControllerHost, TemplateResult } from 'lit';
import type { Issue, ParallelText } from '../../model/types.ts';
import type { UrlKey } from '../url-state.ts';
import type { Filter } from './filter.ts';
import type { PairRenderContext } from './render-pair.ts';

/** What a pane or control renders. */
export type Renderable = TemplateResult | typeof nothing | string;

/** Where a pane goes: above the text, inside the toolbar, or below the text. */
export type Place = 'before' | 'toolbar' | 'after';

/** The reader as an aid or pane sees it: to re-render once something loaded lazily arrives. */
export type AidHost = ReactiveControllerHost & HTMLElement;

/** What a pane of a shown document sees and may ask for. */
export interface PaneContext {
  /** The reader (for panes that keep per-reader state in a controller). */
  readonly host: AidHost;
  /** The document shown. */
  readonly doc: ParallelText;
  /** Which pairs are shown. */
  readonly filter: Filter;
  /** Side indices in display order, as the reading aids set them for the pairs. */
  readonly order: readonly [0 | 1, 0 | 1];
  /** Said once about the permalink (a segment that is not there), or undefined. */
  readonly notice: string | undefined;
  /** The timed status message ('' when none). */
  readonly status: TemplateResult | string;
  /** Show other pairs; with `afterMs`, only once nothing else was asked for that long (typing). */
  setFilter(next: Filter, afterMs?: number): void;
  /** The rendered controls of the reading aids and the panes placed in the toolbar, in order. */
  toolbar(): readonly Renderable[];
}

/** A pane of a shown document. */
export interface DocumentPane {
  /** A name for the table (and for a reader of the code). */
  readonly id: string;
  readonly place: Place;
  /** Styles for what the pane renders (added to the reader's shadow root). */
  readonly styles?: CSSResultGroup;
  /** The pane, from the context. */
  render(ctx: PaneContext): Renderable;
}

/** The pane shown instead of the text when a document cannot be shown. */
export interface FailurePane {
  readonly id: string;
  readonly place: 'failed';
  readonly styles?: CSSResultGroup;
  /** The panel, from what was wrong. */
  render(issues: readonly Issue[]): Renderable;
}

/** An entry of the pane table. */
export type Pane = DocumentPane | FailurePane;

/** A reading aid's remembered value: where it is kept and what it is when nothing was chosen. */
export interface Setting<V extends string> {
  /** The local storage key. */
  readonly storageKey: string;
  /** The query key, for a reader that keeps its state in the URL. */
  readonly urlKey?: UrlKey;
  /** A stored or linked value, or undefined when this setting does not take it (for this document). */
  parse(raw: string, doc: ParallelText | undefined): V | undefined;
  /** The value when none was chosen (or the one chosen does not fit the document). */
  fallback(doc: ParallelText | undefined): V;
}

/** What a reading aid's control sees. */
export interface AidContext<V extends string> {
  readonly doc: ParallelText;
  /** The aid's value in force. */
  readonly value: V;
  /** Choose a value: it is remembered and the reader re-renders. */
  set(value: V): void;
  /** The reader. */
  readonly host: AidHost;
}

/** A reading aid: a toolbar control, a remembered setting, and a hook on how pairs render. */
export interface ReadingAid<V extends string = string> {
  readonly id: string;
  readonly setting: Setting<V>;
  readonly styles?: CSSResultGroup;
  /** The control in the toolbar. */
  control(ctx: AidContext<V>): Renderable;
  /** Attributes the reader sets on itself for this value (styling hooks such as `text-size`). */
  hostAttributes?(value: V): Readonly<Record<string, string>>;
  /** Change how pairs render for this value (return the context, changed or not). */
  pair?(value: V, ctx: PairRenderContext, doc: ParallelText, host: AidHost): PairRenderContext;
}
