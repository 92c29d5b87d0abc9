import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { initI18n } from '../../../i18n/i18n.ts';
import { until } from '../../test-until.ts';
import { mountReader, opiumDoc, REPORT, shadow, sideOf } from './learn-fixture.ts';

beforeAll(async () => {
  await page.viewport(1280, 900);
  await initI18n();
});

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

function rubyOf(side: HTMLElement): string[] {
  return [...side.querySelectorAll('ruby rt')].map((rt) => rt.textContent);
}

async function turnOn(reader: HTMLElement & { shadowRoot: ShadowRoot | null }): Promise<void> {
  const button = reader.shadowRoot?.querySelector<HTMLElement>('button[data-aid="pinyin"]');
  if (button == null) throw new Error('no pinyin toggle');
  await userEvent.click(button);
}

describe('pinyin ruby', () => {
  it('puts tone-marked pinyin over each Chinese character, polyphones read in their words', async () => {
    const reader = await mountReader({ text: opiumDoc() });
    expect(sideOf(reader, 'a', 'zh-Hans').querySelector('ruby')).toBeNull();
    await turnOn(reader);
    await expect.poll(() => rubyOf(sideOf(reader, 'a', 'zh-Hans')).length).toBeGreaterThan(0);
    const zh = sideOf(reader, 'a', 'zh-Hans');
    // The base character is the ruby's own text node (lit leaves comment markers beside it).
    const chars = [...zh.querySelectorAll('ruby')].map((r) =>
      [...r.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join(''),
    );
    const readings = rubyOf(zh);
    const at = (ch: string, nth = 0): string | undefined =>
      readings[chars.map((c, k) => (c === ch ? k : -1)).filter((k) => k >= 0)[nth] ?? -1];
    expect([at('鸦'), at('片')]).toEqual(['yā', 'piàn']);
    expect(at('行')).toBe('háng');
    // No ruby on the English side, and the text itself is unchanged.
    expect(sideOf(reader, 'a', 'en').querySelector('ruby')).toBeNull();
    expect(chars.join('')).toBe('他们查获鸦片三千两银行关门了');
    expect(reader.getAttribute('pinyin')).toBe('on');
  });

  it('shows pinyin over the report, and hovering a character still marks the counterparts', async () => {
    const reader = await mountReader({ src: REPORT });
    await reader.goTo('s1-seized-drugs');
    await until(
      () => shadow(reader).querySelector('[data-segment-id="s1-seized-drugs"]'),
      'the seized drugs',
    );
    await turnOn(reader);
    const zh = await until(
      () =>
        shadow(reader).querySelector<HTMLElement>(
          '[data-segment-id="s1-seized-drugs"][lang="zh-Hans"]:has(ruby)',
        ),
      'ruby over the report',
    );
    const figure = zh.querySelector<HTMLElement>('[data-figure="n3996056"]');
    if (figure === null) throw new Error('no figure');
    // The figure's characters carry ruby inside the figure's span, and hover still finds it.
    expect(figure.querySelectorAll('ruby').length).toBe('三百九十九万六千零五十六'.length);
    await userEvent.hover(figure.querySelector('ruby') ?? figure);
    await expect
      .poll(
        () =>
          sideOf(reader, 's1-seized-drugs', 'en').querySelector('[data-figure="n3996056"][active]')
            ?.textContent,
      )
      .toBe('3,996,056');
    expect(
      sideOf(reader, 's1-seized-drugs', 'en').querySelector('.sentence[active]'),
    ).not.toBeNull();
  });

  it('a search still marks its hits while pinyin shows', async () => {
    const reader = await mountReader({ text: opiumDoc() });
    await turnOn(reader);
    await expect.poll(() => rubyOf(sideOf(reader, 'a', 'zh-Hans')).length).toBeGreaterThan(0);
    const input = shadow(reader).querySelector<HTMLInputElement>('input[type="search"]');
    if (input === null) throw new Error('no search box');
    await userEvent.fill(input, '鸦片');
    await userEvent.keyboard('{Enter}');
    const mark = await until(
      () => sideOf(reader, 'a', 'zh-Hans').querySelector('mark'),
      'the search mark',
    );
    expect(mark.querySelectorAll('ruby')).toHaveLength(2);
    expect([...mark.querySelectorAll('rt')].map((rt) => rt.textContent)).toEqual(['yā', 'piàn']);
  });
});
