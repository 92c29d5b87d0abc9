/**
 * The reader's shortcut list: `?` on the text or the toolbar button opens it, Esc closes it and
 * focus goes back; `?` typed into the search box is just a character.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { initI18n, setLanguage } from '../../i18n/i18n.ts';
import type { ParallelText } from '../../model/types.ts';
import { until } from '../test-until.ts';
import './dz-reader.ts';
import type { DzReader } from './dz-reader.ts';

beforeAll(async () => {
  await page.viewport(1280, 900);
  await initI18n();
});

afterEach(async () => {
  document.body.replaceChildren();
  localStorage.clear();
  await setLanguage('en');
});

const DOC: ParallelText = {
  id: 'keys',
  languages: ['zh-Hans', 'en'],
  title: { 'zh-Hans': '小样', en: 'Sample' },
  date: '2026-12-03',
  provenance: {
    'zh-Hans': { by: 'A', role: 'author', source: 'here', licence: 'CC0' },
    en: { by: 'B', role: 'translator', source: 'here', licence: 'CC0' },
  },
  segments: [
    { id: 'a', kind: 'paragraph', text: { 'zh-Hans': '第一句话。', en: 'The first.' } },
    { id: 'b', kind: 'paragraph', text: { 'zh-Hans': '第二句话。', en: 'The second.' } },
  ],
};

async function mount(): Promise<DzReader> {
  const reader = document.createElement('dz-reader');
  reader.text = DOC;
  document.body.append(reader);
  await reader.updateComplete;
  return reader;
}

function dialogOf(reader: DzReader): HTMLDialogElement | null {
  return reader.shadowRoot?.querySelector<HTMLDialogElement>('dialog.shortcut-list') ?? null;
}

function focusedInReader(reader: DzReader): Element | null {
  return reader.shadowRoot?.activeElement ?? null;
}

describe('the reader’s shortcut list', () => {
  it('opens on ? from the text, lists the keys, and Esc puts focus back where it was', async () => {
    const reader = await mount();
    const side = await until(
      () => reader.shadowRoot?.querySelector<HTMLElement>('[data-segment-id="a"][lang="en"]'),
      'the English side of the first pair',
    );
    side.focus();
    await userEvent.keyboard('?');
    await expect.poll(() => dialogOf(reader)?.open).toBe(true);
    const text = dialogOf(reader)?.textContent ?? '';
    for (const k of ['↑ / ↓', '← / →', 'Enter / Space', 'Esc', 'counterpart'])
      expect(text).toContain(k);
    // The dialog is modal: focus is inside it.
    expect(dialogOf(reader)?.contains(focusedInReader(reader))).toBe(true);
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => dialogOf(reader)?.open).toBe(false);
    await expect.poll(() => focusedInReader(reader)).toBe(side);
  });

  it('opens from the toolbar button and closes with its Close button', async () => {
    const reader = await mount();
    const button = await until(
      () => reader.shadowRoot?.querySelector<HTMLButtonElement>('.shortcut-list-open'),
      'the Keys button',
    );
    expect(button.getAttribute('aria-keyshortcuts')).toBe('?');
    await userEvent.click(button);
    await expect.poll(() => dialogOf(reader)?.open).toBe(true);
    const close = dialogOf(reader)?.querySelector<HTMLButtonElement>('.shortcut-list-close');
    if (close == null) throw new Error('no Close button');
    await userEvent.click(close);
    await expect.poll(() => dialogOf(reader)?.open).toBe(false);
  });

  it('leaves ? typed in the search box alone', async () => {
    const reader = await mount();
    const input = await until(
      () => reader.shadowRoot?.querySelector<HTMLInputElement>('input[type="search"]'),
      'the search box',
    );
    input.focus();
    await userEvent.keyboard('why?');
    await expect.poll(() => input.value).toBe('why?');
    expect(dialogOf(reader)?.open).toBe(false);
  });

  it('speaks the interface language', async () => {
    await setLanguage('zh-Hans');
    const reader = await mount();
    const dialog = await until(() => dialogOf(reader), 'the shortcut list');
    await expect.poll(() => dialog.querySelector('h2')?.textContent).toBe('键盘快捷键');
  });
});
