/**
 * Two tabs on one draft (one browser profile, the same Import page twice): neither overwrites
 * the other unseen, and "Start over" in one does not silently wipe the other's work.
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

/** Tab A aligns the texts; tab B opens the same draft. */
async function twoTabs(): Promise<{ a: Page; b: Page }> {
  const { page: a } = await site.newPage();
  await a.goto(`${site.url}?view=import&lng=en`);
  await a.locator('dz-align-editor #text-0').fill(ZH);
  await a.locator('dz-align-editor #text-1').fill(EN);
  await a.getByRole('button', { name: 'Align', exact: true }).click();
  await expect.poll(() => links(a)).toBe(4);
  const b = await a.context().newPage();
  await b.goto(`${site.url}?view=import&lng=en`);
  await expect.poll(() => links(b)).toBe(4);
  return { a, b };
}

async function merge(page: Page, pair: number): Promise<void> {
  await page.locator(`dz-align-editor #pair-${String(pair)} .gutter`).click();
  await page.keyboard.press('m');
}

describe('two tabs on one draft', () => {
  it('stops the older tab from overwriting the newer one, and lets it choose', async () => {
    const { a, b } = await twoTabs();
    await merge(a, 2);
    await expect.poll(() => links(a)).toBe(3);
    // B hears of it and says so before it saves anything.
    await expect.poll(() => b.getByText('changed in another tab').count()).toBe(1);
    await merge(b, 0);
    await expect.poll(() => links(b)).toBe(3);
    // A's work is what is stored: B's edit did not land.
    await a.reload();
    await expect.poll(() => links(a)).toBe(3);
    await expect
      .poll(() => a.locator('dz-align-editor #pair-2 .side[data-side="1"]').textContent())
      .toContain('Mass mobilisation');
    // B takes A's work.
    await b.getByRole('button', { name: 'Load the other tab’s work' }).click();
    await expect.poll(() => links(b)).toBe(3);
    await expect
      .poll(() => b.locator('dz-align-editor #pair-2 .side[data-side="1"]').textContent())
      .toContain('Mass mobilisation');
    expect(await b.getByText('changed in another tab').count()).toBe(0);
  });

  it('does not let "Start over" in one tab silently wipe the other', async () => {
    const { a, b } = await twoTabs();
    a.once('dialog', (d) => void d.accept());
    await a.getByRole('button', { name: 'Start over' }).click();
    await expect.poll(() => a.locator('dz-align-editor #text-0').count()).toBe(1);
    await expect.poll(() => b.getByText('started over in another tab').count()).toBe(1);
    // B still has its work on screen, and keeps it.
    expect(await links(b)).toBe(4);
    await b.getByRole('button', { name: 'Keep this tab’s work (replaces the other’s)' }).click();
    await expect.poll(() => b.getByText('started over in another tab').count()).toBe(0);
    // A, which started over, now hears that B kept its work, and can take it.
    await expect.poll(() => a.getByText('changed in another tab').count()).toBe(1);
    await a.getByRole('button', { name: 'Load the other tab’s work' }).click();
    await expect.poll(() => links(a)).toBe(4);
  });
});
