import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { initI18n, setLanguage } from '../../../i18n/i18n.ts';
import { until } from '../../test-until.ts';
import '../dz-reader.ts';
import type { DzReader } from '../dz-reader.ts';

const REPORT = '/texts/luo-ruiqing-1952-anti-narcotics.json';

beforeAll(async () => {
  await page.viewport(1280, 900);
  await initI18n();
});

afterEach(async () => {
  document.body.replaceChildren();
  localStorage.clear();
  await setLanguage('en');
});

async function openAbout(): Promise<HTMLElement> {
  const reader: DzReader = document.createElement('dz-reader');
  reader.src = REPORT;
  document.body.append(reader);
  const about = await until(
    () => reader.shadowRoot?.querySelector<HTMLElement>('details.provenance'),
    'About this edition',
  );
  await userEvent.click(about.querySelector('summary')!);
  return about;
}

/** Each side's heading and its rows as "label: value". */
function rows(about: HTMLElement): { heading: string; rows: string[] }[] {
  return [...about.querySelectorAll('.edition-side')].map((s) => ({
    heading: s.querySelector('h3')?.textContent.trim() ?? '',
    rows: [...s.querySelectorAll('dt')].map(
      (dt) => `${dt.textContent.trim()}: ${dt.nextElementSibling?.textContent.trim() ?? ''}`,
    ),
  }));
}

describe('About this edition', () => {
  it('labels every row and names each language, in English', async () => {
    const about = await openAbout();
    const sides = rows(about);
    expect(sides.map((s) => s.heading)).toEqual(['Simplified Chinese', 'English']);
    expect(sides[0]!.rows.map((r) => r.split(':')[0])).toEqual([
      'By',
      'Role',
      'Source',
      'Edition',
      'Licence',
    ]);
    expect(sides[0]!.rows).toContain('By: duizhao editors');
    expect(sides[1]!.rows).toContain('Role: translator');
    // No raw tag stands in for a language.
    expect(about.textContent).not.toMatch(/\bzh-Hans\b/);
    expect(about.getBoundingClientRect().height).toBeGreaterThan(100);
  });

  it('gives each value the language it is written in, Chinese inside English included', async () => {
    const about = await openAbout();
    const source = [...about.querySelectorAll('.edition-side[data-lang="zh-Hans"] dd')].find((dd) =>
      dd.textContent.includes('archival'),
    )!;
    expect(source.getAttribute('lang')).toBe('en');
    const title = source.querySelector('[lang="zh-Hans"]');
    expect(title?.textContent).toBe('《中共中央批转罗瑞卿关于全国禁毒运动的总结报告》');
    // The role is interface text, in the interface language: no lang of the document's.
    const role = [...about.querySelectorAll('dt')].find((dt) => dt.textContent === 'Role');
    expect(role?.nextElementSibling?.hasAttribute('lang')).toBe(false);
  });

  it('follows the interface language: Chinese labels and language names', async () => {
    const about = await openAbout();
    await setLanguage('zh-Hans');
    await expect.poll(() => rows(about).map((s) => s.heading)).toEqual(['简体中文', '英语']);
    const zh = rows(about)[0]!.rows;
    expect(zh.map((r) => r.split(':')[0])).toEqual(['作者或译者', '身份', '来源', '版本', '许可']);
    expect(zh).toContain('身份: 译者');
    expect(about.querySelector('summary')?.textContent).toBe('版本说明');
  });
});
