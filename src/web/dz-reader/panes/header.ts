/**
 * The document's header, compact so the text starts on the first screen: both titles in display
 * order, date and size, the edition note in one line (a disclosure: opened, the whole note), then
 * "About this edition" and the glossary folded side by side.
 */
import { css, html, nothing } from 'lit';
import { interfaceSide, t } from '../../../i18n/i18n.ts';
import type { ParallelText } from '../../../model/types.ts';
import type { DocumentPane, PaneContext, Renderable } from '../pane.ts';
import { aboutEdition } from './edition.ts';

function glossary(doc: ParallelText): Renderable {
  const [a, b] = doc.languages;
  if (doc.glossary === undefined || doc.glossary.length === 0) return nothing;
  return html`<details class="glossary">
    <summary>${t('reader.glossary')}</summary>
    <dl>
      ${doc.glossary.map(
        (g) =>
          html`<dt lang=${a}>${(g.terms[a] ?? []).join(' / ')}</dt>
            <dd lang=${b}>${(g.terms[b] ?? []).join(' / ')}</dd>
            <dd class="gloss">${g.note ?? ''}</dd>`,
      )}
    </dl>
  </details>`;
}

function render({ doc, order }: PaneContext): Renderable {
  const withNote = doc.languages.filter((l) => doc.editionNote?.[l] !== undefined);
  const ui = interfaceSide(doc.languages);
  const noteLang = withNote.includes(ui) ? ui : withNote[0];
  return html`<header class="doc">
    <h1>
      ${order.map((i) => html`<span class="title" lang=${doc.languages[i]}>${doc.title[doc.languages[i]]}</span>`)}
    </h1>
    <p class="meta">
      <time datetime=${doc.date}>${doc.date}</time> ·
      ${t('reader.segmentCount', { count: doc.segments.length })}
    </p>
    ${
      // Where the text comes from is said up front, in the reader's language, in one line.
      noteLang === undefined
        ? nothing
        : html`<details class="note-line">
            <summary class="edition-note" lang=${noteLang}>${doc.editionNote?.[noteLang]}</summary>
          </details>`
    }
    <div class="folds">
      <details class="provenance">
        <summary>${t('reader.provenance')}</summary>
        ${aboutEdition(doc, order, noteLang)}
      </details>
      ${glossary(doc)}
    </div>
  </header>`;
}

const styles = css`
  header.doc {
    max-width: 72rem;
    margin: 0 auto;
    padding: 0.9rem 1rem 0.4rem;
  }
  h1 {
    margin: 0 0 0.15rem;
    font-weight: 600;
    line-height: 1.3;
  }
  h1 .title {
    display: block;
  }
  h1 .title:lang(zh) {
    font-family: var(--dz-serif-hans);
    font-size: 1.45rem;
    letter-spacing: 0.02em;
  }
  h1 .title:lang(zh-Hant) {
    font-family: var(--dz-serif-hant);
  }
  h1 .title:not(:lang(zh)) {
    font-family: var(--dz-serif-latin);
    font-size: 1.05rem;
    color: var(--dz-muted);
  }
  .meta {
    color: var(--dz-muted);
    font-size: 0.85rem;
    margin: 0.15rem 0 0.35rem;
  }
  details {
    font-size: 0.9rem;
  }
  .folds {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
    margin: 0.3rem 0 0;
  }
  .folds details[open] {
    flex-basis: 100%;
  }
  .folds summary {
    cursor: pointer;
    color: var(--dz-accent);
  }
  .edition-note {
    border-left: 3px solid var(--dz-accent);
    padding: 0.1rem 0.75rem;
    max-width: 60rem;
    font-size: 0.85rem;
    line-height: 1.55;
    color: var(--dz-muted);
  }
  /* The note in one line until opened; the line itself is the way to open it. */
  .note-line summary {
    cursor: pointer;
    list-style: none;
  }
  .note-line summary::-webkit-details-marker {
    display: none;
  }
  .note-line:not([open]) summary {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .edition-note.full {
    margin: 0.5rem 0;
  }
  .edition-side h3 {
    font-size: 0.9rem;
    font-weight: 600;
    margin: 0.6rem 0 0.2rem;
  }
  .provenance dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.2rem 1rem;
    margin: 0.2rem 0 0.5rem;
    max-width: 60rem;
  }
  .provenance dt {
    color: var(--dz-muted);
  }
  .provenance dd {
    margin: 0;
  }
  .glossary dl {
    display: grid;
    grid-template-columns: max-content max-content minmax(0, 1fr);
    gap: 0.3rem 1rem;
  }
  .glossary dt,
  .glossary dd {
    margin: 0;
  }
  @media (max-width: 720px) {
    header.doc {
      padding: 0.6rem 0.75rem 0.3rem;
    }
    h1 .title:lang(zh) {
      font-size: 1.25rem;
    }
    h1 .title:not(:lang(zh)) {
      font-size: 0.95rem;
    }
    /* Term, rendering and note one under another: three columns do not fit. */
    .glossary dl {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    .glossary dt {
      margin-top: 0.5rem;
      font-weight: 600;
    }
  }
  @media print {
    .folds {
      display: none;
    }
    /* On paper the whole note: a page cannot be opened. */
    .note-line:not([open]) summary {
      white-space: normal;
      overflow: visible;
    }
  }
`;

/** The header pane. */
export const headerPane: DocumentPane = { id: 'header', place: 'before', styles, render };
