/**
 * The alignment editor on the built site: work survives a reload, and the result opens in the
 * reader. Each test pastes its own two texts into a fresh browser context.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type Site } from './site.ts';

let site: Site;

beforeAll(async () => {
  site = await startSite();
});

afterAll(async () => {
  await site.close();
});

const ZH =
  '禁毒运动总结\n\n1952年12月18日\n\n全国共破获毒品案件369705起。\n\n群众运动是成功的关键。';
const EN =
  'Summary of the Anti-Narcotics Campaign\n\nDecember 18, 1952\n\nNationwide, 369,705 drug cases were cracked.\n\nMass mobilisation was the key to success.';

function links(page: Page): Promise<number> {
  return page.locator('dz-align-editor .pair').count();
}

async function alignTexts(page: Page): Promise<void> {
  await page.goto(`${site.url}?view=import&lng=en`);
  await page.locator('dz-align-editor #text-0').fill(ZH);
  await page.locator('dz-align-editor #text-1').fill(EN);
  await page.getByRole('button', { name: 'Align', exact: true }).click();
  await expect.poll(() => links(page)).toBe(4);
}

describe('the alignment editor', () => {
  it('keeps an edit when the page is reloaded straight after it', async () => {
    const { page, errors } = await site.newPage();
    await alignTexts(page);
    await page.locator('dz-align-editor #pair-2 .gutter').click();
    await page.keyboard.press('m');
    await expect.poll(() => links(page)).toBe(3);
    await page.reload();
    await expect.poll(() => links(page)).toBe(3);
    const merged = await page.locator('dz-align-editor #pair-2 .side[data-side="1"]').textContent();
    expect(merged).toContain('369,705 drug cases');
    expect(merged).toContain('Mass mobilisation');
    expect(errors).toEqual([]);
  });

  it('opens the result in the reader', async () => {
    const { page, errors } = await site.newPage();
    await alignTexts(page);
    await page.getByRole('button', { name: 'Open in the reader' }).click();
    await page.waitForURL(/[?&]doc=local(:|%3A)summary-of-the-anti-narcotics-campaign/);
    await expect
      .poll(() => page.locator('dz-reader').getByText('群众运动是成功的关键。').count())
      .toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
