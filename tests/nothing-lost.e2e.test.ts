/**
 * Nothing lost in the browser: text typed on the Import page outlives a reload or a crash straight
 * after typing; corrupt records in the browser's storage are reported and set aside, never a page
 * stuck on "Restoring your work…" or "Loading the text…"; a stored document is not replaced
 * without asking.
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

const ZH = '禁毒运动总结\n\n全国共破获毒品案件369705起。';
const EN = 'Summary of the Anti-Narcotics Campaign\n\nNationwide, 369,705 drug cases were cracked.';

/** Put records straight into the app's database (after a visit has created it). */
async function putRecords(page: Page, records: [string, string, unknown][]): Promise<void> {
  await page.evaluate(async (rs) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('duizhao', 1);
      open.onsuccess = () => {
        resolve(open.result);
      };
      open.onerror = () => {
        reject(new Error('open failed'));
      };
    });
    const tx = db.transaction(['documents', 'summaries', 'drafts'], 'readwrite');
    for (const [store, key, value] of rs) tx.objectStore(store).put(value, key);
    await new Promise((resolve) => {
      tx.oncomplete = resolve;
    });
    db.close();
  }, records);
}

/** A visit that creates the database, so records can be put in it. */
async function visitLibrary(page: Page): Promise<void> {
  await page.goto(`${site.url}?lng=en`);
  await expect.poll(() => page.locator('dz-library a').count()).toBeGreaterThan(0);
}

function text(page: Page, side: 0 | 1): Promise<string> {
  return page.locator(`dz-align-editor #text-${String(side)}`).inputValue();
}

/** How many elements (shadow roots included) show this text. */
function shown(page: Page, words: string): Promise<number> {
  return page.getByText(words, { exact: false }).count();
}

describe('text typed on the Import page', () => {
  it('survives a reload straight after typing', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(`${site.url}?view=import&lng=en`);
    await page.locator('dz-align-editor #text-0').fill(ZH);
    await page.locator('dz-align-editor #text-1').fill(EN);
    await page.reload();
    await expect.poll(() => text(page, 0)).toBe(ZH);
    await expect.poll(() => text(page, 1)).toBe(EN);
    expect(errors).toEqual([]);
  });

  it('is in the tab session storage the moment it is typed, which a crashed tab keeps', async () => {
    // Playwright cannot reload a crashed page, so this checks what makes a crash harmless: the
    // text is stored synchronously by the input itself, with no pause and no promise.
    const { page } = await site.newPage();
    await page.goto(`${site.url}?view=import&lng=en`);
    await page.locator('dz-align-editor #text-0').fill(ZH);
    await page.locator('dz-align-editor #text-1').fill(EN);
    const kept = await page.evaluate(() => sessionStorage.getItem('duizhao:typed:current'));
    expect(JSON.parse(kept ?? 'null')).toEqual([ZH, EN]);
  });
});

