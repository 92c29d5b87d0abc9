import { css } from 'lit';

/**
 * The reader element's own styles: the host, the text column, focus, what loading looks like and
 * the colours on paper. Each pane's and aid's styles sit beside it; the rows' in pair.styles.ts.
 */
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
  :focus-visible {
    outline: 2px solid var(--dz-accent);
    outline-offset: 2px;
    border-radius: 3px;
  }
  /* No <main> here: the page around the reader says where its main content is. */
  #text {
    max-width: 72rem;
    margin: 0 auto;
    padding: 0.5rem 1rem 4rem;
  }
  lit-virtualizer {
    width: 100%;
  }
  .loading {
    text-align: center;
    color: var(--dz-muted);
    padding: 3rem;
  }
  @media print {
    :host {
      --dz-bg: #fff;
      --dz-fg: #000;
      background: #fff;
    }
  }
`;
