/** The document's header: both titles in display order, date and size, edition note, provenance, glossary. */
import { css, html, nothing } from 'lit';
import { interfaceSide, t } from '../../../i18n/i18n.ts';
import type { ParallelText } from '../../../model/types.ts';
import type { DocumentPane, PaneContext, Renderable } from '../pane.ts';

function provenance(doc: ParallelText, noteLang: string | undefined): Renderable {
  return html`<details class="provenance">
    <summary>${t('reader.provenance')}</summary>
    ${doc.languages.map((l) => {
      const note = doc.editionNote?.[l];
      return note === undefined || l === noteLang
        ? nothing
        : html`<p class="edition-note" lang=${l}>${note}</p>`;
    })}
    ${doc.languages.map((l) => {
      const p = doc.provenance[l];
      return p === undefined
        ? nothing
        : html`<dl lang=${l}>
            <dt>${l}</dt>
            <dd>${p.by} (${p.role})</dd>
            <dt></dt>
            <dd>${p.source}</dd>
            ${
              p.edition === undefined
                ? nothing
                : html`<dt></dt>
                    <dd>${p.edition}</dd>`
            }
            <dt></dt>
            <dd>${p.licence}</dd>
          </dl>`;
    })}
  </details>`;
}

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
            <dd>${g.note ?? ''}</dd>`,
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
      // Where the text comes from is said up front, in the reader's language; the rest of the
      // provenance is a click away.
      noteLang === undefined
        ? nothing
        : html`<p class="edition-note" lang=${noteLang}>${doc.editionNote?.[noteLang]}</p>`
    }
    ${provenance(doc, noteLang)} ${glossary(doc)}
  </header>`;
}

const styles = css`
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
  @media print {
    details {
      display: none;
    }
  }
`;

/** The header pane. */
export const headerPane: DocumentPane = { id: 'header', place: 'before', styles, render };