describe('corrupt browser storage', () => {
  it('is reported and set aside by the library, the reader and the Import page', async () => {
    const { page } = await site.newPage();
    await visitLibrary(page);
    await putRecords(page, [
      ['summaries', 'gone', null],
      ['summaries', 'odd', { id: 7, title: 'x' }],
      ['documents', 'bad', { id: 'bad', segments: 'garbage' }],
      ['drafts', 'current:text', [{ lang: 'zh-Hans', paragraphs: [], sentences: [] }, 'garbage']],
      ['drafts', 'current:work', { state: { pairs: 'garbage' }, history: null, active: 0 }],
    ]);
    await page.reload();
    await expect
      .poll(() => shown(page, '2 documents kept in this browser could not be read'))
      .toBeGreaterThan(0);
    // Still the library, with its own texts.
    await expect.poll(() => page.locator('dz-library a').count()).toBeGreaterThan(0);

    await page.goto(`${site.url}?doc=local:bad&lng=en`);
    await expect.poll(() => page.locator('dz-reader [role="alert"]').count()).toBe(1);
    expect(await shown(page, 'Loading the text')).toBe(0);

    await page.goto(`${site.url}?view=import&lng=en`);
    await expect.poll(() => shown(page, 'Your saved work could not be read')).toBeGreaterThan(0);
    await expect.poll(() => page.locator('dz-align-editor #text-0').count()).toBe(1);
    // Set aside, not deleted: the record is kept under another key, and not read again.
    const keys = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const open = indexedDB.open('duizhao', 1);
        open.onsuccess = () => {
          resolve(open.result);
        };
      });
      const req = db.transaction('drafts').objectStore('drafts').getAllKeys();
      return new Promise<string[]>((resolve) => {
        req.onsuccess = () => {
          resolve(req.result.map(String));
        };
      });
    });
    expect(keys).toContain('current:set-aside:work');
    expect(keys).not.toContain('current:work');
    await page.reload();
    await expect.poll(() => page.locator('dz-align-editor #text-0').count()).toBe(1);
    expect(await shown(page, 'could not be read')).toBe(0);
  });

  it('says so when the database was made by a newer version, and every page still works', async () => {
    const { page } = await site.newPage();
    await page.goto(`${site.url}favicon.svg`);
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('duizhao', 99);
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
        }),
    );
    await page.goto(`${site.url}?lng=en`);
    await expect
      .poll(() => shown(page, 'The documents kept in this browser cannot be listed'))
      .toBeGreaterThan(0);
    await expect.poll(() => page.locator('dz-library a').count()).toBeGreaterThan(0);
    await page.goto(`${site.url}?doc=local:anything&lng=en`);
    await expect.poll(() => page.locator('dz-reader [role="alert"]').count()).toBe(1);
    expect(await shown(page, 'Loading the text')).toBe(0);
    await page.goto(`${site.url}?view=import&lng=en`);
    await expect.poll(() => page.locator('dz-align-editor #text-0').count()).toBe(1);
    expect(await shown(page, 'Restoring your work')).toBe(0);
  });
});

describe('a document whose id is already stored', () => {
  async function alignAndOpen(page: Page): Promise<void> {
    await page.goto(`${site.url}?view=import&lng=en`);
    await page.locator('dz-align-editor #text-0').fill(ZH);
    await page.locator('dz-align-editor #text-1').fill(EN);
    await page.getByRole('button', { name: 'Align', exact: true }).click();
    await expect.poll(() => page.locator('dz-align-editor .pair').count()).toBe(2);
    await page.getByRole('button', { name: 'Open in the reader' }).click();
  }

  const earlier = {
    id: 'summary-of-the-anti-narcotics-campaign',
    languages: ['zh-Hans', 'en'],
    title: { 'zh-Hans': '早先的', en: 'Earlier work' },
    date: '2026-01-01',
    provenance: {
      'zh-Hans': { by: 'A', role: 'author', source: 'here', licence: 'CC0' },
      en: { by: 'B', role: 'translator', source: 'here', licence: 'CC0' },
    },
    segments: [{ id: 's1', kind: 'paragraph', text: { 'zh-Hans': '早先。', en: 'Earlier.' } }],
  };

  it('is not replaced unless the person says so', async () => {
    const { page } = await site.newPage();
    await visitLibrary(page);
    await putRecords(page, [['documents', earlier.id, earlier]]);
    const asked: string[] = [];
    page.once('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await alignAndOpen(page);
    await expect.poll(() => shown(page, 'Nothing was replaced')).toBeGreaterThan(0);
    expect(asked[0]).toContain(earlier.id);
    expect(page.url()).toContain('view=import');
    const kept = await page.evaluate(async (id) => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const open = indexedDB.open('duizhao', 1);
        open.onsuccess = () => {
          resolve(open.result);
        };
      });
      const req = db.transaction('documents').objectStore('documents').get(id);
      return new Promise<unknown>((resolve) => {
        req.onsuccess = () => {
          resolve(req.result);
        };
      });
    }, earlier.id);
    expect(kept).toEqual(earlier);

    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Open in the reader' }).click();
    await page.waitForURL(/doc=local/);
    await expect
      .poll(() => page.locator('dz-reader').getByText('369,705', { exact: false }).count())
      .toBeGreaterThan(0);
  });
});
