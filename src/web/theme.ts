import { css } from 'lit';

/**
 * The colours and font stacks, light and dark, as custom properties on an element's host. Every
 * top-level element (the app shell, a reader embedded on its own) applies them; custom
 * properties inherit through shadow roots, so a page can override any of them on the element.
 */
export const themeStyles = css`
  :host {
    --dz-serif-latin:
      'Iowan Old Style', 'Charter', 'Palatino Linotype', 'Georgia', 'Noto Serif', serif;
    --dz-serif-hans:
      'Songti SC', 'STSong', 'Noto Serif CJK SC', 'Source Han Serif SC', 'SimSun', serif;
    --dz-serif-hant: 'Songti TC', 'Noto Serif CJK TC', 'Source Han Serif TC', 'PMingLiU', serif;
    --dz-sans: system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', sans-serif;
    --dz-mono: ui-monospace, 'SF Mono', 'SFMono-Regular', Menlo, Consolas, monospace;
    --dz-fg: #1f1d1a;
    --dz-muted: #6b655c;
    --dz-bg: #fbf9f4;
    --dz-rule: #e4ded2;
    --dz-accent: #9c2f1f;
    --dz-pair: #f3eee2;
    --dz-sentence: #fde9a9;
    --dz-token: #7a3410;
    --dz-linked: #f6e3dc;
    /* How sure the aligner is of a link, and a link a person has checked (the editor). */
    --dz-confidence-high: #276b3b;
    --dz-confidence-mid: #8a5700;
    --dz-confidence-low: #b3261e;
    --dz-confidence-low-bg: #fbe9e7;
    --dz-checked: #2a5db0;
    color: var(--dz-fg);
    background: var(--dz-bg);
    font-family: var(--dz-sans);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --dz-fg: #e9e4da;
      --dz-muted: #a39c8f;
      --dz-bg: #1b1a18;
      --dz-rule: #3a3731;
      --dz-accent: #f08c70;
      --dz-pair: #2a2824;
      --dz-sentence: #4a3c0e;
      --dz-token: #ffc58a;
      --dz-linked: #3b2620;
      --dz-confidence-high: #6cc58a;
      --dz-confidence-mid: #e0a84a;
      --dz-confidence-low: #ff8a80;
      --dz-confidence-low-bg: #3a2322;
      --dz-checked: #8ab4f8;
    }
  }
`;
