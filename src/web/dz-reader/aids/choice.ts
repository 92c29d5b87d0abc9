/**
 * A reading aid's control when it is one choice among a few named values: a labelled native
 * select (keyboard and screen readers get it for free; it fits a phone's toolbar), and the
 * setting that takes only those values.
 */
import { css, html } from 'lit';
import type { AidContext, Renderable, Setting } from '../pane.ts';

/** One value of a choice, with its name in the interface language. */
export interface ChoiceOption<V extends string> {
  readonly value: V;
  readonly name: () => string;
}

/** A remembered choice among `options`, `fallback` when none (or an unknown one) was stored. */
export function choiceSetting<V extends string>(
  storageKey: string,
  options: readonly ChoiceOption<V>[],
  fallback: V,
): Setting<V> {
  return {
    storageKey,
    parse: (raw) => options.find((o) => o.value === raw)?.value,
    fallback: () => fallback,
  };
}

/** The select for a choice; `id` names it for tests and the label. */
export function choiceControl<V extends string>(
  id: string,
  label: string,
  options: readonly ChoiceOption<V>[],
  ctx: AidContext<V>,
): Renderable {
  return html`<label class="choice" data-aid=${id}>
    <span class="label">${label}</span>
    <select
      name=${id}
      @change=${(e: Event) => {
        const value = (e.target as HTMLSelectElement).value;
        const chosen = options.find((o) => o.value === value);
        if (chosen !== undefined) ctx.set(chosen.value);
      }}
    >
      ${options.map(
        (o) =>
          html`<option value=${o.value} ?selected=${o.value === ctx.value}>${o.name()}</option>`,
      )}
    </select>
  </label>`;
}

/** Styles of every choice control in the toolbar. */
export const choiceStyles = css`
  .toolbar .choice {
    display: inline-flex;
    gap: 0.35rem;
    align-items: center;
  }
  .toolbar .choice select {
    font: inherit;
    font-size: 0.85rem;
    color: inherit;
    background: var(--dz-bg);
    border: 1px solid var(--dz-rule);
    border-radius: 6px;
    padding: 0.15rem 0.3rem;
  }
`;
