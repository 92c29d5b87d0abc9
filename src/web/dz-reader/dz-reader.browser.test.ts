import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { initI18n } from '../../i18n/i18n.ts';
import type { ParallelText } from '../../model/types.ts';
import './dz-reader.ts';
import type { DzReader } from './dz-reader.ts';
import { until } from '../test-until.ts';

const REPORT = '/texts/luo-ruiqing-1952-anti-narcotics.json';

beforeAll(async () => {
  await page.viewport(1280, 900);
  await initI18n();
});

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

async function mount(props: { src?: string; text?: unknown }): Promise<DzReader> {
  const reader = document.createElement('dz-reader');
  if (props.src !== undefined) reader.src = props.src;
  if (props.text !== undefined) reader.text = props.text;
  document.body.append(reader);
  await reader.updateComplete;
  return reader;
}

function root(reader: DzReader): ShadowRoot {
  if (reader.shadowRoot === null) throw new Error('no shadow root');
  return reader.shadowRoot;
}

function side(reader: DzReader, id: string, lang: string): HTMLElement {
  const el = root(reader).querySelector<HTMLElement>(`[data-segment-id="${id}"][lang="${lang}"]`);
  if (el === null) throw new Error(`no ${lang} side of ${id}`);
  return el;
}

/** The report, scrolled to a segment (only what is on screen is rendered). */
async function mountReport(at = 's1-p2'): Promise<DzReader> {
  const reader = await mount({ src: REPORT });
  await until(() => root(reader).querySelector('[data-segment-id]'), 'the report to render');
  await reader.goTo(at);
  await until(() => root(reader).querySelector(`[data-segment-id="${at}"]`), `segment ${at}`);
  return reader;
}

function activeIn(el: ParentNode, selector: string): string[] {
  return [...el.querySelectorAll<HTMLElement>(`${selector}[active]`)].map((e) =>
    e.textContent.trim(),
  );
}

/** A two-segment document built by each test that needs one. */
function tinyDoc(overrides: Partial<ParallelText> = {}): ParallelText {
  return {
    id: 'tiny',
    languages: ['zh-Hans', 'en'],
    title: { 'zh-Hans': '小样', en: 'Sample' },
    date: '2026-11-28',
    provenance: {
      'zh-Hans': { by: 'A', role: 'author', source: 'here', licence: 'CC0' },
      en: { by: 'B', role: 'translator', source: 'here', licence: 'CC0' },
    },
    segments: [
      {
        id: 'a',
        kind: 'paragraph',
        text: {
          'zh-Hans': '第一句话。第二句话有三十六万九千七百零五人。',
          en: 'The first sentence. The second has 369,705 people.',
        },
      },
      { id: 'b', kind: 'paragraph', text: { 'zh-Hans': '只有中文。', en: '' } },
    ],
    ...overrides,
  };
}

