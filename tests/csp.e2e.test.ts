/**
 * The built pages under their Content-Security-Policy (no inline script, no inline style): each
 * page loads and works with no `securitypolicyviolation`, and the policy is really in force.
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

declare global {
  interface Window {
    cspViolations: string[];
  }
}

/** A fresh page that records every CSP violation from its first script on. */
async function watched(): Promise<{ page: Page; errors: string[] }> {
  const opened = await site.newPage();
  await opened.page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return opened;
}

function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.cspViolations);
}

async function policy(page: Page): Promise<string> {
  return (
    (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? ''
  );
}

describe('the Content-Security-Policy', () => {
  it('is strict and in force: no inline script or style, an injected style refused', async () => {
    const { page } = await watched();
    await page.goto(site.url);
    const csp = await policy(page);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    // The policy bites: an injected inline style is refused and reported.
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { color: red }';
      document.head.append(style);
    });
    await expect.poll(() => violations(page)).toContainEqual(expect.stringContaining('style-src'));
  });

  it('lets the library and the reader load and work without a violation', async () => {
    const { page, errors } = await watched();
    await page.goto(site.url);
    await expect.poll(() => page.locator('dz-library a').count()).toBeGreaterThan(0);
    await page.goto(`${site.url}?doc=luo-ruiqing-1952-anti-narcotics&q=369`);
    await expect.poll(() => page.locator('dz-reader mark').count()).toBeGreaterThan(0);
    await page.locator('dz-reader [data-segment-id]').first().hover();
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('lets the Import page align two texts in its worker without a violation', async () => {
    const { page, errors } = await watched();
    await page.goto(`${site.url}?view=import&lng=en`);
    await page.locator('dz-align-editor #text-0').fill('第一段。\n\n第二段有369705人。');
    await page.locator('dz-align-editor #text-1').fill('First.\n\nThe second has 369,705.');
    await page.getByRole('button', { name: 'Align', exact: true }).click();
    await expect.poll(() => page.locator('dz-align-editor .pair').count()).toBe(2);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('lets the embedding page show the reader without a violation', async () => {
    const { page, errors } = await watched();
    await page.goto(`${site.url}embed.html`);
    await expect.poll(() => page.locator('dz-reader [data-segment-id]').count()).toBeGreaterThan(0);
    expect(await policy(page)).toContain("style-src 'self'");
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
