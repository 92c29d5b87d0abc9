/**
 * Find in both languages (a parallel concordance): the search box, the count of pairs found and
 * the glossary term it named. Search hits are marked in the pairs (`mark`) by render-pair.ts.
 */
import { css, html, nothing } from 'lit';
import { t } from '../../../i18n/i18n.ts';
import { ALL, searchFilter, searchOf, searchText, type Filter } from '../filter.ts';
import type { DocumentPane, PaneContext, Renderable } from '../pane.ts';

/** Each search reads the whole document: wait for a pause in typing. */
const TYPING_PAUSE_MS = 150;

/** The filter for a search box's text: an empty box ends a search but leaves a figure check on. */
function filterFor(ctx: PaneContext, value: string): Filter {
  const next = searchFilter(value);
  return next.kind === 'all' && ctx.filter.kind !== 'search' ? ctx.filter : next;
}

function render(ctx: PaneContext): Renderable {
  const { doc } = ctx;
  const q = searchText(ctx.filter);
  const { query, hits } = searchOf(doc, q);
  const term = doc.glossary?.find((g) => g.id === query?.glossaryId);
  const onInput = (e: InputEvent): void => {
    ctx.setFilter(filterFor(ctx, (e.target as HTMLInputElement).value), TYPING_PAUSE_MS);
  };
  const onKey = (e: KeyboardEvent): void => {
    const input = e.target as HTMLInputElement;
    if (e.key === 'Escape') {
      // Also what was typed and not searched yet: the box is not bound to it.
      input.value = '';
      ctx.setFilter(filterFor(ctx, ''));
    }
    if (e.key === 'Enter') ctx.setFilter(filterFor(ctx, input.value));
  };
  return html`<span class="search" role="search">
    <label for="search" class="visually-hidden">${t('reader.search')}</label>
    <input
      id="search"
      type="search"
      placeholder=${t('reader.searchPlaceholder')}
      title=${t('reader.search')}
      .value=${q}
      @input=${onInput}
      @keydown=${onKey}
    />
    ${
      query === undefined
        ? nothing
        : html`<span class="results" role="status"
              >${t('reader.searchResults', { count: hits.length })}
              ${
                term === undefined
                  ? nothing
                  : t('reader.searchTerm', {
                      term: doc.languages.map((l) => term.terms[l]?.[0] ?? '').join(' / '),
                    })
              }</span
            >
            <button
              type="button"
              class="clear"
              @click=${() => {
                ctx.setFilter(ALL);
              }}
            >
              ${t('reader.clearSearch')}
            </button>`
    }
  </span>`;
}

const styles = css`
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
  .search .results {
    font-size: 0.85rem;
    color: var(--dz-muted);
  }
  mark {
    background: color-mix(in srgb, var(--dz-accent) 22%, transparent);
    color: inherit;
    border-radius: 2px;
  }
`;

/** The search pane (in the toolbar). */
export const searchPane: DocumentPane = { id: 'search', place: 'toolbar', styles, render };
