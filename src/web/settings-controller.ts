/**
 * The reader's layout and side order: taken from the URL first (`?layout=`, `?left=`), then from
 * local storage, then a default that suits the screen (stacked on narrow screens). Changes are
 * written back to both, so a shared URL and a reload keep the choice.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LAYOUTS, type Layout } from './events.ts';

const KEYS = { layout: 'duizhao.layout', left: 'duizhao.left' } as const;
const NARROW = '(max-width: 720px)';

function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    // Storage can be unavailable (privacy modes, sandboxed frames): fall back to defaults.
    return null;
  }
}

function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // As above: the choice then lasts for this page only.
  }
}

function isLayout(v: string | null): v is Layout {
  return v !== null && (LAYOUTS as readonly string[]).includes(v);
}

export class SettingsController implements ReactiveController {
  /** The layout in force. */
  layout: Layout;
  /** The language tag shown first (left, or on top); undefined: the document's first language. */
  left: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** When true, the URL's query carries the settings (the app); embedded readers leave it alone. */
    private readonly useUrl: () => boolean,
  ) {
    host.addController(this);
    this.layout = 'side';
    this.left = undefined;
  }

  hostConnected(): void {
    const params = this.useUrl()
      ? new URL(window.location.href).searchParams
      : new URLSearchParams();
    const fromUrl = params.get('layout');
    const fromStore = stored(KEYS.layout);
    this.layout = isLayout(fromUrl)
      ? fromUrl
      : isLayout(fromStore)
        ? fromStore
        : window.matchMedia(NARROW).matches
          ? 'stacked'
          : 'side';
    this.left = params.get('left') ?? stored(KEYS.left) ?? undefined;
  }

  /** Set and remember the layout. */
  setLayout(layout: Layout): void {
    this.layout = layout;
    store(KEYS.layout, layout);
    this.writeUrl();
    this.host.requestUpdate();
  }

  /** Set and remember which language comes first. */
  setLeft(lang: string): void {
    this.left = lang;
    store(KEYS.left, lang);
    this.writeUrl();
    this.host.requestUpdate();
  }

  private writeUrl(): void {
    if (!this.useUrl()) return;
    const url = new URL(window.location.href);
    url.searchParams.set('layout', this.layout);
    if (this.left !== undefined) url.searchParams.set('left', this.left);
    history.replaceState(history.state, '', url);
  }
}
