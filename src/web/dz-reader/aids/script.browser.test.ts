import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { initI18n } from '../../../i18n/i18n.ts';
import { until } from '../../test-until.ts';
import type { DzReader } from '../dz-reader.ts';
import { choose, mountReader, opiumDoc, REPORT, shadow, sideOf } from './learn-fixture.ts';

beforeAll(async () => {
  await page.viewport(1280, 900);
  await initI18n();
});

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

async function reportAt(id: string): Promise<DzReader> {
  const reader = await mountReader({ src: REPORT });
  await reader.goTo(id);
  await until(() => shadow(reader).querySelector(`[data-segment-id="${id}"]`), `segment ${id}`);
  return reader;
}

describe('Chinese script display', () => {
  it('shows a Simplified text in Traditional, the converted run marked as zh-Hant', async () => {
    const reader = await mountReader({ text: opiumDoc() });
    choose(reader, 'script', 'hant');
    await expect.poll(() => sideOf(reader, 'a', 'zh-Hans').textContent).toContain('鴉片');
    const zh = sideOf(reader, 'a', 'zh-Hans');
    expect(zh.textContent).toContain('銀行關門了');
    expect(zh.textContent).not.toContain('鸦片');
    expect(zh.querySelector('[lang="zh-Hant"]')?.textContent).toContain('鴉片');
    // The English side is left alone.
    expect(sideOf(reader, 'a', 'en').textContent).toContain('opium');
    expect(localStorage.getItem('duizhao.script')).toBe('hant');
  });

  it('Traditional display shows 鴉片 and the search box’s 鸦片 still finds and marks it', async () => {
    const reader = await reportAt('s4-programs');
    choose(reader, 'script', 'hant');
    await expect.poll(() => sideOf(reader, 's4-programs', 'zh-Hans').textContent).toContain('鴉片');
    const input = shadow(reader).querySelector<HTMLInputElement>('input[type="search"]');
    if (input === null) throw new Error('no search box');
    await userEvent.fill(input, '鸦片');
    await userEvent.keyboard('{Enter}');
    await until(() => shadow(reader).querySelector('.search [role="status"]'), 'the result count');
    const row = await until(
      () => shadow(reader).querySelector('[data-pair="s4-programs"]'),
      'the pair with 鸦片',
    );
    const marks = [...row.querySelectorAll('[lang="zh-Hans"] mark')].map((m) => m.textContent);
    expect(marks).toContain('鴉片');
    // Every Chinese mark shows the Traditional form: the search hit and the display agree.
    for (const m of shadow(reader).querySelectorAll('[lang="zh-Hans"] mark'))
      expect(m.textContent).not.toContain('鸦');
  });

  it('hovering a Traditional sentence still marks its English counterpart', async () => {
    const reader = await mountReader({ text: opiumDoc() });
    choose(reader, 'script', 'hant');
    await expect.poll(() => sideOf(reader, 'a', 'zh-Hans').textContent).toContain('銀行');
    const second = sideOf(reader, 'a', 'zh-Hans').querySelector<HTMLElement>('[data-sentence="1"]');
    if (second === null) throw new Error('no second sentence');
    await userEvent.hover(second);
    await expect
      .poll(() => sideOf(reader, 'a', 'en').querySelector('.sentence[active]')?.textContent)
      .toBe('The bank closed.');
  });
});
