import { css } from 'lit';

/**
 * A pair's row (render-pair.ts): number, sides in both scripts, blocks, sentences, figures and
 * terms, notes, cross-references and the row's actions; on a phone and on paper. Layout-specific
 * rules sit with each layout in aids/layout.ts.
 */
export const pairStyles = css`
  .pair {
    width: 100%;
    box-sizing: border-box;
    display: grid;
    grid-template-columns: 2.25rem minmax(0, 1fr) 2rem;
    column-gap: 0.75rem;
    padding: 0.35rem 0;
    border-top: 1px solid transparent;
    scroll-margin-top: 4.5rem;
  }
  .pair[linked] {
    background: var(--dz-linked);
    border-radius: 6px;
  }
  .number {
    grid-column: 1;
    align-self: start;
    padding-top: 0.45rem;
    font-size: 0.75rem;
    color: var(--dz-muted);
    text-decoration: none;
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .number:hover {
    color: var(--dz-accent);
  }
  .sides {
    grid-column: 2;
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    column-gap: 2.5rem;
    align-items: start;
  }
  .side {
    padding: 0.2rem 0.5rem;
    border-radius: 6px;
    transition: background-color 80ms linear;
  }
  .side[active] {
    background: var(--dz-pair);
  }
  .side:lang(zh) {
    font-family: var(--dz-serif-hans);
    font-size: 1.08rem;
    line-height: 1.9;
    text-align: justify;
    letter-spacing: 0.01em;
  }
  .side:lang(zh-Hant) {
    font-family: var(--dz-serif-hant);
  }
  .side:not(:lang(zh)) {
    font-family: var(--dz-serif-latin);
    font-size: 1.02rem;
    line-height: 1.6;
    hyphens: auto;
  }
  .block {
    margin: 0.35rem 0;
  }
  /* Document text is untrusted: a 10,000-character word wraps inside its column, and a bidi
     override left open in one run (U+202E without U+202C) stops at that run's edge. */
  .side {
    overflow-wrap: anywhere;
  }
  .block,
  .sentence,
  .figure,
  .term,
  .side mark,
  .side em,
  .side strong {
    unicode-bidi: isolate;
  }
  h2.block,
  h3.block,
  h4.block,
  h5.block {
    margin: 0.6rem 0 0.3rem;
    line-height: 1.4;
  }
  .heading1 {
    font-size: 1.35em;
    text-align: center;
  }
  .heading2 {
    font-size: 1.2em;
    text-align: center;
  }
  .heading3 {
    font-size: 1.1em;
  }
  .heading4 {
    font-size: 1em;
  }
  .kind-heading1,
  .kind-heading2,
  .kind-heading3 {
    margin-top: 0.75rem;
  }
  .list-item {
    position: relative;
    padding-left: 1.25em;
  }
  .list-item:not(:has(.marker))::before {
    content: '•';
    position: absolute;
    left: 0.3em;
    color: var(--dz-muted);
  }
  .list-item .marker {
    margin-left: -1.25em;
    display: inline-block;
    min-width: 1.25em;
  }
  .signature,
  .date,
  .closing {
    text-align: right;
  }
  .signature {
    font-weight: 600;
  }
  .salutation {
    font-weight: 600;
  }
  .empty {
    color: var(--dz-muted);
    font-style: italic;
    font-size: 0.85em;
  }
  .sentence {
    border-radius: 3px;
    transition: background-color 80ms linear;
    box-decoration-break: clone;
  }
  .sentence[active] {
    background: var(--dz-sentence);
  }
  /* Figures and terms show themselves in the pair under the pointer; terms always, faintly. */
  .side[active] .figure {
    border-bottom: 1px dotted var(--dz-muted);
  }
  .term {
    border-bottom: 1px dashed color-mix(in srgb, var(--dz-muted) 45%, transparent);
  }
  .figure[active],
  .term[active] {
    color: var(--dz-token);
    border-bottom: 2px solid var(--dz-token);
    font-weight: 600;
  }
  .actions {
    grid-column: 3;
    grid-row: 1;
    display: flex;
    flex-direction: column;
    gap: 0.1rem;
    opacity: 0;
    transition: opacity 100ms;
  }
  .pair:hover .actions,
  .pair:focus-within .actions,
  .pair[linked] .actions {
    opacity: 1;
  }
  .actions button {
    font: inherit;
    font-size: 0.85rem;
    background: none;
    border: 0;
    color: var(--dz-muted);
    cursor: pointer;
    padding: 0.15rem;
  }
  .actions button:hover {
    color: var(--dz-accent);
  }
  /* A glossary note opens over the rows below, anchored to its row: it moves no text, and the
     pointer passes through it to the row beneath. The row is lifted above its neighbours. */
  .pair {
    position: relative;
  }
  .pair:has(> .term-note) {
    z-index: 1;
  }
  .term-note {
    position: absolute;
    top: calc(100% - 0.2rem);
    left: 3rem;
    max-width: min(40rem, calc(100% - 5.75rem));
    box-sizing: border-box;
    pointer-events: none;
    margin: 0;
    padding: 0.3rem 0.6rem;
    font-size: 0.88rem;
    border-left: 3px solid var(--dz-token);
    background: var(--dz-bg);
    background-image: linear-gradient(var(--dz-pair), var(--dz-pair));
    border-radius: 0 4px 4px 0;
    box-shadow: 0 3px 10px color-mix(in srgb, var(--dz-fg) 16%, transparent);
  }
  .note,
  .refs {
    grid-column: 2;
    margin: 0.1rem 0.5rem 0.3rem;
    font-size: 0.85rem;
    color: var(--dz-muted);
  }
  .note .label,
  .refs .label {
    font-weight: 600;
  }
  .xref {
    color: var(--dz-accent);
  }
  @media (max-width: 720px) {
    .pair {
      grid-template-columns: 1.75rem minmax(0, 1fr) 1.75rem;
      column-gap: 0.35rem;
    }
    .sides {
      column-gap: 1rem;
    }
    .term-note {
      left: 2.1rem;
      max-width: calc(100% - 4.2rem);
    }
  }
  @media print {
    .actions {
      display: none;
    }
    /* Both columns on paper, whatever the layout on screen. */
    .sides {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) !important;
      max-width: none !important;
    }
    .side[active],
    .sentence[active],
    .pair[linked] {
      background: none;
    }
    .pair {
      break-inside: avoid;
    }
    .term,
    .figure {
      border-bottom: none;
    }
    .term-note {
      display: none;
    }
  }
`;
