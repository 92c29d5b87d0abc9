import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { initI18n, setLanguage } from '../../../i18n/i18n.ts';
import '../dz-reader.ts';
import type { DzReader } from '../dz-reader.ts';
import { until } from '../../test-until.ts';

const REPORT = '/texts/luo-ruiqing-1952-anti-narcotics.json';
const start = window.location.href;

beforeAll(async () => {
  await page.viewport(1280, 900);
  await initI18n();
});

afterEach(async () => {
  document.body.replaceChildren();
  history.replaceState(null, '', start);
  await setLanguage('en');
});

async function mountReport(query = '?doc=luo-ruiqing-1952-anti-narcotics'): Promise<DzReader> {
  const url = new URL(start);
  url.search = query;
  history.replaceState(null, '', url);
  const reader = document.createElement('dz-reader');
  reader.urlState = true;
  reader.src = REPORT;
  document.body.append(reader);
  await until(() => reader.shadowRoot?.querySelector('[data-segment-id]'), 'the report');
  return reader;
}

function meta(name: string): string[] {
  return [...document.head.querySelectorAll<HTMLMetaElement>(`meta[name="${name}"]`)].map(
    (m) => m.content,
  );
}

describe('the page names the document it shows', () => {
  it('titles the page and writes Highwire citation tags, in the interface language', async () => {
    const before = document.title;
    const reader = await mountReport();
    await expect.poll(() => document.title).toMatch(/^The Central Committee .* Forwards Luo/);
    expect(meta('citation_title')).toEqual([document.title]);
    expect(meta('citation_author')).toEqual(['Luo, Ruiqing']);
    expect(meta('citation_date')).toEqual(['1952/12/18']);
    expect(meta('citation_publication_date')).toEqual(['2026/12/03']);
    expect(meta('citation_publisher')).toEqual(['duizhao']);
    expect(meta('citation_language')).toEqual(['en']);
    expect(meta('citation_edition')[0]).toContain("duizhao's Chinese rendering");
    const url = new URL(meta('citation_public_url')[0] ?? '');
    expect([...url.searchParams.entries()]).toEqual([
      ['doc', 'luo-ruiqing-1952-anti-narcotics'],
      ['v', '2'],
    ]);

    // Switching the interface language replaces the tags; nothing is written twice.
    await setLanguage('zh-Hans');
    reader.requestUpdate();
    await expect.poll(() => meta('citation_author')).toEqual(['罗瑞卿']);
    expect(document.title).toBe('中共中央批转罗瑞卿关于全国禁毒运动的总结报告');
    expect(meta('citation_title')).toEqual([document.title]);
    expect(meta('citation_edition')[0]).toContain('本版中文译写本');
    expect(meta('citation_language')).toEqual(['zh-Hans']);

    // The reader gone, the page is as it was.
    reader.remove();
    expect(meta('citation_title')).toEqual([]);
    expect(document.title).toBe(before);
  });

  it('an embedded reader (no url-state) leaves the host page’s title and tags alone', async () => {
    const before = document.title;
    const reader = document.createElement('dz-reader');
    reader.src = REPORT;
    document.body.append(reader);
    await until(() => reader.shadowRoot?.querySelector('[data-segment-id]'), 'the report');
    expect(document.title).toBe(before);
    expect(meta('citation_title')).toEqual([]);
  });
});

describe('a link to an older version', () => {
  it('says the text has changed since, and what changed', async () => {
    const reader = await mountReport('?doc=luo-ruiqing-1952-anti-narcotics&v=1');
    const notice = await until(
      () => reader.shadowRoot?.querySelector<HTMLElement>('.notice'),
      'the version notice',
    );
    expect(notice.textContent).toContain('made for version 1');
    expect(notice.textContent).toContain('Version 2 (2026-12-03)');
    expect(notice.textContent).toContain('不逼不供');
  });

  it('says nothing for a link to the version shown', async () => {
    const reader = await mountReport('?doc=luo-ruiqing-1952-anti-narcotics&v=2');
    await reader.updateComplete;
    expect(reader.shadowRoot?.querySelector('.notice')).toBeNull();
  });
});
