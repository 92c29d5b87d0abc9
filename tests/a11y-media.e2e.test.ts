/**
 * What the reader and the editor do for people who asked the system for less motion or for
 * forced colours, and that what is marked is seen without colour too. Chromium emulates both
 * media features, so this is the browser's own cascade, not an imitation.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type Site } from './site.ts';

let site: Site;

beforeAll(async () => {
  site = await startSite();
});

afterAll(async () => {
  await site.close();
});

const DOC = 'luo-ruiqing-1952-anti-narcotics';

function style(el: Locator, property: string, pseudo: string | null = null): Promise<string> {
  return el.evaluate((node, [p, ps]) => getComputedStyle(node, ps).getPropertyValue(p), [
    property,
    pseudo,
  ] as [string, string | null]);
}

/** Open the report, point at its figure 369,705 in English and return the Chinese sentence it marks. */
async function pointAtFigure(page: Page, query = ''): Promise<Locator> {
  await page.goto(`${site.url}?doc=${DOC}&layout=side&lng=en${query}`);
  const english = page.locator('dz-reader [lang="en"] [data-figure="n369705"]').first();
  await english.hover();
  const chinese = page.locator('dz-reader [lang="zh-Hans"] .sentence[active]').first();
  await expect.poll(() => chinese.count()).toBe(1);
  return chinese;
}

describe('motion, colour and forced colours', () => {
  it('stops the transitions when reduced motion is asked for', async () => {
    const { page } = await site.newPage();
    await pointAtFigure(page);
    const side = page.locator('dz-reader .side[data-segment-id]').first();
    expect(await style(side, 'transition-duration')).not.toBe('0s');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect.poll(() => style(side, 'transition-duration')).toBe('0s');
    await page.context().close();
  });

  it('marks the counterpart sentence with a line, not only a tint, and a search hit with an underline', async () => {
    const { page } = await site.newPage();
    const chinese = await pointAtFigure(page, '&q=369');
    expect(await style(chinese, 'box-shadow')).not.toBe('none');
    const quiet = page.locator('dz-reader .sentence:not([active])').first();
    expect(await style(quiet, 'box-shadow')).toBe('none');
    const hit = page.locator('dz-reader mark').first();
    expect(await style(hit, 'text-decoration-line')).toBe('underline');
    await page.context().close();
  });

  it('keeps the marks in forced colours, in system colours', async () => {
    const { page } = await site.newPage();
    await page.emulateMedia({ forcedColors: 'active' });
    const chinese = await pointAtFigure(page, '&q=369');
    // The page's canvas in forced colours, to compare the marks with.
    const canvas = await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.style.setProperty('background', 'Canvas');
      document.body.append(probe);
      const value = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return value;
    });
    const marked = await style(chinese, 'background-color');
    expect(marked).not.toBe('rgba(0, 0, 0, 0)');
    expect(marked).not.toBe(canvas);
    const side = page.locator('dz-reader .side[active]').first();
    expect(await style(side, 'outline-style')).toBe('solid');
    const hit = page.locator('dz-reader mark').first();
    const hitBackground = await style(hit, 'background-color');
    expect(hitBackground).not.toBe('rgba(0, 0, 0, 0)');
    expect(hitBackground).not.toBe(canvas);
    const pressed = page.locator('dz-reader .toolbar [aria-pressed="true"]').first();
    expect(await style(pressed, 'background-color')).not.toBe(canvas);
    await page.context().close();
  });

  it('outlines the chosen link of the editor in forced colours, where shadows are dropped', async () => {
    const { page } = await site.newPage();
    await page.goto(`${site.url}?view=import&lng=en`);
    await page.locator('dz-align-editor #text-0').fill('第一段。\n\n第二段有369705人。');
    await page.locator('dz-align-editor #text-1').fill('First.\n\nThe second has 369,705.');
    await page.getByRole('button', { name: 'Align', exact: true }).click();
    const active = page.locator('dz-align-editor .pair.active').first();
    await expect.poll(() => active.count()).toBe(1);
    expect(await style(active, 'outline-style')).toBe('none');
    await page.emulateMedia({ forcedColors: 'active' });
    await expect.poll(() => style(active, 'outline-style')).toBe('solid');
    await page.context().close();
  });
});
