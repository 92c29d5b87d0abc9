import { css } from 'lit';

/**
 * What every view owes people who read differently: no motion for those who asked for less, a
 * cue besides colour for what is marked, and the marks kept in forced colours (Windows High
 * Contrast), where the browser replaces every author colour and drops box shadows. Added last to
 * each shadow root, so these rules win over the views' own.
 */

/** Motion: transitions and smooth scrolling off when the system asks for reduced motion. */
export const motionStyles = css`
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
      animation-iteration-count: 1 !important;
      scroll-behavior: auto !important;
    }
  }
`;

/** The reader: the counterpart marked by a line as well as a tint, and system colours in forced colours. */
export const readerAccessStyles = [
  motionStyles,
  css`
    /* A line under the marked sentence and a bar beside the marked side: seen without colour. */
    .sentence[active] {
      box-shadow: inset 0 -2px 0 color-mix(in srgb, var(--dz-fg) 55%, transparent);
    }
    .side[active] {
      box-shadow: inset 3px 0 0 color-mix(in srgb, var(--dz-fg) 30%, transparent);
    }
    mark {
      text-decoration: underline;
      text-decoration-thickness: 1px;
      text-underline-offset: 0.2em;
    }
    @media (forced-colors: active) {
      .side[active] {
        outline: 2px solid Highlight;
        outline-offset: 1px;
      }
      .sentence[active],
      .figure[active],
      .term[active] {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
      mark {
        forced-color-adjust: none;
        background: Mark;
        color: MarkText;
      }
      .pair[linked] {
        outline: 2px dashed CanvasText;
      }
      [aria-pressed='true'] {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
      .figure.unmatched {
        text-decoration: underline wavy CanvasText;
      }
    }
  `,
];

/** The editor: a low-confidence link flagged by a sign as well as red, the chosen link outlined. */
export const editorAccessStyles = [
  motionStyles,
  css`
    /* The badge's label already says the confidence; the sign is for the eye. */
    .pair.low .badge::before {
      content: '! ';
      font-weight: 700;
    }
    @media (forced-colors: active) {
      .pair.active {
        outline: 2px solid Highlight;
        outline-offset: -2px;
      }
      [aria-pressed='true'] {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
    }
  `,
];
