import { css } from 'lit';

/**
 * The Import page and the alignment editor: calm, readable, light and dark. Colours and fonts are
 * the theme's (`theme.ts`), which the element applies before these.
 */
export const styles = css`
  :host {
    display: block;
    max-width: 80rem;
    margin: 0 auto;
    padding: 0 1rem 4rem;
    line-height: 1.5;
  }
  /* Text in a language is set as the reader sets it; the interface around it stays sans. */
  textarea:lang(zh),
  .side:lang(zh) {
    font-family: var(--dz-serif-hans);
  }
  textarea:lang(zh-Hant),
  .side:lang(zh-Hant) {
    font-family: var(--dz-serif-hant);
  }
  textarea:not(:lang(zh)),
  .side:not(:lang(zh)) {
    font-family: var(--dz-serif-latin);
  }
  h1 {
    font-size: 1.4rem;
    margin: 1.25rem 0 0.5rem;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    background: var(--dz-bg);
    border: 1px solid var(--dz-rule);
    border-radius: 6px;
    padding: 0.3rem 0.7rem;
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    border-color: var(--dz-muted);
  }
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  button.primary {
    background: var(--dz-accent);
    border-color: var(--dz-accent);
    color: var(--dz-bg);
    font-weight: 600;
  }
  button.quiet {
    border-color: transparent;
    color: var(--dz-muted);
  }
  input,
  select,
  textarea {
    background: var(--dz-bg);
    border: 1px solid var(--dz-rule);
    border-radius: 6px;
    padding: 0.3rem 0.45rem;
  }
  :focus-visible {
    outline: 2px solid var(--dz-accent);
    outline-offset: 2px;
  }
  .intro,
  .hint {
    color: var(--dz-muted);
    max-width: 48rem;
  }

  /* Import */
  .texts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
    gap: 1rem;
  }
  .text {
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
  }
  .label-row > label:first-child {
    font-weight: 600;
  }
  textarea {
    min-height: 16rem;
    resize: vertical;
    line-height: 1.6;
  }
  label.file {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    flex-wrap: wrap;
    color: var(--dz-muted);
    font-size: 0.92rem;
  }
  .start {
    display: flex;
    gap: 1.5rem;
    align-items: center;
    flex-wrap: wrap;
    margin-top: 1rem;
  }
  .working {
    display: flex;
    gap: 1rem;
    align-items: center;
    flex-wrap: wrap;
    padding: 2rem 0;
  }
  progress {
    width: min(30rem, 100%);
    accent-color: var(--dz-accent);
  }
  .issues {
    border: 1px solid var(--dz-confidence-low);
    border-left-width: 4px;
    border-radius: 6px;
    padding: 0.5rem 1rem;
    margin: 1rem 0;
  }
  .issues p {
    margin: 0.25rem 0;
    font-weight: 600;
  }
  /* Another tab changed this draft (tab-guard.ts). */
  .other-tab {
    border: 1px solid var(--dz-accent);
    border-left-width: 4px;
    border-radius: 6px;
    padding: 0.5rem 1rem;
    margin: 1rem 0;
  }
  .other-tab button {
    margin: 0.25rem 0.5rem 0.25rem 0;
  }

  /* Editor */
  .toolbar {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--dz-bg);
    border-bottom: 1px solid var(--dz-rule);
    padding: 0.5rem 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    font-size: 0.9rem;
  }
  .group {
    display: flex;
    gap: 0.3rem;
    flex-wrap: wrap;
    align-items: center;
  }
  fieldset.sides {
    border: 1px solid var(--dz-rule);
    border-radius: 6px;
    padding: 0.1rem 0.5rem;
    margin: 0;
  }
  fieldset.sides legend {
    font-size: 0.75rem;
    color: var(--dz-muted);
    padding: 0 0.25rem;
  }
  .summary {
    flex-basis: 100%;
    margin: 0;
    display: flex;
    gap: 1rem;
    flex-wrap: wrap;
    color: var(--dz-muted);
  }
  .summary .low-count {
    color: var(--dz-confidence-low);
  }
  .summary .saved {
    margin-left: auto;
  }
  .split-bar {
    flex-basis: 100%;
    display: flex;
    gap: 0.5rem;
    align-items: center;
    flex-wrap: wrap;
  }
  .split-bar p {
    margin: 0;
    flex: 1 1 20rem;
  }
  .panels {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    align-items: flex-start;
    margin: 0.75rem 0;
  }
  .panels .issues {
    flex-basis: 100%;
  }
  details summary {
    cursor: pointer;
    color: var(--dz-muted);
  }
  .details form {
    display: grid;
    gap: 0.75rem;
    margin-top: 0.5rem;
  }
  .details .row,
  .details fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
  }
  .details fieldset {
    border: 1px solid var(--dz-rule);
    border-radius: 6px;
  }
  .details label {
    display: flex;
    flex-direction: column;
    font-size: 0.85rem;
    color: var(--dz-muted);
    gap: 0.15rem;
  }
  .details label.wide {
    flex-basis: 100%;
  }
  .details input,
  .details select {
    color: var(--dz-fg);
  }
  .help table {
    border-collapse: collapse;
    margin-top: 0.5rem;
    font-size: 0.88rem;
  }
  .help th,
  .help td {
    text-align: left;
    padding: 0.15rem 0.75rem 0.15rem 0;
    font-weight: normal;
    vertical-align: top;
  }
  kbd {
    font-family: var(--dz-mono);
    font-size: 0.85em;
    border: 1px solid var(--dz-rule);
    border-radius: 4px;
    padding: 0 0.3em;
    white-space: nowrap;
  }
  .actions {
    display: flex;
    gap: 0.5rem;
    flex-wrap: wrap;
    margin-left: auto;
  }
  .actions .export {
    display: flex;
    gap: 0.3rem;
  }

  .links {
    border-top: 1px solid var(--dz-rule);
  }
  .links:focus-visible {
    outline: none;
  }
  lit-virtualizer {
    width: 100%;
  }
  .pair {
    display: grid;
    grid-template-columns: 4.5rem 1fr 1fr;
    gap: 1.5rem;
    width: 100%;
    box-sizing: border-box;
    padding: 0.6rem 0.75rem 0.6rem 0;
    border-bottom: 1px solid var(--dz-rule);
    border-left: 4px solid var(--dz-rule);
    scroll-margin-top: 9rem;
    cursor: pointer;
  }
  .pair.high {
    border-left-color: var(--dz-confidence-high);
  }
  .pair.mid {
    border-left-color: var(--dz-confidence-mid);
  }
  .pair.low {
    border-left-color: var(--dz-confidence-low);
    background: var(--dz-confidence-low-bg);
  }
  .pair.checked {
    border-left-color: var(--dz-checked);
  }
  .pair.active {
    background: var(--dz-pair);
    box-shadow: inset 0 0 0 1px var(--dz-muted);
  }
  .links:focus-visible .pair.active {
    box-shadow: inset 0 0 0 2px var(--dz-accent);
  }
  .gutter {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 0.25rem;
    font-size: 0.8rem;
    color: var(--dz-muted);
    font-family: var(--dz-sans);
  }
  .badge {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    border-radius: 999px;
    padding: 0 0.45rem;
    border: 1px solid currentColor;
  }
  .high .badge {
    color: var(--dz-confidence-high);
  }
  .mid .badge {
    color: var(--dz-confidence-mid);
  }
  .low .badge {
    color: var(--dz-confidence-low);
  }
  .checked .badge {
    color: var(--dz-checked);
  }
  .side {
    min-width: 0;
  }
  .side:lang(zh) {
    line-height: 1.8;
  }
  .side {
    border-left: 3px solid transparent;
    padding-left: 0.5rem;
    margin-left: -0.75rem;
  }
  .pair.active .side.current {
    border-left-color: var(--dz-accent);
  }
  .side p {
    margin: 0 0 0.4rem;
    overflow-wrap: anywhere;
  }
  .side p:last-child {
    margin-bottom: 0;
  }
  .para.heading1,
  .para.heading2,
  .para.heading3,
  .para.heading4 {
    font-weight: 650;
  }
  .para.cont::before,
  .para.open::after {
    content: '…';
    color: var(--dz-muted);
  }
  .marker {
    color: var(--dz-muted);
  }
  .pair.active .sentence:nth-of-type(even) {
    background: color-mix(in srgb, var(--dz-accent) 9%, transparent);
    border-radius: 3px;
  }
  .empty {
    color: var(--dz-muted);
    font-style: italic;
    font-family: var(--dz-sans);
  }
  .splitting .sentence-line {
    margin: 0;
    padding: 0.15rem 0;
  }
  button.cut {
    display: block;
    width: 100%;
    height: 0.9rem;
    padding: 0;
    border: none;
    border-radius: 0;
    background: linear-gradient(var(--dz-rule), var(--dz-rule)) center / 100% 1px no-repeat;
  }
  button.cut[aria-pressed='true'] {
    height: 1.3rem;
    background: linear-gradient(var(--dz-accent), var(--dz-accent)) center / 100% 3px no-repeat;
  }
  button.cut[aria-pressed='true']::after {
    content: '✂';
    color: var(--dz-accent);
    background: var(--dz-bg);
    padding: 0 0.3rem;
  }
  .announce {
    position: fixed;
    bottom: 0.75rem;
    left: 50%;
    transform: translateX(-50%);
    margin: 0;
    padding: 0.3rem 0.9rem;
    border-radius: 999px;
    background: var(--dz-fg);
    color: var(--dz-bg);
    font-size: 0.88rem;
    max-width: 90vw;
  }
  .announce:empty {
    display: none;
  }
  .restoring {
    color: var(--dz-muted);
  }
  @media (max-width: 48rem) {
    .pair {
      grid-template-columns: 1fr;
      gap: 0.4rem;
      padding-left: 0.75rem;
    }
    .gutter {
      flex-direction: row;
      align-items: center;
    }
  }
  /* The Chinese script choice shares the label's line, so both text areas start level. */
  .label-row {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.5rem;
    min-height: 2rem;
  }
  .script {
    font-size: 0.85rem;
  }
`;
