import { css } from 'lit';

/** The Import page and the alignment editor: calm, readable, light and dark. */
export const styles = css`
  :host {
    --fg: var(--dz-fg, #1f1d1a);
    --muted: var(--dz-muted, #6b655c);
    --bg: var(--dz-bg, #fbf9f4);
    --rule: var(--dz-rule, #e4ded2);
    --accent: var(--dz-accent, #9c2f1f);
    --pair: var(--dz-pair, #f3eee2);
    --high: #2f7d46;
    --mid: #a86a00;
    --low: #b3261e;
    --checked: #2a5db0;
    --low-bg: #fbe9e7;
    --font-latin: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
    --font-han:
      'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC',
      'Source Han Sans SC', sans-serif;
    display: block;
    max-width: 80rem;
    margin: 0 auto;
    padding: 0 1rem 4rem;
    color: var(--fg);
    font-family: var(--font-latin);
    line-height: 1.5;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --high: #6cc58a;
      --mid: #e0a84a;
      --low: #ff8a80;
      --checked: #8ab4f8;
      --low-bg: #3a2322;
    }
  }
  :lang(zh) {
    font-family: var(--font-han);
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
    background: var(--bg);
    border: 1px solid var(--rule);
    border-radius: 6px;
    padding: 0.3rem 0.7rem;
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    border-color: var(--muted);
  }
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  button.primary {
    background: var(--accent);
    border-color: var(--accent);
    color: var(--bg);
    font-weight: 600;
  }
  button.quiet {
    border-color: transparent;
    color: var(--muted);
  }
  input,
  select,
  textarea {
    background: var(--bg);
    border: 1px solid var(--rule);
    border-radius: 6px;
    padding: 0.3rem 0.45rem;
  }
  :focus-visible {
    outline: 2px solid var(--accent);
    outline-offset: 2px;
  }
  .intro,
  .hint {
    color: var(--muted);
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
    color: var(--muted);
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
    accent-color: var(--accent);
  }
  .issues {
    border: 1px solid var(--low);
    border-left-width: 4px;
    border-radius: 6px;
    padding: 0.5rem 1rem;
    margin: 1rem 0;
  }
  .issues p {
    margin: 0.25rem 0;
    font-weight: 600;
  }

  /* Editor */
  .toolbar {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--bg);
    border-bottom: 1px solid var(--rule);
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
    border: 1px solid var(--rule);
    border-radius: 6px;
    padding: 0.1rem 0.5rem;
    margin: 0;
  }
  fieldset.sides legend {
    font-size: 0.75rem;
    color: var(--muted);
    padding: 0 0.25rem;
  }
  .summary {
    flex-basis: 100%;
    margin: 0;
    display: flex;
    gap: 1rem;
    flex-wrap: wrap;
    color: var(--muted);
  }
  .summary .low-count {
    color: var(--low);
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
    color: var(--muted);
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
    border: 1px solid var(--rule);
    border-radius: 6px;
  }
  .details label {
    display: flex;
    flex-direction: column;
    font-size: 0.85rem;
    color: var(--muted);
    gap: 0.15rem;
  }
  .details label.wide {
    flex-basis: 100%;
  }
  .details input,
  .details select {
    color: var(--fg);
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
    font-family: ui-monospace, 'SF Mono', Menlo, Consolas, monospace;
    font-size: 0.85em;
    border: 1px solid var(--rule);
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

  .links {
    border-top: 1px solid var(--rule);
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
    border-bottom: 1px solid var(--rule);
    border-left: 4px solid var(--rule);
    scroll-margin-top: 9rem;
    cursor: pointer;
  }
  .pair.high {
    border-left-color: var(--high);
  }
  .pair.mid {
    border-left-color: var(--mid);
  }
  .pair.low {
    border-left-color: var(--low);
    background: var(--low-bg);
  }
  .pair.checked {
    border-left-color: var(--checked);
  }
  .pair.active {
    background: var(--pair);
    box-shadow: inset 0 0 0 1px var(--muted);
  }
  .links:focus-visible .pair.active {
    box-shadow: inset 0 0 0 2px var(--accent);
  }
  .gutter {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 0.25rem;
    font-size: 0.8rem;
    color: var(--muted);
    font-family: var(--font-latin);
  }
  .badge {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    border-radius: 999px;
    padding: 0 0.45rem;
    border: 1px solid currentColor;
  }
  .high .badge {
    color: var(--high);
  }
  .mid .badge {
    color: var(--mid);
  }
  .low .badge {
    color: var(--low);
  }
  .checked .badge {
    color: var(--checked);
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
    border-left-color: var(--accent);
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
    color: var(--muted);
  }
  .marker {
    color: var(--muted);
  }
  .pair.active .sentence:nth-of-type(even) {
    background: color-mix(in srgb, var(--accent) 9%, transparent);
    border-radius: 3px;
  }
  .empty {
    color: var(--muted);
    font-style: italic;
    font-family: var(--font-latin);
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
    background: linear-gradient(var(--rule), var(--rule)) center / 100% 1px no-repeat;
  }
  button.cut[aria-pressed='true'] {
    height: 1.3rem;
    background: linear-gradient(var(--accent), var(--accent)) center / 100% 3px no-repeat;
  }
  button.cut[aria-pressed='true']::after {
    content: '✂';
    color: var(--accent);
    background: var(--bg);
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
    background: var(--fg);
    color: var(--bg);
    font-size: 0.88rem;
    max-width: 90vw;
  }
  .announce:empty {
    display: none;
  }
  .restoring {
    color: var(--muted);
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
