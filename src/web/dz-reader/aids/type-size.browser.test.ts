import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { initI18n } from '../../../i18n/i18n.ts';
import { mountReader, opiumDoc, shadow, sideOf } from './learn-fixture.ts';

beforeAll(async () => {
  await page.viewport(1280, 900);
  await initI18n();
});

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

function px(el: Element, property: 'fontSize' | 'lineHeight'): number {
  return parseFloat(getComputedStyle(el)[property]);
}

describe('text size and line spacing', () => {
  it('the size control changes the computed font size of both sides, and a new reader keeps it', async () => {
    const reader = await mountReader({ text: opiumDoc() });
    const zh = sideOf(reader, 'a', 'zh-Hans');
    const en = sideOf(reader, 'a', 'en');
    const before = [px(zh, 'fontSize'), px(en, 'fontSize')] as const;
    const select = shadow(reader).querySelector<HTMLSelectElement>('select[name="text-size"]');
    if (select === null) throw new Error('no text size control');
    await userEvent.selectOptions(select, 'xl');
    await expect
      .poll(() => px(sideOf(reader, 'a', 'zh-Hans'), 'fontSize'))
      .toBeCloseTo(before[0] * 1.3, 1);
    expect(px(sideOf(reader, 'a', 'en'), 'fontSize')).toBeCloseTo(before[1] * 1.3, 1);

    // Another reader (as after a reload) starts with the size chosen.
    reader.remove();
    const again = await mountReader({ text: opiumDoc() });
    expect(again.getAttribute('text-size')).toBe('xl');
    expect(px(sideOf(again, 'a', 'zh-Hans'), 'fontSize')).toBeCloseTo(before[0] * 1.3, 1);
  });

  it('sizes follow the root font size (rem), as the browser’s own text size setting does', async () => {
    const reader = await mountReader({ text: opiumDoc() });
    const base = px(sideOf(reader, 'a', 'en'), 'fontSize');
    document.documentElement.style.fontSize = '20px';
    try {
      expect(px(sideOf(reader, 'a', 'en'), 'fontSize')).toBeCloseTo(base * (20 / 16), 1);
    } finally {
      document.documentElement.style.removeProperty('font-size');
    }
  });

  it('the spacing control changes the line height', async () => {
    const reader = await mountReader({ text: opiumDoc() });
    const before = px(sideOf(reader, 'a', 'zh-Hans'), 'lineHeight');
    const select = shadow(reader).querySelector<HTMLSelectElement>('select[name="line-height"]');
    if (select === null) throw new Error('no spacing control');
    await userEvent.selectOptions(select, 'loosest');
    await expect
      .poll(() => px(sideOf(reader, 'a', 'zh-Hans'), 'lineHeight'))
      .toBeCloseTo(before * 1.35, 0);
    expect(localStorage.getItem('duizhao.lineHeight')).toBe('loosest');
  });
});