describe('dz-reader on the 1952 report', () => {
  it('shows every rendered side with its lang and segment id, Chinese beside English', async () => {
    const reader = await mountReport();
    const zh = side(reader, 's1-p2', 'zh-Hans');
    const en = side(reader, 's1-p2', 'en');
    expect(zh.textContent).toContain('三十六万九千七百零五');
    expect(en.textContent).toContain('369,705 individuals');
    // Side by side: the two sides share a row, Chinese on the left.
    const zr = zh.getBoundingClientRect();
    const er = en.getBoundingClientRect();
    expect(Math.abs(zr.top - er.top)).toBeLessThan(2);
    expect(zr.right).toBeLessThanOrEqual(er.left);
    expect(zh.querySelectorAll('[data-sentence]').length).toBeGreaterThan(1);
  });

  it('hovering any part of a side marks both sides of the pair', async () => {
    const reader = await mountReport('s1-p1');
    await userEvent.hover(side(reader, 's1-p1', 'en'));
    expect(side(reader, 's1-p1', 'zh-Hans').hasAttribute('active')).toBe(true);
    expect(side(reader, 's1-p1', 'en').hasAttribute('active')).toBe(true);
    expect(side(reader, 's1-p2', 'en').hasAttribute('active')).toBe(false);
  });

  it('hovering a Chinese sentence marks its English counterpart', async () => {
    const reader = await mountReport();
    const zh = side(reader, 's1-p2', 'zh-Hans');
    const second = zh.querySelector<HTMLElement>('[data-sentence="1"]');
    expect(second?.textContent).toContain('八万二千零五十六');
    await userEvent.hover(second!);
    const english = activeIn(side(reader, 's1-p2', 'en'), '[data-sentence]');
    expect(english).toEqual(['Of these, 82,056 were arrested (22% of the total).']);
    expect(activeIn(zh, '[data-sentence]')).toHaveLength(1);
  });

  it('hovering a figure marks the same figure on the other side, Chinese numerals included', async () => {
    const reader = await mountReport();
    const zhFigure = side(reader, 's1-p2', 'zh-Hans').querySelector<HTMLElement>(
      '[data-figure="n369705"]',
    );
    expect(zhFigure?.textContent).toBe('三十六万九千七百零五');
    await userEvent.hover(zhFigure!);
    expect(activeIn(side(reader, 's1-p2', 'en'), '[data-figure]')).toEqual(['369,705']);

    const percent = side(reader, 's1-p2', 'en').querySelector<HTMLElement>('[data-figure="p22"]');
    await userEvent.hover(percent!);
    expect(activeIn(side(reader, 's1-p2', 'zh-Hans'), '[data-figure]')).toEqual(['百分之二十二']);
  });

  it('hovering a glossary term marks its rendering, with the note as its title', async () => {
    const reader = await mountReport('s1-control');
    const term = side(reader, 's1-control', 'zh-Hans').querySelector<HTMLElement>(
      '[data-term="guanzhi"]',
    );
    expect(term?.textContent).toBe('管制');
    expect(term?.title).not.toBe('');
    await userEvent.hover(term!);
    expect(activeIn(side(reader, 's1-control', 'en'), '[data-term]')).toContain(
      'placed under control',
    );
    // The note also shows in the row, for keyboard and touch, where a tooltip does not.
    const shownNote = root(reader).querySelector('[data-pair="s1-control"] .term-note');
    expect(shownNote?.textContent).toContain(term!.title);
    expect(shownNote?.querySelector('[lang="zh-Hans"]')?.textContent).toBe('管制');
  });

  it('keyboard focus does what hover does, and Enter jumps to the counterpart', async () => {
    const reader = await mountReport();
    const zh = side(reader, 's1-p2', 'zh-Hans');
    zh.focus();
    await reader.updateComplete;
    expect(side(reader, 's1-p2', 'en').hasAttribute('active')).toBe(true);

    await userEvent.keyboard('{ArrowRight}');
    await reader.updateComplete;
    const first = root(reader).activeElement as HTMLElement;
    expect(first.dataset.sentence).toBe('0');
    expect(activeIn(side(reader, 's1-p2', 'en'), '[data-sentence]')[0]).toContain(
      '369,705 individuals',
    );

    await userEvent.keyboard('{ArrowRight}');
    await reader.updateComplete;
    // The next stop inside the first sentence is a figure or term; its counterpart is marked.
    const stop = root(reader).activeElement as HTMLElement;
    expect(stop.dataset.key).toBeDefined();
    await userEvent.keyboard('{Enter}');
    const there = root(reader).activeElement as HTMLElement;
    expect(there.closest('[data-segment-id]')?.getAttribute('lang')).toBe('en');
    expect(there.dataset.key).toBe(stop.dataset.key);

    await userEvent.keyboard('{Escape}');
    await userEvent.keyboard('{ArrowDown}');
    await reader.updateComplete;
    const next = root(reader).activeElement as HTMLElement;
    expect(next.dataset.segmentId).toBe('s1-sentenced');
    expect(next.getAttribute('lang')).toBe('en');
    expect(side(reader, 's1-sentenced', 'zh-Hans').hasAttribute('active')).toBe(true);
  });

  it('switches to stacked and one-language layouts and swaps the sides', async () => {
    const reader = await mountReport();
    const button = (name: string): HTMLElement =>
      root(reader).querySelector<HTMLElement>(`[data-layout="${name}"]`)!;
    await userEvent.click(button('stacked'));
    await reader.updateComplete;
    expect(reader.getAttribute('layout')).toBe('stacked');
    const zh = side(reader, 's1-p2', 'zh-Hans').getBoundingClientRect();
    const en = side(reader, 's1-p2', 'en').getBoundingClientRect();
    expect(en.top).toBeGreaterThanOrEqual(zh.bottom - 1);
    expect(localStorage.getItem('duizhao.layout')).toBe('stacked');

    await userEvent.click(root(reader).querySelector<HTMLElement>('.swap')!);
    await reader.updateComplete;
    const row = root(reader).querySelector('[data-pair="s1-p2"]')!;
    expect(row.querySelector('[data-segment-id]')?.getAttribute('lang')).toBe('en');

    await userEvent.click(button('single'));
    await reader.updateComplete;
    expect(root(reader).querySelector('[data-segment-id="s1-p2"][lang="zh-Hans"]')).toBeNull();
    await userEvent.hover(side(reader, 's1-p2', 'en'));
    // The other language appears for the pair under the pointer.
    expect(side(reader, 's1-p2', 'zh-Hans').textContent).toContain('三十六万九千七百零五');
  });

  it('renders cross-references as links, and the target shows what refers to it', async () => {
    const reader = await mountReport('cc-body');
    const link = root(reader).querySelector<HTMLAnchorElement>('[data-pair="cc-body"] a.xref');
    expect(link?.getAttribute('href')).toMatch(/^#/);
    const target = link!.getAttribute('href')!.slice(1);
    reader.goTo(target).catch(() => undefined);
    const back = await until(
      () => root(reader).querySelector(`[data-pair="${target}"] a.xref.back`),
      'the back reference',
    );
    expect(back.getAttribute('href')).toBe('#cc-body');
  });
});

describe('searching the report (a parallel concordance)', () => {
  it('typing a glossary term shows only the pairs with it, marking it and its rendering', async () => {
    const reader = await mountReport('cc-title');
    const input = root(reader).querySelector<HTMLInputElement>('input[type="search"]')!;
    await userEvent.fill(input, '管制');
    await userEvent.keyboard('{Enter}');
    const status = await until(
      () => root(reader).querySelector('.search [role="status"]'),
      'the result count',
    );
    const rows = [...root(reader).querySelectorAll<HTMLElement>('[data-pair]')];
    expect(rows.length).toBeGreaterThan(0);
    expect(status.textContent).toContain(`${String(rows.length)} pair`);
    for (const row of rows) expect(row.querySelectorAll('mark').length).toBeGreaterThan(0);
    const control = root(reader).querySelector('[data-pair="s1-control"]')!;
    expect([...control.querySelectorAll('[lang="en"] mark')].map((m) => m.textContent)).toContain(
      'placed under control',
    );
    expect(
      [...control.querySelectorAll('[lang="zh-Hans"] mark')].map((m) => m.textContent),
    ).toContain('管制');

    await userEvent.keyboard('{Escape}');
    await reader.updateComplete;
    expect(root(reader).querySelectorAll('mark')).toHaveLength(0);
    expect(root(reader).querySelectorAll('[data-pair]').length).toBeGreaterThan(rows.length);
  });
});

describe('dz-reader on other documents', () => {
  it('shows a readable error panel naming the file, segment and field for an invalid text', async () => {
    const bad = tinyDoc();
    const broken = JSON.parse(JSON.stringify(bad)) as {
      segments: { text: Record<string, unknown> }[];
    };
    broken.segments[1]!.text.en = 42;
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(broken)], { type: 'application/json' }),
    );
    const reader = await mount({ src: url });
    const panel = await until(
      () => root(reader).querySelector('[role="alert"]'),
      'the error panel',
    );
    expect(panel.textContent).toContain(url);
    expect(panel.textContent).toContain('segment b');
    expect(panel.textContent).toContain('segments/1/text/en');
    expect(root(reader).querySelector('[data-segment-id]')).toBeNull();
  });

  it('names the line and column of a JSON syntax error', async () => {
    const url = URL.createObjectURL(
      new Blob(['{\n  "id": "x",\n  oops\n}'], { type: 'application/json' }),
    );
    const reader = await mount({ src: url });
    const panel = await until(
      () => root(reader).querySelector('[role="alert"]'),
      'the error panel',
    );
    expect(panel.textContent).toMatch(/:3:\d+/);
  });

  it('shows an empty side as such, with its lang, and keeps text as text', async () => {
    const doc = tinyDoc();
    const evil = {
      ...doc,
      segments: [
        ...doc.segments,
        {
          id: 'c',
          kind: 'paragraph' as const,
          text: { 'zh-Hans': '<img src=x onerror=alert(1)>', en: '<b>not bold</b>' },
        },
      ],
    };
    const reader = await mount({ text: evil });
    await until(() => root(reader).querySelector('[data-segment-id="b"]'), 'rows');
    expect(side(reader, 'b', 'en').textContent).toContain('(not in this language)');
    expect(side(reader, 'c', 'en').textContent).toContain('<b>not bold</b>');
    expect(root(reader).querySelector('img, b')).toBeNull();
  });

  it('checks figures: shows only pairs where a figure lost its counterpart, and flags it', async () => {
    const doc = tinyDoc();
    const lost = {
      ...doc,
      segments: [
        ...doc.segments,
        {
          id: 'c',
          kind: 'paragraph' as const,
          text: { 'zh-Hans': '共一千二百个地区。', en: 'In all 1,202 regions.' },
        },
      ],
    };
    const reader = await mount({ text: lost });
    await until(() => root(reader).querySelector('[data-segment-id="a"]'), 'rows');
    await userEvent.click(root(reader).querySelector<HTMLElement>('button.check-figures')!);
    await reader.updateComplete;
    expect(reader.hasAttribute('checking')).toBe(true);
    expect(root(reader).querySelector('.toolbar [role="status"]')?.textContent).toContain(
      '2 figures without a counterpart, in 1 pair',
    );
    expect(
      [...root(reader).querySelectorAll<HTMLElement>('[data-pair]')].map((r) => r.dataset.pair),
    ).toEqual(['c']);
    const flagged = [...root(reader).querySelectorAll('[data-unmatched-figure]')].map(
      (f) => f.textContent,
    );
    expect(flagged).toEqual(['一千二百', '1,202']);
  });

  it('takes zh-Hant as a Chinese side', async () => {
    const doc = tinyDoc({ languages: ['zh-Hant', 'en'] });
    const rename = (o: Record<string, unknown>): Record<string, unknown> =>
      Object.fromEntries(Object.entries(o).map(([k, v]) => [k === 'zh-Hans' ? 'zh-Hant' : k, v]));
    const hant = {
      ...doc,
      title: rename(doc.title),
      provenance: rename(doc.provenance),
      segments: doc.segments.map((s) => ({ ...s, text: rename(s.text) })),
    };
    const reader = await mount({ text: hant });
    const zh = await until(
      () => root(reader).querySelector<HTMLElement>('[data-segment-id="a"][lang="zh-Hant"]'),
      'the zh-Hant side',
    );
    const figure = zh.querySelector<HTMLElement>('[data-figure="n369705"]');
    await userEvent.hover(figure!);
    expect(activeIn(side(reader, 'a', 'en'), '[data-figure]')).toEqual(['369,705']);
  });
});

