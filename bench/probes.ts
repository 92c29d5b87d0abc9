/**
 * Measurements inside a page showing a document in the reader: hover latency as a person sees it,
 * search through the search box, long frames while scrolling end to end.
 */
import type { Page } from 'playwright-core';

/**
 * Real pointer moves over pairs, sentences and figures on screen; each latency runs from the
 * pointer event's own timestamp to the first frame after the counterpart is marked. p95 per level.
 */
export async function hoverP95(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const levels: Record<string, string> = {
    pair: '[data-side="0"]',
    sentence: '[data-side="0"] [data-sentence]',
    figure: '[data-side="0"] [data-figure]',
  };
  for (const [level, selector] of Object.entries(levels)) {
    const boxes = await page.evaluate((sel) => {
      const r = document
        .querySelector('dz-app')
        ?.shadowRoot?.querySelector('dz-reader')?.shadowRoot;
      if (r == null) throw new Error('no reader');
      return [...r.querySelectorAll(sel)]
        .map((e) => e.getBoundingClientRect())
        .filter((b) => b.top > 80 && b.bottom < innerHeight)
        .slice(0, 12)
        .map((b) => ({ x: b.left + Math.min(8, b.width / 2), y: b.top + b.height / 2 }));
    }, selector);
    const times: number[] = [];
    for (const b of boxes) {
      await page.mouse.move(5, 5);
      const pending = page.evaluate(() => {
        const r = document
          .querySelector('dz-app')
          ?.shadowRoot?.querySelector('dz-reader')?.shadowRoot;
        if (r == null) throw new Error('no reader');
        return new Promise<number>((resolve) => {
          // A move that marks nothing (the pointer landed between sides) is left out, not awaited.
          setTimeout(() => {
            resolve(NaN);
          }, 3000);
          let start = 0;
          document.addEventListener('pointerover', (e) => (start = e.timeStamp), {
            capture: true,
            once: true,
          });
          const obs = new MutationObserver(() => {
            if (start === 0 || r.querySelector('[data-side="1"][active]') === null) return;
            obs.disconnect();
            requestAnimationFrame(() => {
              resolve(performance.now() - start);
            });
          });
          obs.observe(r, { attributes: true, subtree: true, attributeFilter: ['active'] });
        });
      });
      await page.waitForTimeout(50);
      await page.mouse.move(b.x, b.y, { steps: 2 });
      times.push(await pending);
    }
    const marked = times.filter(Number.isFinite).sort((a, c) => a - c);
    out[level] = marked[Math.min(marked.length - 1, Math.floor(marked.length * 0.95))] ?? NaN;
  }
  return out;
}

/** Type a word in the reader's search box and time until the results line shows. */
export async function searchTime(page: Page, word: string): Promise<number> {
  const box = page.locator('dz-reader input[type="search"]');
  await box.fill('');
  const t0 = await page.evaluate(() => performance.now());
  await box.fill(word);
  await box.press('Enter');
  await page.locator('dz-reader .results').first().waitFor();
  await page.locator('dz-reader mark').first().waitFor();
  return (await page.evaluate(() => performance.now())) - t0;
}

/** Scroll from top to bottom in 300 frame-sized steps; count frames longer than 50 ms. */
export async function longFramesScrolling(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let last = performance.now();
        let long = 0;
        let step = 0;
        const tick = (now: number): void => {
          if (now - last > 50) long++;
          last = now;
          step++;
          const total = document.documentElement.scrollHeight - innerHeight;
          window.scrollTo(0, (total * step) / 300);
          if (step < 300) requestAnimationFrame(tick);
          else resolve(long);
        };
        requestAnimationFrame(tick);
      }),
  );
}
