import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type Site } from './site.ts';

const DOC = '?doc=luo-ruiqing-1952-anti-narcotics';
let site: Site;

beforeAll(async () => {
  site = await startSite();
});

afterAll(async () => {
  await site.close();
});

describe('the citation dialog', () => {
  it('opens from the keyboard, offers five formats and copies each, holding author and edition', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(`${site.url}${DOC}&lng=zh-Hans#s1-p2`);
    const button = page.locator('dz-reader [data-pair="s1-p2"] button.cite-formats');
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('dz-reader dialog.cite');
    await dialog.waitFor();
    expect(await dialog.locator('section').count()).toBe(5);
    const formats = ['chicago', 'gbt7714', 'bibtex', 'ris', 'csl-json'];
    expect(
      await dialog.locator('section').evaluateAll((els) => els.map((e) => e.dataset.format)),
    ).toEqual(formats);
    for (const f of formats) {
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await dialog.locator(`section[data-format="${f}"] button.copy`).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('');
      const text = await page.evaluate(() => navigator.clipboard.readText());
      expect(text, f).toContain('罗瑞卿');
      expect(text, f).toContain('本版中文译写本');
      expect(text, f).toContain('v=2#s1-p2');
      expect(text, f).not.toMatch(/lng=/);
    }
    // Esc closes it and the page goes on.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