describe('dz-reader state set from outside', () => {
  it('keeps a layout set from outside over the remembered one, and the toolbar still remembers a choice', async () => {
    localStorage.setItem('duizhao.layout', 'single');
    const reader = document.createElement('dz-reader');
    reader.setAttribute('layout', 'stacked');
    reader.text = tinyDoc();
    document.body.append(reader);
    await until(() => root(reader).querySelector('[data-segment-id="a"][lang="en"]'), 'rows');
    await reader.updateComplete;
    expect(reader.layout).toBe('stacked');
    expect(reader.getAttribute('layout')).toBe('stacked');
    const zh = side(reader, 'a', 'zh-Hans').getBoundingClientRect();
    const en = side(reader, 'a', 'en').getBoundingClientRect();
    expect(en.top).toBeGreaterThanOrEqual(zh.bottom - 1);
    const button = (name: string): HTMLElement =>
      root(reader).querySelector<HTMLElement>(`[data-layout="${name}"]`)!;
    expect(button('stacked').getAttribute('aria-pressed')).toBe('true');

    reader.layout = 'side';
    await reader.updateComplete;
    expect(reader.getAttribute('layout')).toBe('side');
    const zhSide = side(reader, 'a', 'zh-Hans').getBoundingClientRect();
    expect(Math.abs(zhSide.top - side(reader, 'a', 'en').getBoundingClientRect().top)).toBeLessThan(
      2,
    );
    // Set from outside, the layout is the page's choice, not the reader's to remember.
    expect(localStorage.getItem('duizhao.layout')).toBe('single');

    await userEvent.click(button('stacked'));
    await reader.updateComplete;
    expect(reader.getAttribute('layout')).toBe('stacked');
    expect(localStorage.getItem('duizhao.layout')).toBe('stacked');
  });

  it('Enter on a sentence or a figure focuses its counterpart from the alignment', async () => {
    const doc = tinyDoc();
    const [first, ...rest] = doc.segments;
    const loose = {
      ...doc,
      segments: [
        // Sentence by sentence, as given: the second Chinese sentence is the second English one.
        {
          ...first!,
          sentences: [
            { 'zh-Hans': [0], en: [0] },
            { 'zh-Hans': [1], en: [1] },
          ],
        },
        ...rest,
        {
          id: 'c',
          kind: 'paragraph' as const,
          text: { 'zh-Hans': '甲句。乙句。', en: 'Only one sentence.' },
          // The second Chinese sentence is aligned with nothing.
          sentences: [{ 'zh-Hans': [0], en: [0] }],
        },
      ],
    };
    const reader = await mount({ text: loose });
    await until(() => root(reader).querySelector('[data-segment-id="c"]'), 'rows');
    const focused = (): HTMLElement => root(reader).activeElement as HTMLElement;

    const second = side(reader, 'a', 'zh-Hans').querySelector<HTMLElement>('[data-sentence="1"]')!;
    second.focus();
    await userEvent.keyboard('{Enter}');
    expect(focused().closest('[data-segment-id]')?.getAttribute('lang')).toBe('en');
    expect(focused().dataset.link).toBe(second.dataset.link);
    expect(focused().textContent).toContain('The second has 369,705 people.');

    side(reader, 'a', 'zh-Hans').querySelector<HTMLElement>('[data-figure="n369705"]')!.focus();
    await userEvent.keyboard('{Enter}');
    expect(focused().dataset.figure).toBe('n369705');
    expect(focused().closest('[data-segment-id]')?.getAttribute('lang')).toBe('en');
    expect(focused().textContent).toBe('369,705');

    // And back again, from English to Chinese.
    await userEvent.keyboard('{Enter}');
    expect(focused().closest('[data-segment-id]')?.getAttribute('lang')).toBe('zh-Hans');
    expect(focused().textContent).toBe('三十六万九千七百零五');

    // A sentence aligned with nothing answers with the other side as a whole.
    side(reader, 'c', 'zh-Hans').querySelector<HTMLElement>('[data-sentence="1"]')!.focus();
    await userEvent.keyboard('{Enter}');
    expect(focused()).toBe(side(reader, 'c', 'en'));
  });
});

describe('an embedded reader and the page URL', () => {
  it('searches, checks figures and changes layout without touching the page URL', async () => {
    const before = window.location.href;
    const reader = await mount({ text: tinyDoc() });
    await until(() => root(reader).querySelector('[data-segment-id="a"]'), 'rows');
    const input = root(reader).querySelector<HTMLInputElement>('input[type="search"]')!;
    await userEvent.fill(input, 'first');
    await userEvent.keyboard('{Enter}');
    await until(() => root(reader).querySelector('.search [role="status"]'), 'the result count');
    await userEvent.click(root(reader).querySelector<HTMLElement>('button.check-figures')!);
    await reader.updateComplete;
    // The search and the figure check are one filter: turning one on turns the other off.
    expect(reader.hasAttribute('checking')).toBe(true);
    expect(root(reader).querySelector('.search [role="status"]')).toBeNull();
    await userEvent.click(root(reader).querySelector<HTMLElement>('[data-layout="stacked"]')!);
    await reader.updateComplete;
    expect(reader.getAttribute('layout')).toBe('stacked');
    expect(window.location.href).toBe(before);
  });
});
