/**
 * Measurements inside a page showing a document in the reader: hover latency as a person sees it,
 * search through the search box, long frames while scrolling end to end.
 */
import type { Page } from 'playwright-core';

/** What a pointer move marks at each level: where it lands, and the counterpart it must mark. */
const LEVELS: Record<string, { target: string; counterpart: string }> = {
  pair: { target: '[data-side="0"]', counterpart: '[data-side="1"][active]' },
  sentence: {
    target: '[data-side="0"] [data-sentence]',
    counterpart: '[data-side="1"] [data-sentence][active]',
  },
  figure: {
    target: '[data-side="0"] [data-figure]',
    counterpart: '[data-side="1"] [data-figure][active]',
  },
};

/** How many pointer moves each level gets in one page. */
const MOVES = 20;

/** Wait until the page has not scrolled for 30 frames (a permalink's hold has let go). */
export async function scrollSettled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let y = scrollY;
        let still = 0;
        const tick = (): void => {
          still = scrollY === y ? still + 1 : 0;
          y = scrollY;
          if (still >= 30) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** Points on the first line of each element matching `sel` wholly below the toolbar. */
function targets(page: Page, sel: string, max: number): Promise<{ x: number; y: number }[]> {
  return page.evaluate(
    ({ sel, max }) => {
      const r = document
        .querySelector('dz-app')
        ?.shadowRoot?.querySelector('dz-reader')?.shadowRoot;
      if (r == null) throw new Error('no reader');
      const toolbar = r.querySelector('.toolbar')?.getBoundingClientRect().bottom ?? 0;
      return [...r.querySelectorAll(sel)]
        .flatMap((e) => [...e.getClientRects()].slice(0, 1))
        .filter((b) => b.top > toolbar + 4 && b.bottom < innerHeight - 4)
        .slice(0, max)
        .map((b) => ({ x: b.left + Math.min(6, b.width / 2), y: b.top + b.height / 2 }));
    },
    { sel, max },
  );
}

/**
 * One move from the toolbar to `to`: milliseconds from the pointerover's own timestamp to the
 * first frame after an element matching `marked` carries `active`, or NaN when none does.
 */
async function hoverOnce(
  page: Page,
  to: { x: number; y: number },
  marked: string,
): Promise<number> {
  await page.mouse.move(5, 5);
  const pending = page.evaluate((marked) => {
    const r = document.querySelector('dz-app')?.shadowRoot?.querySelector('dz-reader')?.shadowRoot;
    if (r == null) throw new Error('no reader');
    return new Promise<number>((resolve) => {
      let start = 0;
      const obs = new MutationObserver(() => {
        if (start === 0 || r.querySelector(marked) === null) return;
        obs.disconnect();
        requestAnimationFrame(() => {
          resolve(performance.now() - start);
        });
      });
      // A move that marks nothing (an unaligned sentence) is left out, not awaited.
      setTimeout(() => {
        obs.disconnect();
        resolve(NaN);
      }, 2000);
      // On the reader's own shadow root: a pointerover inside one shadow tree never reaches the
      // document (its target and related target retarget to the same host).
      r.addEventListener('pointerover', (e) => (start = e.timeStamp), {
        capture: true,
        once: true,
      });
      obs.observe(r, { attributes: true, subtree: true, attributeFilter: ['active'] });
    });
  }, marked);
  // Evaluations run in order: once this frame has passed, the listeners above are in place.
  await page.evaluate(() => new Promise(requestAnimationFrame));
  await page.mouse.move(to.x, to.y);
  return pending;
}

/**
 * Real pointer moves over pairs, sentences and figures on screen; each latency runs from the
 * pointer event's own timestamp to the first frame after the counterpart is marked. p95 per level.
 * The pointer starts each move from the toolbar, so every move marks a pair anew.
 */
export async function hoverP95(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  await scrollSettled(page);
  for (const [level, { target, counterpart }] of Object.entries(LEVELS)) {
    const times: number[] = [];
    // A screen holds only a few whole pairs: take what it shows, then go a screen further.
    for (let screen = 0; screen < 4 && times.filter(Number.isFinite).length < MOVES; screen++) {
      if (screen > 0) {
        await page.mouse.wheel(0, 600);
        await scrollSettled(page);
      }
      for (const b of await targets(page, target, MOVES - times.length))
        times.push(await hoverOnce(page, b, counterpart));
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
