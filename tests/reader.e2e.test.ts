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

describe('the built site', () => {
  it('lists the report in the library and opens it with no console error', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(site.url);
    const entry = page.locator('dz-library a[data-doc="luo-ruiqing-1952-anti-narcotics"]');
    await expect
      .poll(() => entry.textContent())
      .toContain('中共中央批转罗瑞卿关于全国禁毒运动的总结报告');
    expect(await entry.textContent()).toContain('1952-12-18');
    await entry.click();
    await page.locator('dz-reader [data-segment-id="cc-title"][lang="zh-Hans"]').waitFor();
    // The reader is told, without asking, that the Chinese is this edition's, not the original.
    const note = page.locator('dz-reader header .edition-note').first();
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('not the archival Chinese original');
    expect(page.url()).toContain(DOC);
    await page.locator('dz-reader [data-segment-id="cc-body"][lang="en"]').hover();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens a permalink at its segment, marked, and a range marks every segment in it', async () => {
    const { page } = await site.newPage();
    await page.goto(`${site.url}${DOC}#s4-p2`);
    const target = page.locator('dz-reader [data-pair="s4-p2"]');
    await expect.poll(() => target.getAttribute('linked')).toBe('');
    await expect
      .poll(() =>
        target.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.top < window.innerHeight;
        }),
      )
      .toBe(true);

    await page.goto(`${site.url}${DOC}#s1-sentenced..s1-pending`);
    await page.locator('dz-reader [data-pair="s1-control"]').waitFor();
    await expect.poll(() => page.locator('dz-reader .pair[linked]').count()).toBe(5);
    await page.context().close();
  });

  it('"Skip to the text" puts focus in the text and leaves the permalink and the scroll alone', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(`${site.url}${DOC}&lng=en#s1-blow`);
    const target = page.locator('dz-reader [data-pair="s1-blow"]');
    await expect.poll(() => target.getAttribute('linked')).toBe('');
    // The permalink hold ends on the first key; wait until the row stands still first.
    await expect
      .poll(async () => {
        const a = await target.evaluate((el) => el.getBoundingClientRect().top);
        await page.waitForTimeout(300);
        return a === (await target.evaluate((el) => el.getBoundingClientRect().top));
      })
      .toBe(true);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('button', { name: 'Skip to the text' });
    await expect.poll(() => skip.evaluate((el) => el.matches(':focus'))).toBe(true);
    await page.keyboard.press('Enter');
    const focused = () =>
      page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el?.getAttribute('data-segment-id') ?? el?.tagName ?? null;
      });
    await expect.poll(focused, { timeout: 15_000 }).toBe('s1-blow');
    expect(new URL(page.url()).hash).toBe('#s1-blow');
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
    expect(await page.locator('dz-reader').textContent()).not.toContain('No segment');
    // From there the keyboard reads on: the next segment is one key away.
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused, { timeout: 15_000 }).not.toBe('s1-blow');

    // On the library the link focuses the list, and the address stays as it was.
    await page.goto(`${site.url}?lng=en`);
    await page.locator('dz-library a').first().waitFor();
    await page.keyboard.press('Tab');
    await expect.poll(() => skip.evaluate((el) => el.matches(':focus'))).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('DZ-LIBRARY');
    expect(new URL(page.url()).hash).toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('copies a link that carries none of the viewer state', async () => {
    const { page } = await site.newPage();
    await page.goto(
      `${site.url}${DOC}&layout=stacked&left=en&q=${encodeURIComponent('逮捕')}&lng=zh-Hans#s1-p2`,
    );
    const row = page.locator('dz-reader [data-pair="s1-p2"]');
    await row.hover();
    await row.locator('button.copy-link').click();
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect([...copied.searchParams.keys()]).toEqual(['doc', 'v']);
    expect(copied.hash).toBe('#s1-p2');
    // The citation's URL is the same canonical link.
    await row.locator('button.copy-citation').click();
    // The citation is made after the style processor loads: wait for it to replace the link.
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .not.toBe(copied.href);
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    expect(citation).toContain(copied.href);
    expect(citation).not.toMatch(/layout=|left=|q=|lng=/);
    await page.context().close();
  });

  it('copies a segment link that opens that segment', async () => {
    const { page } = await site.newPage();
    await page.goto(`${site.url}${DOC}#s1-p2`);
    const row = page.locator('dz-reader [data-pair="s1-p2"]');
    await row.hover();
    await row.locator('button.copy-link').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/#s1-p2$/);
    await row.locator('button.copy-citation').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe(copied);
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    expect(citation).toContain('1952');
    expect(citation).toContain('segment 12');
    expect(citation).toContain('Luo, Ruiqing');

    const { page: other } = await site.newPage();
    await other.goto(copied);
    await expect
      .poll(() => other.locator('dz-reader [data-pair="s1-p2"]').getAttribute('linked'))
      .toBe('');
    await page.context().close();
    await other.context().close();
  });

  it('switches the interface language, keeps it in the URL and storage, and leaves document text alone', async () => {
    const { page } = await site.newPage();
    await page.goto(`${site.url}${DOC}`);
    await page.locator('dz-reader [data-layout="side"]').waitFor();
    expect(await page.locator('dz-reader [data-layout="side"]').innerText()).toBe('Side by side');
    await page.locator('dz-app select#lng').selectOption('zh-Hans');
    await expect
      .poll(() => page.locator('dz-reader [data-layout="side"]').innerText())
      .toBe('左右对照');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    expect(new URL(page.url()).searchParams.get('lng')).toBe('zh-Hans');
    expect(
      await page.locator('dz-reader [data-segment-id="cc-title"]').nth(1).getAttribute('lang'),
    ).toBe('en');
    await page.reload();
    await expect
      .poll(() => page.locator('dz-reader [data-layout="side"]').innerText())
      .toBe('左右对照');
    await page.context().close();
  });

  it('keeps the search, layout, side order and permalink when the interface language changes', async () => {
    const { page } = await site.newPage();
    const q = encodeURIComponent('管制');
    await page.goto(`${site.url}${DOC}&q=${q}&layout=stacked&left=en#s1-control`);
    await page.locator('dz-reader [data-pair="s1-control"] mark').first().waitFor();
    await page.locator('dz-app select#lng').selectOption('zh-Hans');
    await expect.poll(() => new URL(page.url()).searchParams.get('lng')).toBe('zh-Hans');
    const url = new URL(page.url());
    expect(url.searchParams.get('doc')).toBe('luo-ruiqing-1952-anti-narcotics');
    expect(url.searchParams.get('q')).toBe('管制');
    expect(url.searchParams.get('layout')).toBe('stacked');
    expect(url.searchParams.get('left')).toBe('en');
    expect(url.hash).toBe('#s1-control');

    // The reader's own writes keep the language and the search in turn.
    await page.locator('dz-reader [data-layout="side"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('layout')).toBe('side');
    const after = new URL(page.url());
    expect(after.searchParams.get('lng')).toBe('zh-Hans');
    expect(after.searchParams.get('q')).toBe('管制');
    expect(after.hash).toBe('#s1-control');
    await page.context().close();
  });

  it('keeps the layout and side order in the URL and across a reload, and stacks on narrow screens', async () => {
    const { page } = await site.newPage();
    await page.goto(`${site.url}${DOC}`);
    await page.locator('dz-reader [data-layout="stacked"]').click();
    await page.locator('dz-reader button.swap').click();
    const url = new URL(page.url());
    expect(url.searchParams.get('layout')).toBe('stacked');
    expect(url.searchParams.get('left')).toBe('en');
    await page.reload();
    await expect.poll(() => page.locator('dz-reader').getAttribute('layout')).toBe('stacked');
    await page.context().close();

    const { page: phone } = await site.newPage({ width: 390, height: 800 });
    await phone.goto(`${site.url}${DOC}`);
    await expect.poll(() => phone.locator('dz-reader').getAttribute('layout')).toBe('stacked');
    await phone.context().close();
  });

  it('works embedded in a plain page, given only a document URL', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(`${site.url}embed.html#s1-p2`);
    const zh = page.locator('dz-reader [data-segment-id="s1-p2"][lang="zh-Hans"]');
    await zh.waitFor();
    // The reader may still be settling the permalink's scroll on a busy machine, which can move
    // the figure from under a pointer that stays still: point at it again on each try.
    const marked = page.locator(
      'dz-reader [data-segment-id="s1-p2"][lang="en"] [data-figure][active]',
    );
    await expect
      .poll(
        async () => {
          await zh.locator('[data-figure="n369705"]').hover({ timeout: 10_000 });
          return marked.textContent({ timeout: 2_000 }).catch(() => null);
        },
        { timeout: 30_000 },
      )
      .toBe('369,705');
    // An embedded reader leaves the page's own query alone.
    await page.locator('dz-reader [data-layout="stacked"]').click();
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('on a touch screen, a tap marks the counterpart and it stays marked', async () => {
    const context = await site.browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await page.goto(`${site.url}${DOC}&layout=single#s1-p2`);
    const en = page.locator('dz-reader [data-segment-id="s1-p2"][lang="zh-Hans"]');
    await en.waitFor();
    // One language: the English appears under the pair once it is tapped.
    expect(await page.locator('dz-reader [data-segment-id="s1-p2"][lang="en"]').count()).toBe(0);
    await en.locator('[data-sentence="1"]').tap();
    const english = page.locator('dz-reader [data-segment-id="s1-p2"][lang="en"]');
    await expect.poll(() => english.count()).toBe(1);
    await page.waitForTimeout(300);
    expect(await english.locator('[data-sentence][active]').textContent()).toContain('82,056');
    await context.close();
  });

  it('prints both columns of every pair', async () => {
    const { page } = await site.newPage();
    await page.goto(`${site.url}${DOC}`);
    await page.locator('dz-reader [data-segment-id="cc-title"]').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect.poll(() => page.locator('dz-reader [data-pair]').count()).toBe(66);
    const last = page.locator('dz-reader [data-segment-id="rep-date"]');
    expect(await last.count()).toBe(2);
    // Both columns side by side on paper, without the controls.
    expect(await page.locator('dz-reader .toolbar').isVisible()).toBe(false);
    const [zh, en] = await Promise.all(
      ['zh-Hans', 'en'].map((lang) =>
        page.locator(`dz-reader [data-segment-id="s1-p2"][lang="${lang}"]`).boundingBox(),
      ),
    );
    expect(zh!.x + zh!.width).toBeLessThanOrEqual(en!.x);
    await page.context().close();
  });
});
