/**
 * What a printout holds. Paper shows both languages of every pair in every layout; when a search
 * or the figure check is on, only the pairs it shows are printed, and this line, on paper only,
 * says which pairs those are and how many were left out, so a printout never passes for the whole.
 */
import { css, html, nothing } from 'lit';
import { t } from '../../../i18n/i18n.ts';
import { searchOf, shownItems } from '../filter.ts';
import type { DocumentPane, PaneContext, Renderable } from '../pane.ts';

/** The line for the filter in force, or undefined when every pair is printed. */
export function printedLine(ctx: Pick<PaneContext, 'doc' | 'filter'>): string | undefined {
  const { doc, filter } = ctx;
  const total = doc.segments.length;
  const count = shownItems(doc, filter).length;
  const left = total - count;
  switch (filter.kind) {
    case 'all':
      return undefined;
    case 'search':
      // A search that names nothing searchable shows, and prints, every pair.
      return searchOf(doc, filter.q).query === undefined
        ? undefined
        : t('layout.printedSearch', { count, q: filter.q, total, left });
    case 'figures':
      return t('layout.printedFigures', { count, total, left });
  }
}

function render(ctx: PaneContext): Renderable {
  const line = printedLine(ctx);
  return line === undefined ? nothing : html`<p class="printed">${line}</p>`;
}

const styles = css`
  .printed {
    display: none;
  }
  @media print {
    .printed {
      display: block;
      max-width: 72rem;
      margin: 0.5rem auto;
      padding: 0.4rem 1rem;
      border: 1px solid #000;
      font-size: 0.9rem;
    }
  }
`;

/** The print note pane (above the text, on paper only). */
export const printNotePane: DocumentPane = { id: 'print-note', place: 'before', styles, render };
