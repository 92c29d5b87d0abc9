import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { initI18n, setLanguage } from '../../../i18n/i18n.ts';
import type { ParallelText } from '../../../model/types.ts';
import { until } from '../../test-until.ts';
import '../dz-reader.ts';
import type { DzReader } from '../dz-reader.ts';

const start = window.location.href;

beforeAll(async () => {
  await page.viewport(1280, 900);
  await initI18n();
});

afterEach(async () => {
  document.body.replaceChildren();
  localStorage.clear();
  history.replaceState(null, '', start);
  await setLanguage('en');
});

/** Pairs with the given texts; figures in them may or may not have their equal. */
function doc(pairs: readonly [zh: string, en: string][]): ParallelText {
  return {
    id: 'figures',
    languages: ['zh-Hans', 'en'],
    title: { 'zh-Hans': '数字', en: 'Figures' },
    date: '2026-12-03',
    provenance: {
      'zh-Hans': { by: 'A', role: 'author', source: 'here', licence: 'CC0' },
      en: { by: 'B', role: 'translator', source: 'here', licence: 'CC0' },
    },
    segments: pairs.map(([zh, en], k) => ({
      id: `p${String(k + 1)}`,
      kind: 'paragraph' as const,
      text: { 'zh-Hans': zh, en },
    })),
  };
}

const ONE_LOST: [string, string][] = [
  ['共三十六万九千七百零五人。', 'In all 369,705 people.'],
  ['共一千二百个地区。', 'In all 1,202 regions.'],
];
const THREE_LOST: [string, string][] = [...ONE_LOST, ['有八百八十人。', 'There were 881 people.']];

async function mount(text: ParallelText, urlState = true): Promise<DzReader> {
  const reader = document.createElement('dz-reader');
  reader.urlState = urlState;
  reader.text = text;
  document.body.append(reader);
  await until(() => reader.shadowRoot?.querySelector('.toolbar'), 'the toolbar');
  return reader;
}

function root(reader: DzReader): ShadowRoot {
  return reader.shadowRoot!;
}

function results(reader: DzReader): string {
  return root(reader).querySelector('.toolbar > .results')?.textContent.trim() ?? '';
}

describe('check figures', () => {
  it('is kept in the URL and taken from it', async () => {
    const reader = await mount(doc(THREE_LOST));
    await userEvent.click(root(reader).querySelector<HTMLElement>('button.check-figures')!);
    await expect
      .poll(() => new URL(window.location.href).searchParams.get('check'))
      .toBe('figures');
    await userEvent.click(root(reader).querySelector<HTMLElement>('button.check-figures')!);
    await expect.poll(() => new URL(window.location.href).searchParams.has('check')).toBe(false);

    document.body.replaceChildren();
    const url = new URL(start);
    url.searchParams.set('check', 'figures');
    history.replaceState(null, '', url);
    const opened = await mount(doc(THREE_LOST));
    await expect.poll(() => opened.hasAttribute('checking')).toBe(true);
    await until(() => root(opened).querySelector('[data-pair]'), 'the flagged pairs');
    expect(
      [...root(opened).querySelectorAll<HTMLElement>('[data-pair]')].map((r) => r.dataset.pair),
    ).toEqual(['p2', 'p3']);
  });

  it('counts in plural forms, in both interface languages', async () => {
    const one = await mount(doc(ONE_LOST), false);
    await userEvent.click(root(one).querySelector<HTMLElement>('button.check-figures')!);
    await expect.poll(() => results(one)).toBe('2 figures without a counterpart, in 1 pair');
    document.body.replaceChildren();

    const three = await mount(doc(THREE_LOST), false);
    await userEvent.click(root(three).querySelector<HTMLElement>('button.check-figures')!);
    await expect.poll(() => results(three)).toBe('4 figures without a counterpart, in 2 pairs');
    expect(results(three)).not.toContain('(s)');
    await setLanguage('zh-Hans');
    await expect.poll(() => results(three)).toBe('4 个数字没有对应，分布在 2 对中');
  });

  it('says plainly that nothing is flagged, and shows every pair again on request', async () => {
    const reader = await mount(doc([['共三十六万九千七百零五人。', 'In all 369,705 people.']]));
    await userEvent.click(root(reader).querySelector<HTMLElement>('button.check-figures')!);
    const none = await until(
      () => root(reader).querySelector<HTMLElement>('.figures-none'),
      'the message',
    );
    expect(none.textContent).toContain(
      'Nothing is flagged: every figure in the 1 pair has its equal on the other side.',
    );
    expect(none.getBoundingClientRect().height).toBeGreaterThan(0);
    expect(root(reader).querySelectorAll('[data-pair]')).toHaveLength(0);
    await userEvent.click(none.querySelector('button')!);
    await until(() => root(reader).querySelector('[data-pair="p1"]'), 'the pair again');
    expect(root(reader).querySelector('.figures-none')).toBeNull();
  });
});
