/**
 * Layouts on the built site: phones (no page wider than the screen, controls reachable mid-text),
 * a header that lets the text start on the first screen, and print that holds both languages of
 * every pair in every layout, saying what a search or the figure check left out.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type Site } from './site.ts';

const DOC = '?doc=luo-ruiqing-1952-anti-narcotics';
const LAYOUTS = ['side', 'stacked', 'single'] as const;
const LANGUAGES = ['en', 'zh-Hans'] as const;
let site: Site;

beforeAll(async () => {
  site = await startSite();
});

afterAll(async () => {
  await site.close();
});

async function phone(): Promise<Page> {
  const context = await site.browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  return context.newPage();
}

/** How far the page is wider than the screen (0 when it fits). */
function overflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

describe('phones (390 px)', () => {
  for (const lng of LANGUAGES) {
    it(`no page is wider than the screen (${lng})`, async () => {
      const page = await phone();
      const pages: [string, string][] = [
        ['the library', `?lng=${lng}`],
        ...LAYOUTS.map((l): [string, string] => [
          `the reader, ${l}`,
          `${DOC}&layout=${l}&lng=${lng}`,
        ]),
        ['the Import page', `?view=import&lng=${lng}`],
      ];
      for (const [what, query] of pages) {
        await page.goto(`${site.url}${query}`);
        const ready = query.startsWith(DOC)
          ? 'dz-reader [data-segment-id]'
          : query.includes('import')
            ? 'dz-align-editor textarea'
            : 'dz-library a[data-doc]';
        await page.locator(ready).first().waitFor();
        expect(await overflow(page), what).toBeLessThanOrEqual(0);
      }
      // Opened folds (About this edition, the glossary) fit as well.
      await page.goto(`${site.url}${DOC}&lng=${lng}`);
      await page.locator('dz-reader [data-segment-id]').first().waitFor();
      await page.locator('dz-reader details.provenance summary').click();
      await page.locator('dz-reader details.glossary summary').click();
      expect(await overflow(page), 'open folds').toBeLessThanOrEqual(0);
      await page.context().close();
    });
  }

  it('keeps the search and the layout at hand in the middle of the text', async () => {
    const page = await phone();
    await page.goto(`${site.url}${DOC}&lng=en`);
    await page.locator('dz-reader [data-segment-id]').first().waitFor();
    await page.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight / 2);
    });
    await expect.poll(() => page.locator('dz-reader [data-pair="s3-head"]').count()).toBe(0);
    const search = page.locator('dz-reader input[type="search"]');
    const box = await search.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    const middle = await page.evaluate(() => window.scrollY);
    expect(middle).toBeGreaterThan(1000);
    // The layout is one tap away, from where the reader is.
    await page.locator('dz-reader button[data-layout="single"]').tap();
    await expect.poll(() => page.locator('dz-reader').getAttribute('layout')).toBe('single');
    await search.fill('管制');
    await search.press('Enter');
    await expect
      .poll(() => page.locator('dz-reader .search .results').textContent())
      .toMatch(/\d+ pair/);
    await page.context().close();
  });
});

describe('the header', () => {
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    for (const lng of LANGUAGES) {
      it(`lets the first pair start on the first screen at ${String(width)}x${String(height)} (${lng})`, async () => {
        const { page } = await site.newPage({ width, height });
        await page.goto(`${site.url}${DOC}&lng=${lng}`);
        const first = page.locator('dz-reader [data-pair="cc-title"]');
        await first.waitFor();
        const top = await first.evaluate((el) => el.getBoundingClientRect().top);
        expect(top).toBeGreaterThan(0);
        // Its first line, not just its edge, is on the screen.
        expect(top + 40).toBeLessThan(height);
        // The edition note stands in one line, and opens to the whole note.
        const note = page.locator('dz-reader header .note-line .edition-note');
        const oneLine = await note.evaluate((el) => el.getBoundingClientRect().height);
        expect(oneLine).toBeLessThan(30);
        await note.click();
        const whole = await note.evaluate((el) => el.getBoundingClientRect().height);
        expect(whole).toBeGreaterThan(oneLine * 2);
        await page.context().close();
      });
    }
  }
});

/** Characters printed in the text (what the print layout shows of it). */
function printedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const main = document
      .querySelector('dz-app')
      ?.shadowRoot?.querySelector('dz-reader')
      ?.shadowRoot?.querySelector<HTMLElement>('#text');
    return main?.innerText ?? '';
  });
}

describe('print', () => {
  for (const layout of LAYOUTS) {
    it(`prints both languages of every pair (${layout})`, async () => {
      const { page } = await site.newPage();
      await page.goto(`${site.url}${DOC}&layout=${layout}&lng=en`);
      await page.locator('dz-reader [data-segment-id]').first().waitFor();
      // Print media alone, as a headless PDF sees it: no beforeprint event.
      await page.emulateMedia({ media: 'print' });
      await expect.poll(() => page.locator('dz-reader [data-pair]').count()).toBe(66);
      expect(await page.locator('dz-reader [data-segment-id][lang="zh-Hans"]').count()).toBe(66);
      expect(await page.locator('dz-reader [data-segment-id][lang="en"]').count()).toBe(66);
      const text = await printedText(page);
      // The last paragraph, in both languages, is on paper.
      expect(text).toContain('December 14, 1952');
      expect(text).toContain('一九五二年十二月十四日');
      expect(text.length).toBeGreaterThan(12_000);
      // Every side has a box on paper: none is left to the screen's one-language view.
      const drawn = await page.evaluate(() => {
        const reader = document.querySelector('dz-app')?.shadowRoot?.querySelector('dz-reader');
        const sides = reader?.shadowRoot?.querySelectorAll('[data-segment-id]') ?? [];
        return [...sides].filter((s) => s.getBoundingClientRect().height > 0).length;
      });
      expect(drawn).toBe(132);
      // The edition note is whole on paper, not cut to one line.
      const note = page.locator('dz-reader header .note-line .edition-note');
      expect(await note.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(40);
      expect(await page.locator('dz-reader .printed').count()).toBe(0);
      const pdf = await page.pdf();
      expect(pdf.length).toBeGreaterThan(50_000);
      await page.context().close();
    });
  }

  for (const [what, query, says] of [
    ['a search', '&q=arrest', /Printed: \d+ pairs containing “arrest”, of 66; \d+ not printed\./],
    [
      'the figure check',
      '&check=figures',
      /Printed: \d+ pairs? with a figure that lacks its counterpart, of 66/,
    ],
  ] as const) {
    it(`says on paper what ${what} left out`, async () => {
      const { page } = await site.newPage();
      await page.goto(`${site.url}${DOC}&layout=single&lng=en${query}`);
      await page.locator('dz-reader .toolbar').waitFor();
      const line = page.locator('dz-reader .printed');
      expect(await line.isVisible()).toBe(false);
      await page.emulateMedia({ media: 'print' });
      await expect.poll(() => line.isVisible()).toBe(true);
      expect(await line.textContent()).toMatch(says);
      const printed = await page.locator('dz-reader [data-pair]').count();
      const left = Number(/(\d+) not printed/.exec((await line.textContent()) ?? '')?.[1]);
      expect(printed + left).toBe(66);
      expect(await page.locator('dz-reader [data-segment-id][lang="en"]').count()).toBe(printed);
      await page.context().close();
    });
  }
});
