/**
 * The citation dialog: every format of the list (citation-formats.ts) for one target, each with
 * its own copy button. A native modal <dialog>, so focus moves into it, Tab stays inside and Esc
 * closes it; rendered with lit's `render` into the reader's shadow root, not a new element.
 */
import { css, html, render } from 'lit';
import { t } from '../../../i18n/i18n.ts';
import type { CiteTarget } from '../../../model/citation.ts';
import { CITATION_FORMATS } from '../../../model/citation-formats.ts';
import type { ParallelText } from '../../../model/types.ts';
import { citation, copyText } from '../permalink.ts';

/** Styles for the dialog (added to the reader's). */
export const citeDialogStyles = css`
  dialog.cite {
    max-width: min(48rem, 92vw);
    border: 1px solid var(--dz-rule);
    border-radius: 8px;
    background: var(--dz-bg);
    color: var(--dz-fg);
    padding: 1rem 1.25rem;
  }
  dialog.cite::backdrop {
    background: rgb(0 0 0 / 0.35);
  }
  dialog.cite h2 {
    font-size: 1.05rem;
    margin: 0 0 0.75rem;
  }
  dialog.cite section {
    margin-bottom: 0.9rem;
  }
  dialog.cite h3 {
    font-size: 0.92rem;
    margin: 0 0 0.25rem;
    display: flex;
    gap: 0.75rem;
    align-items: baseline;
  }
  dialog.cite pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    margin: 0;
    padding: 0.5rem;
    background: var(--dz-linked);
    border-radius: 4px;
    font-size: 0.85rem;
    max-height: 12rem;
    overflow: auto;
  }
  dialog.cite .copied {
    color: var(--dz-muted);
    font-weight: 400;
  }
`;

/** Open the dialog for a target in `root`; it removes itself when closed. */
export async function openCiteDialog(
  root: Element | DocumentFragment,
  doc: ParallelText,
  target: CiteTarget,
): Promise<HTMLDialogElement> {
  const texts = await Promise.all(CITATION_FORMATS.map((f) => citation(doc, target, f.id)));
  const holder = document.createElement('div');
  root.append(holder);
  const copied = new Set<string>();
  const draw = (): void => {
    render(
      html`<dialog
        class="cite"
        aria-labelledby="cite-heading"
        @close=${() => {
          holder.remove();
        }}
      >
        <h2 id="cite-heading">${t('cite.dialogTitle')}</h2>
        ${CITATION_FORMATS.map(
          (f, k) =>
            html`<section data-format=${f.id}>
              <h3>
                <span id=${`cite-${f.id}`}>${t(`cite.formats.${f.id}`)}</span>
                <button
                  type="button"
                  class="copy"
                  aria-describedby=${`cite-${f.id}`}
                  @click=${async () => {
                    if (await copyText(texts[k] ?? '')) copied.add(f.id);
                    draw();
                  }}
                >
                  ${t('cite.copy')}
                </button>
                <span class="copied" role="status"
                  >${copied.has(f.id) ? t('reader.copied') : ''}</span
                >
              </h3>
              <pre tabindex="0" aria-labelledby=${`cite-${f.id}`}>${texts[k]}</pre>
            </section>`,
        )}
        <form method="dialog"><button class="close">${t('cite.close')}</button></form>
      </dialog>`,
      holder,
    );
  };
  draw();
  const dialog = holder.querySelector('dialog');
  if (dialog === null) throw new Error('the citation dialog did not render');
  dialog.showModal();
  return dialog;
}
