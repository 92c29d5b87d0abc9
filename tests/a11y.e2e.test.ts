/**
 * axe-core on the built site: the library, the reader in each layout with a search and the
 * figure check on, and the Import page with an alignment shown. Zero violations is the bar.
 */
import axe from 'axe-core';
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

/** Every violation on the page as `rule: target` lines (axe looks inside shadow roots). */
async function violations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol, which the page's CSP does not govern.
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document);
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
    );
  });
}

const DOC = 'luo-ruiqing-1952-anti-narcotics';

/** A short text whose sides disagree on two figures and agree on one. */
const FIGURES_DOC = {
  id: 'a11y-figures',
  languages: ['zh-Hans', 'en'],
  title: { 'zh-Hans': '数字', en: 'Figures' },
  date: '1952-12-18',
  provenance: {
    'zh-Hans': { by: 'test', role: 'author', source: 'test', licence: 'CC0' },
    en: { by: 'test', role: 'translator', source: 'test', licence: 'CC0' },
  },
  segments: [
    { id: 's1', kind: 'heading1', text: { 'zh-Hans': '一、概况', en: 'I. Overview' } },
    {
      id: 's2',
      kind: 'paragraph',
      text: {
        'zh-Hans': '共逮捕三百人，其中百分之二十二。',
        en: 'In all 400 were arrested, 22% of them.',
      },
    },
    {
      id: 's3',
      kind: 'paragraph',
      text: { 'zh-Hans': '收缴鸦片五千两。', en: 'Opium seized: 6,000 taels.' },
    },
  ],
};

describe('accessibility (axe-core)', () => {
  it('finds nothing on the library', async () => {
    const { page } = await site.newPage();
    await page.goto(`${site.url}?lng=en`);
    await expect.poll(() => page.locator('dz-library a').count()).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
  });

  const readers = [
    { layout: 'side', scheme: 'light' },
    { layout: 'stacked', scheme: 'light' },
    { layout: 'single', scheme: 'light' },
    { layout: 'side', scheme: 'dark' },
  ] as const;
  for (const { layout, scheme } of readers) {
    it(`finds nothing on the reader, ${layout}, ${scheme}, with a search, then with the figure check`, async () => {
      const { page } = await site.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${site.url}?doc=${DOC}&layout=${layout}&q=369&lng=en`);
      // The count of pairs found, then a row with a hit under the pointer, so that what hover
      // marks (the counterpart, its sentence and figure, and in one language the peek) is checked.
      await expect.poll(() => page.locator('dz-reader .results').textContent()).toMatch(/[1-9]/);
      const hit = page.locator('dz-reader [data-figure="n369705"]').first();
      await hit.hover();
      await expect
        .poll(() => page.locator('dz-reader [data-figure="n369705"][active]').count())
        .toBeGreaterThan(1);
      expect(await violations(page)).toEqual([]);
      // The figure check on a text whose figures disagree, so that flagged figures are shown.
      await page.route('**/texts/a11y-figures.json', (route) =>
        route.fulfill({ contentType: 'application/json', body: JSON.stringify(FIGURES_DOC) }),
      );
      await page.goto(`${site.url}?doc=a11y-figures&layout=${layout}&lng=en`);
      await page.getByRole('button', { name: 'Check figures' }).click();
      await expect.poll(() => page.locator('dz-reader[checking]').count()).toBe(1);
      const flagged = page.locator('dz-reader .figure.unmatched');
      await expect.poll(() => flagged.count()).toBeGreaterThan(0);
      await flagged.first().hover();
      expect(await violations(page)).toEqual([]);
    });
  }

  it('finds nothing on the reader with its shortcut list open, in Chinese', async () => {
    const { page } = await site.newPage();
    await page.goto(`${site.url}?doc=${DOC}&lng=zh-Hans`);
    const side = page.locator('dz-reader [data-segment-id]').first();
    await side.focus();
    await page.keyboard.press('?');
    await expect.poll(() => page.locator('dz-reader dialog[open]').count()).toBe(1);
    expect(await violations(page)).toEqual([]);
  });

  it('finds nothing on the embedding page, in Chinese', async () => {
    const { page } = await site.newPage({ locale: 'zh-CN' });
    await page.goto(`${site.url}embed.html`);
    await expect.poll(() => page.locator('dz-reader [data-segment-id]').count()).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
  });

  it('finds nothing on the Import page with an alignment shown', async () => {
    const { page } = await site.newPage();
    await page.goto(`${site.url}?view=import&lng=en`);
    await page
      .locator('dz-align-editor #text-0')
      .fill('第一段。\n\n第二段有369705人。\n\n第三段。');
    await page
      .locator('dz-align-editor #text-1')
      .fill(
        'First.\n\nThe second has 369,705.\n\nThird, much longer than the Chinese one, so its confidence is low.',
      );
    await page.getByRole('button', { name: 'Align', exact: true }).click();
    await expect.poll(() => page.locator('dz-align-editor .pair').count()).toBeGreaterThan(1);
    await page.locator('dz-align-editor #pair-1 .gutter').click();
    expect(await violations(page)).toEqual([]);
  });
});
