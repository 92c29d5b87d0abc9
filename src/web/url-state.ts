/**
 * The page URL's query as typed state. This is the only module that writes the query string
 * (`history.replaceState`): the app's route, the reader's settings and search, and the interface
 * language all go through it, so no writer drops another's key. The hash (permalinks) is not
 * state here: the reader only reads it.
 */

/** Every query key the app uses, and what it carries. */
export const URL_KEYS = {
  doc: 'the document shown (`<id>` or `local:<id>`)',
  view: 'a view other than the library or a document (`import`)',
  layout: "the reader's layout",
  left: 'the language shown first',
  q: 'what the reader searched for',
  check: 'the figure check, when on (`figures`)',
  lng: 'the interface language',
  v: 'the version of the document a shared link was made for',
} as const;

/** A query key the app reads or writes. */
export type UrlKey = keyof typeof URL_KEYS;

/** The app's query: each key's value, absent when the URL does not name it. */
export type UrlState = { readonly [K in UrlKey]?: string };

/** A change to the query: a string sets the key, undefined (or '') removes it. */
export type UrlChange = { readonly [K in UrlKey]?: string | undefined };

/** The app's keys as they stand in the page URL (other keys are ignored). */
export function readUrlState(href: string = window.location.href): UrlState {
  const params = new URL(href).searchParams;
  const state: { [K in UrlKey]?: string } = {};
  for (const key of Object.keys(URL_KEYS) as UrlKey[]) {
    const value = params.get(key);
    if (value !== null) state[key] = value;
  }
  return state;
}

/** Change some keys in place (no history entry), keeping every other key and the hash. */
export function writeUrlState(change: UrlChange): void {
  const url = new URL(window.location.href);
  for (const key of Object.keys(change) as UrlKey[]) {
    const value = change[key];
    if (value === undefined || value === '') url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  if (url.href !== window.location.href) history.replaceState(history.state, '', url);
}

/** A URL of this app with exactly the given keys (no hash): where to navigate, e.g. a new document. */
export function hrefFor(state: UrlState, href: string = window.location.href): string {
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  for (const key of Object.keys(URL_KEYS) as UrlKey[]) {
    const value = state[key];
    if (value !== undefined) url.searchParams.set(key, value);
  }
  return url.toString();
}

/** This page's URL with another hash: the link to a segment (`#id`) or a range (`#a..b`). */
export function linkWithHash(hash: string, href: string = window.location.href): string {
  const url = new URL(href);
  url.hash = hash;
  return url.toString();
}
