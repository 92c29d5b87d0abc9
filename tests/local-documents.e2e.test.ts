/**
 * Documents kept in this browser: a link to one this browser does not hold says so in one plain
 * message; the library deletes one (after asking) and reopens one in the editor (asking before it
 * replaces work in progress there).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type Site } from './site.ts';

const ZH =
  '禁毒运动总结\n\n1952年12月18日\n\n全国共破获毒品案件369705起。\n\n群众运动是成功的关键。';
const EN =
  'Summary of the Anti-Narcotics Campaign\n\nDecember 18, 1952\n\nNationwide, 369,705 drug cases were cracked.\n\nMass mobilisation was the key to success.';
const ID = 'summary-of-the-anti-narcotics-campaign';
let site: Site;

beforeAll(async () => {
  site = await startSite();
});

afterAll(async () => {
  await site.close();
});

function links(page: Page): Promise<number> {
  return page.locator('dz-align-editor .pair').count();
}

/** Align two short texts on the Import page and keep the result in this browser. */
async function keepOne(page: Page): Promise<void> {
  await page.goto(`${site.url}?view=import&lng=en`);
  await page.locator('dz-align-editor #text-0').fill(ZH);
  await page.locator('dz-align-editor #text-1').fill(EN);
  await page.getByRole('button', { name: 'Align', exact: true }).click();
  await expect.poll(() => links(page)).toBe(4);
  await page.getByRole('button', { name: 'Open in the reader' }).click();
  await page.waitForURL(/[?&]doc=local(:|%3A)/);
  await page.locator('dz-reader [data-segment-id]').first().waitFor();
}

describe('a local document', () => {
  for (const [lng, says] of [
    ['en', 'The document “local:nowhere” is not kept in this browser.'],
    ['zh-Hans', '本浏览器中没有保存文档“local:nowhere”。'],
  ] as const) {
    it(`that this browser does not hold is one plain message (${lng})`, async () => {
      const { page, errors } = await site.newPage();
      await page.goto(`${site.url}?doc=local:nowhere&lng=${lng}`);
      const alert = page.locator('dz-reader [role="alert"]');
      await expect.poll(() => alert.count()).toBe(1);
      const text = (await alert.textContent()) ?? '';
      expect(text).toContain(says);
      // Not a list of schema errors about a field named "missing".
      expect(await alert.locator('li').count()).toBe(0);
      expect(text).not.toContain('missing');
      expect(await page.locator('dz-reader a[slot="error-actions"]').isVisible()).toBe(true);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('can be deleted from the library, after a yes', async () => {
    const { page, errors } = await site.newPage();
    await keepOne(page);
    await page.goto(`${site.url}?lng=en`);
    const row = page.locator(`dz-library .local li:has(a[data-doc="local:${ID}"])`);
    await row.waitFor();
    await row.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => row.locator('.ask').textContent()).toContain('This cannot be undone');
    // Keeping it keeps it, and focus goes back to where it was.
    await row.getByRole('button', { name: 'Keep it' }).click();
    expect(await row.locator('.ask').count()).toBe(0);
    await expect
      .poll(() =>
        row.getByRole('button', { name: 'Delete' }).evaluate((el) => el.matches(':focus')),
      )
      .toBe(true);
    await row.getByRole('button', { name: 'Delete' }).click();
    await row.getByRole('button', { name: 'Delete it' }).click();
    await expect.poll(() => page.locator(`dz-library a[data-doc="local:${ID}"]`).count()).toBe(0);
    expect(await page.locator('dz-library .local-said').textContent()).toContain('Deleted');
    await page.reload();
    await page.locator('dz-library a[data-doc]').first().waitFor();
    expect(await page.locator(`dz-library a[data-doc="local:${ID}"]`).count()).toBe(0);
    await page.goto(`${site.url}?doc=local:${ID}&lng=en`);
    await expect
      .poll(() => page.locator('dz-reader [role="alert"]').textContent())
      .toContain('is not kept in this browser');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reopens in the editor, asking before it replaces work in progress', async () => {
    const { page, errors } = await site.newPage();
    await keepOne(page);
    // Other work on the Import page: the same texts with two links merged.
    await page.goto(`${site.url}?view=import&lng=en`);
    await expect.poll(() => links(page)).toBe(4);
    await page.locator('dz-align-editor #pair-2 .gutter').click();
    await page.keyboard.press('m');
    await expect.poll(() => links(page)).toBe(3);

    await page.goto(`${site.url}?lng=en`);
    const row = page.locator(`dz-library .local li:has(a[data-doc="local:${ID}"])`);
    await row.getByRole('button', { name: 'Open in the editor' }).click();
    await expect.poll(() => row.locator('.ask').textContent()).toContain('work in progress');
    expect(page.url()).not.toContain('view=import');
    await row.getByRole('button', { name: 'Replace it and open' }).click();
    await page.waitForURL(/[?&]view=import/);
    // The kept document, four links, not the merged work.
    await expect.poll(() => links(page)).toBe(4);
    await expect
      .poll(() => page.locator('dz-align-editor').getByText('群众运动是成功的关键。').count())
      .toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
