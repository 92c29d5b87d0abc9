import { css } from 'lit';

/** Reading typography for both scripts, the three layouts, alignment marks, print. */
export const readerStyles = css`
  :host {
    display: block;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  header.doc {
    max-width: 72rem;
    margin: 0 auto;
    padding: 1.5rem 1rem 0.5rem;
  }
  h1 {
    margin: 0 0 0.25rem;
    font-weight: 600;
    line-height: 1.35;
  }
  h1 .title {
    display: block;
  }
  h1 .title:lang(zh) {
    font-family: var(--dz-serif-hans);
    font-size: 1.55rem;
    letter-spacing: 0.02em;
  }
  h1 .title:lang(zh-Hant) {
    font-family: var(--dz-serif-hant);
  }
  h1 .title:not(:lang(zh)) {
    font-family: var(--dz-serif-latin);
    font-size: 1.2rem;
    color: var(--dz-muted);
  }
  .meta {
    color: var(--dz-muted);
    font-size: 0.9rem;
    margin: 0.25rem 0 0.75rem;
  }
  details {
    margin: 0.5rem 0;
    font-size: 0.92rem;
  }
  details summary {
    cursor: pointer;
    color: var(--dz-accent);
  }
  .provenance dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2rem 1rem;
    margin: 0.5rem 0;
  }
  .provenance dt {
    color: var(--dz-muted);
  }
  .provenance dd {
    margin: 0;
  }
  .edition-note {
    border-left: 3px solid var(--dz-accent);
    padding: 0.25rem 0.75rem;
    margin: 0.5rem 0;
    max-width: 60rem;
    font-size: 0.88rem;
    line-height: 1.55;
    color: var(--dz-muted);
  }
  .glossary dl {
    display: grid;
    grid-template-columns: max-content max-content 1fr;
    gap: 0.3rem 1rem;
  }
  .glossary dt,
  .glossary dd {
    margin: 0;
  }
  .toolbar {
    position: sticky;
    top: 0;
    z-index: 2;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    padding: 0.5rem 1rem;
    background: color-mix(in srgb, var(--dz-bg) 92%, transparent);
    backdrop-filter: blur(6px);
    border-bottom: 1px solid var(--dz-rule);
  }
  .toolbar .group {
    display: inline-flex;
    border: 1px solid var(--dz-rule);
    border-radius: 6px;
    overflow: hidden;
  }
  .toolbar button {
    font: inherit;
    font-size: 0.88rem;
    color: inherit;
    background: transparent;
    border: 0;
    padding: 0.3rem 0.7rem;
    cursor: pointer;
  }
  .toolbar .group button + button {
    border-left: 1px solid var(--dz-rule);
  }
  .toolbar .check-figures {
    border: 1px solid var(--dz-rule);
    border-radius: 6px;
  }
  .toolbar button[aria-pressed='true'] {
    background: var(--dz-accent);
    color: var(--dz-bg);
  }
  .toolbar .label {
    font-size: 0.85rem;
    color: var(--dz-muted);
  }
  .search {
    display: inline-flex;
    gap: 0.5rem;
    align-items: center;
  }
  .search input {
    font: inherit;
    font-size: 0.9rem;
    color: inherit;
    background: var(--dz-bg);
    border: 1px solid var(--dz-rule);
    border-radius: 6px;
    padding: 0.25rem 0.5rem;
    width: 14rem;
  }
  .toolbar > .results,
  .search .results {
    font-size: 0.85rem;
    color: var(--dz-muted);
  }
  mark {
    background: color-mix(in srgb, var(--dz-accent) 22%, transparent);
    color: inherit;
    border-radius: 2px;
  }
  .hint {
    font-size: 0.8rem;
    color: var(--dz-muted);
  }
  :focus-visible {
    outline: 2px solid var(--dz-accent);
    outline-offset: 2px;
    border-radius: 3px;
  }
  .notice {
    max-width: 72rem;
    margin: 0.5rem auto;
    padding: 0.5rem 1rem;
    background: var(--dz-linked);
    border-radius: 6px;
  }
  main {
    max-width: 72rem;
    margin: 0 auto;
    padding: 0.5rem 1rem 4rem;
  }
  lit-virtualizer {
    width: 100%;
  }
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
  :host([layout='stacked']) .pair {
    border-top-color: var(--dz-rule);
    padding: 0.6rem 0;
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
  :host([layout='stacked']) .sides,
  :host([layout='single']) .sides {
    grid-template-columns: minmax(0, 1fr);
    max-width: 44rem;
  }
  :host([layout='stacked']) .side + .side {
    margin-top: 0.1rem;
    padding-top: 0.1rem;
  }
  .side {
    padding: 0.2rem 0.5rem;
    border-radius: 6px;
    transition: background-color 80ms linear;
  }
  .side[active] {
    background: var(--dz-pair);
  }
  .side.peek {
    margin-top: 0.25rem;
    border-left: 3px solid var(--dz-accent);
    font-size: 0.95em;
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
  :host([checking]) .figure.unmatched {
    text-decoration: underline wavy var(--dz-accent);
    text-underline-offset: 0.25em;
    background: color-mix(in srgb, var(--dz-accent) 12%, transparent);
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
  .term-note {
    grid-column: 2;
    margin: 0.1rem 0.5rem 0.3rem;
    padding: 0.3rem 0.6rem;
    font-size: 0.88rem;
    border-left: 3px solid var(--dz-token);
    background: var(--dz-pair);
    border-radius: 0 4px 4px 0;
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
  .status {
    position: fixed;
    bottom: 1rem;
    left: 50%;
    transform: translateX(-50%);
    background: var(--dz-fg);
    color: var(--dz-bg);
    padding: 0.4rem 0.9rem;
    border-radius: 6px;
    font-size: 0.9rem;
  }
  .status:empty {
    display: none;
  }
  .status input {
    width: 28rem;
    max-width: 80vw;
  }
  .error-panel {
    max-width: 48rem;
    margin: 2rem auto;
    padding: 1rem 1.5rem;
    border: 2px solid var(--dz-accent);
    border-radius: 8px;
  }
  .error-panel h2 {
    margin-top: 0;
    color: var(--dz-accent);
  }
  .error-panel li {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, monospace;
    font-size: 0.85rem;
    margin: 0.3rem 0;
    overflow-wrap: anywhere;
  }
  .loading {
    text-align: center;
    color: var(--dz-muted);
    padding: 3rem;
  }
  @media (max-width: 720px) {
    /* On a phone the controls scroll away with the header, and touch needs no key hints. */
    .toolbar {
      position: static;
    }
    .hint {
      display: none;
    }
    .pair {
      scroll-margin-top: 0.5rem;
    }
    .pair {
      grid-template-columns: 1.75rem minmax(0, 1fr) 1.75rem;
      column-gap: 0.35rem;
    }
    .sides {
      column-gap: 1rem;
    }
  }
  @media print {
    :host {
      --dz-bg: #fff;
      --dz-fg: #000;
      background: #fff;
    }
    .toolbar,
    .actions,
    .status,
    .hint {
      display: none;
    }
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
    details {
      display: none;
    }
  }
`;
