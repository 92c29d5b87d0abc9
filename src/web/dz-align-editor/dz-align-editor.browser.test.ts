import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { i18n, initI18n } from '../../i18n/i18n.ts';
import { defaultMeta, stateFromParagraphs, type ParagraphLink } from '../../model/edit/convert.ts';
import { startSession } from '../../model/edit/history.ts';
import { deleteLocalDocument, loadLocalDocument } from '../store/documents.ts';
import { deleteDraft, saveDraft } from '../store/drafts.ts';
import { OpenLocalDocumentEvent } from './events.ts';
import './dz-align-editor.ts';
import type { DzAlignEditor } from './dz-align-editor.ts';

beforeAll(async () => {
  await page.viewport(1280, 900);
  await initI18n();
  await i18n.changeLanguage('en');
});

const keys: string[] = [];

afterEach(async () => {
  document.body.replaceChildren();
  await Promise.all(keys.splice(0).map((k) => deleteDraft(k)));
});

let counter = 0;
/** A draft key of this test's own, so no test sees another's saved work. */
function freshKey(): string {
  const key = `browser-test-${String(Date.now())}-${String(counter++)}`;
  keys.push(key);
  return key;
}

function mount(key: string): DzAlignEditor {
  const editor = document.createElement('dz-align-editor');
  editor.draftKey = key;
  document.body.append(editor);
  return editor;
}

function root(editor: DzAlignEditor): ShadowRoot {
  if (editor.shadowRoot === null) throw new Error('no shadow root');
  return editor.shadowRoot;
}

/** What the person sees: each link's two sides, sentences joined by "|". */
function shown(editor: DzAlignEditor): string[][] {
  return [...root(editor).querySelectorAll('.pair')].map((row) =>
    [...row.querySelectorAll('.side')].map((side) =>
      [...side.querySelectorAll('.sentence')].map((s) => s.textContent).join('|'),
    ),
  );
}

function activeNumber(editor: DzAlignEditor): string | null | undefined {
  return root(editor).querySelector('.pair.active .number')?.textContent;
}

/** Four links one to one; the second has two sentences a side; confidences as given. */
async function seeded(
  confidences: readonly number[] = [0.95, 0.9, 0.85, 0.9],
  meta?: Parameters<typeof defaultMeta>[1],
): Promise<DzAlignEditor> {
  const key = freshKey();
  const links: ParagraphLink[] = [0, 1, 2, 3].map((i) => ({
    a: [i],
    b: [i],
    confidence: confidences[i] ?? 1,
  }));
  const state = stateFromParagraphs(
    ['甲一。', '乙一。乙二。', '丙一。', '丁一。'],
    ['A one.', 'B one. B two.', 'C one.', 'D one.'],
    links,
    ['zh-Hans', 'en'],
    defaultMeta(['zh-Hans', 'en'], meta),
  );
  await saveDraft(key, {
    session: startSession(state),
    active: 0,
    side: 0,
    saved: new Date().toISOString(),
  });
  const editor = mount(key);
  await expect.poll(() => shown(editor).length).toBe(4);
  return editor;
}

/** Put the keyboard on the list of links, on link `n` (from 1). */
async function focusLink(editor: DzAlignEditor, n: number): Promise<void> {
  const find = (): HTMLElement | null =>
    root(editor).querySelector<HTMLElement>(`#pair-${String(n - 1)} .gutter`);
  await expect.poll(find, { timeout: 15_000 }).not.toBeNull();
  const row = find();
  if (row === null) throw new Error(`no link ${String(n)}`);
  await userEvent.click(row);
  await expect.poll(() => activeNumber(editor)).toBe(String(n));
}

describe('the Import page', () => {
  it('aligns two pasted texts and shows each link with its confidence', async () => {
    const editor = mount(freshKey());
    const zh = page.getByLabelText(/Chinese text/);
    const en = page.getByLabelText(/English text/);
    await userEvent.fill(
      zh,
      '一、总则\n\n1952年全国共破获毒品案件369705起。\n\n二、经验\n\n群众运动是成功的关键。',
    );
    await userEvent.fill(
      en,
      'I. General\n\nIn 1952, 369,705 drug cases were cracked nationwide.\n\nII. Lessons\n\nMass mobilisation was the key to success.',
    );
    await userEvent.click(page.getByRole('button', { name: 'Align', exact: true }));
    await expect.poll(() => shown(editor).length).toBe(4);
    expect(shown(editor)[1]).toEqual([
      '1952年全国共破获毒品案件369705起。',
      'In 1952, 369,705 drug cases were cracked nationwide.',
    ]);
    const badges = [...root(editor).querySelectorAll('.pair .badge')];
    expect(badges).toHaveLength(4);
    for (const badge of badges) expect(badge.textContent.trim()).toMatch(/^[01]\.\d\d$/);
    // Each side says which language it is in.
    expect(root(editor).querySelector('.pair .side[data-side="0"]')?.getAttribute('lang')).toBe(
      'zh-Hans',
    );
    expect(root(editor).querySelector('.pair .side[data-side="1"]')?.getAttribute('lang')).toBe(
      'en',
    );
  });

  it('takes a Traditional Chinese text as zh-Hant when the person says so', async () => {
    const editor = mount(freshKey());
    await expect.poll(() => root(editor).querySelector('.script select')).not.toBeNull();
    const script = root(editor).querySelector<HTMLSelectElement>('.script select')!;
    await userEvent.selectOptions(script, 'zh-Hant');
    await userEvent.fill(page.getByLabelText(/Chinese text/), '一、總則\n\n群眾運動是成功的關鍵。');
    await userEvent.fill(
      page.getByLabelText(/English text/),
      'I. General\n\nMass mobilisation was the key to success.',
    );
    await userEvent.click(page.getByRole('button', { name: 'Align', exact: true }));
    await expect.poll(() => shown(editor).length).toBe(2);
    expect(root(editor).querySelector('.pair .side[data-side="0"]')?.getAttribute('lang')).toBe(
      'zh-Hant',
    );
    localStorage.removeItem('duizhao.editor.chinese');
  });

  it('asks for both texts before aligning', async () => {
    const editor = mount(freshKey());
    await userEvent.fill(page.getByLabelText(/Chinese text/), '只有中文。');
    await userEvent.click(page.getByRole('button', { name: 'Align', exact: true }));
    await expect
      .poll(() => root(editor).querySelector('.issues')?.textContent ?? '')
      .toContain('both texts');
  });

  it('imports one aligned file picked by the person', async () => {
    const editor = mount(freshKey());
    const tsv = new File(['zh\ten\n你好。\tHello.\n再见。\tGoodbye.\n'], 'greetings.tsv', {
      type: 'text/tab-separated-values',
    });
    await userEvent.upload(page.getByLabelText(/aligned file/), tsv);
    await expect
      .poll(() => shown(editor))
      .toEqual([
        ['你好。', 'Hello.'],
        ['再见。', 'Goodbye.'],
      ]);
  });
});

describe('the formats of the registry', () => {
  it('accepts every ending the registry reads in the aligned-file picker, .tab among them', async () => {
    const editor = mount(freshKey());
    const input = page.getByLabelText(/aligned file/);
    await expect.poll(() => input.query()).not.toBeNull();
    const accept = (input.element() as HTMLInputElement).accept.split(',');
    expect(accept).toEqual(
      expect.arrayContaining(['.json', '.tmx', '.xlf', '.xliff', '.tsv', '.tab', '.csv']),
    );
    const tab = new File(['zh\ten\n你好。\tHello.\n'], 'greetings.tab', { type: '' });
    await userEvent.upload(input, tab);
    await expect.poll(() => shown(editor)).toEqual([['你好。', 'Hello.']]);
  });

  it('refuses a file in no format it reads, naming the formats it does read', async () => {
    const editor = mount(freshKey());
    const doc = new File(['PK'], 'report.docx', { type: 'application/octet-stream' });
    await userEvent.upload(page.getByLabelText(/aligned file/), doc);
    await expect
      .poll(() => root(editor).querySelector('.issues')?.textContent ?? '')
      .toContain('report.docx: duizhao reads JSON, TMX, XLIFF, TSV, and CSV files');
  });

  it('exports in each format the registry writes, TMX one click away', async () => {
    const id = `browser-test-export-${String(Date.now())}`;
    const editor = await seeded(undefined, {
      id,
      title: { 'zh-Hans': '测试', en: 'Test' },
      date: '2024',
    });
    // The test keeps each file (its blob and name) rather than let the browser download it.
    const saved: { name: string; blob: Blob }[] = [];
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return `blob:test-${String(blobs.length)}`;
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      const blob = blobs[Number(this.href.split('-').at(-1)) - 1];
      if (blob !== undefined) saved.push({ name: this.download, blob });
    });
    try {
      const menu = root(editor).querySelector<HTMLSelectElement>('.actions select')!;
      expect([...menu.options].map((o) => o.textContent.trim())).toEqual([
        'TMX (.tmx)',
        'XLIFF 1.2 (.xlf)',
        'XLIFF 2.0 (.xlf)',
        'TSV (.tsv)',
        'CSV (.csv)',
      ]);
      await userEvent.click(page.getByRole('button', { name: 'Export TMX' }));
      await expect.poll(() => saved.map((s) => s.name)).toEqual([`${id}.tmx`]);
      expect(saved[0]?.blob.type).toBe('application/x-tmx+xml');
      expect(await saved[0]?.blob.text()).toContain('<tmx version="1.4">');
      await userEvent.selectOptions(menu, 'xliff2');
      await userEvent.click(page.getByRole('button', { name: 'Export XLIFF 2.0' }));
      await expect.poll(() => saved.length).toBe(2);
      expect(saved[1]?.name).toBe(`${id}.xlf`);
      expect(await saved[1]?.blob.text()).toContain('version="2.0"');
      await userEvent.click(page.getByRole('button', { name: 'Download JSON' }));
      await expect.poll(() => saved.length).toBe(3);
      expect(saved[2]?.name).toBe(`${id}.json`);
    } finally {
      click.mockRestore();
      create.mockRestore();
    }
  });
});

describe('a long text', () => {
  it('aligns 3,000 paragraphs a side, renders only what is on screen, and End reaches the last link', async () => {
    const editor = mount(freshKey());
    const zh = Array.from(
      { length: 3000 },
      (_, i) => `第${String(i + 1)}段，共有${String((i * 7919) % 100000)}件。`,
    ).join('\n');
    const en = Array.from(
      { length: 3000 },
      (_, i) => `Paragraph ${String(i + 1)} has ${String((i * 7919) % 100000)} items.`,
    ).join('\n');
    await expect.poll(() => root(editor).querySelectorAll('textarea').length).toBe(2);
    const areas = root(editor).querySelectorAll('textarea');
    // Typing three thousand lines key by key would take minutes; set the text as a paste would.
    for (const [k, text] of [zh, en].entries()) {
      const area = areas[k]!;
      area.value = text;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await userEvent.click(page.getByRole('button', { name: 'Align', exact: true }));
    await expect
      .poll(() => root(editor).querySelector('.summary')?.textContent ?? '', { timeout: 30_000 })
      .toContain('3000 links');
    await focusLink(editor, 1);
    await userEvent.keyboard('{End}');
    await expect.poll(() => activeNumber(editor)).toBe('3000');
    // Only the links near the viewport are in the page.
    expect(root(editor).querySelectorAll('.pair').length).toBeLessThan(200);
    expect(shown(editor).at(-1)).toEqual([
      '第3000段，共有49081件。',
      'Paragraph 3000 has 49081 items.',
    ]);
    // A generous limit: this test is about what is shown at scale, not about speed (see bench).
  }, 60_000);
});

describe('editing with the keyboard', () => {
  it('M merges the selected link with the next', async () => {
    const editor = await seeded();
    await focusLink(editor, 1);
    await userEvent.keyboard('m');
    await expect
      .poll(() => shown(editor)[0])
      .toEqual(['甲一。|乙一。|乙二。', 'A one.|B one.|B two.']);
    expect(shown(editor)).toHaveLength(3);
  });

  it('S then Enter splits the selected link at the chosen sentences', async () => {
    const editor = await seeded();
    await focusLink(editor, 2);
    await userEvent.keyboard('s');
    await expect
      .poll(() => root(editor).querySelectorAll('.pair.active button.cut').length)
      .toBe(6);
    await userEvent.keyboard('{Enter}');
    await expect
      .poll(() => shown(editor).slice(1, 3))
      .toEqual([
        ['乙一。', 'B one.'],
        ['乙二。', 'B two.'],
      ]);
  });

  it('moving the cut with the arrow keys chooses where each side splits', async () => {
    const editor = await seeded();
    await focusLink(editor, 2);
    await userEvent.keyboard('s');
    // The first side keeps both its sentences above the cut; the second side keeps none.
    await userEvent.keyboard('{ArrowDown}{ArrowRight}{ArrowUp}{Enter}');
    await expect
      .poll(() => shown(editor).slice(1, 3))
      .toEqual([
        ['乙一。|乙二。', ''],
        ['', 'B one.|B two.'],
      ]);
  });

  it('Alt+↑ and Alt+↓ move a sentence of the chosen side to the neighbouring link', async () => {
    const editor = await seeded();
    await focusLink(editor, 2);
    await userEvent.keyboard('{ArrowRight}{Alt>}{ArrowUp}{/Alt}');
    await expect.poll(() => shown(editor)[0]).toEqual(['甲一。', 'A one.|B one.']);
    await userEvent.keyboard('{ArrowLeft}{Alt>}{ArrowDown}{/Alt}');
    await expect
      .poll(() => shown(editor).slice(1, 3))
      .toEqual([
        ['乙一。', 'B two.'],
        ['乙二。|丙一。', 'C one.'],
      ]);
  });

  it('Alt+Shift+↑ and Alt+Shift+↓ shift a whole paragraph of one side', async () => {
    const editor = await seeded();
    await focusLink(editor, 2);
    await userEvent.keyboard('{ArrowRight}{Alt>}{Shift>}{ArrowDown}{/Shift}{/Alt}');
    await expect
      .poll(() => shown(editor).slice(1, 3))
      .toEqual([
        ['乙一。|乙二。', ''],
        ['丙一。', 'B one.|B two.|C one.'],
      ]);
    await userEvent.keyboard('{ArrowDown}{Alt>}{Shift>}{ArrowUp}{/Shift}{/Alt}');
    await expect
      .poll(() => shown(editor).slice(1, 3))
      .toEqual([
        ['乙一。|乙二。', 'B one.|B two.'],
        ['丙一。', 'C one.'],
      ]);
  });

  it('C marks a link as checked', async () => {
    const editor = await seeded();
    await focusLink(editor, 3);
    await userEvent.keyboard('c');
    await expect
      .poll(() => root(editor).querySelector('#pair-2 .badge')?.textContent.trim())
      .toBe('✓');
    expect(root(editor).querySelector('#pair-2')?.classList.contains('checked')).toBe(true);
  });

  it('Ctrl+Z undoes and Ctrl+Shift+Z redoes', async () => {
    const editor = await seeded();
    await focusLink(editor, 1);
    await userEvent.keyboard('m');
    await expect.poll(() => shown(editor)).toHaveLength(3);
    await userEvent.keyboard('{Control>}z{/Control}');
    await expect.poll(() => shown(editor)).toHaveLength(4);
    expect(shown(editor)[0]).toEqual(['甲一。', 'A one.']);
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await expect.poll(() => shown(editor)).toHaveLength(3);
  });

  it('N finds the next low-confidence link', async () => {
    const editor = await seeded([0.95, 0.9, 0.3, 0.9]);
    await focusLink(editor, 1);
    expect(root(editor).querySelector('#pair-2')?.classList.contains('low')).toBe(true);
    await userEvent.keyboard('n');
    await expect.poll(() => activeNumber(editor)).toBe('3');
  });

  it('shows every shortcut in the help list and in the button titles', async () => {
    const editor = await seeded();
    await focusLink(editor, 1);
    await userEvent.keyboard('?');
    await expect
      .poll(() => root(editor).querySelector<HTMLDetailsElement>('details.help')?.open)
      .toBe(true);
    const help = root(editor).querySelector('details.help')?.textContent ?? '';
    for (const k of ['M', 'S', 'Alt+↑', 'Alt+Shift+↓', 'C', 'N', 'Ctrl+Z', 'Ctrl+Shift+Z'])
      expect(help).toContain(k);
    expect(root(editor).querySelector('[data-command="merge"]')?.getAttribute('title')).toBe(
      'Merge with next (M)',
    );
  });

  it('flags a low-confidence link with a sign, not only with red', async () => {
    const editor = await seeded([0.95, 0.3, 0.9, 0.9]);
    const sign = (n: number): string => {
      const badge = root(editor).querySelector(`#pair-${String(n)} .badge`);
      return badge === null ? '' : getComputedStyle(badge, '::before').content;
    };
    expect(sign(1)).toContain('!');
    expect(sign(0)).toBe('none');
  });
});

describe('keeping the work', () => {
  it('keeps pasted texts that were not aligned yet', async () => {
    const key = freshKey();
    const editor = mount(key);
    await userEvent.fill(page.getByLabelText(/Chinese text/), '还没有对齐的文字。');
    editor.remove();
    const again = mount(key);
    await expect
      .poll(() => root(again).querySelector('textarea')?.value)
      .toBe('还没有对齐的文字。');
  });

  it('a new editor restores the edited state from the browser', async () => {
    const editor = await seeded();
    const key = editor.draftKey;
    await focusLink(editor, 1);
    await userEvent.keyboard('m');
    await expect.poll(() => shown(editor)).toHaveLength(3);
    editor.remove();
    const again = mount(key);
    await expect.poll(() => shown(again)).toHaveLength(3);
    expect(shown(again)[0]).toEqual(['甲一。|乙一。|乙二。', 'A one.|B one.|B two.']);
    // The undo history came back too.
    await focusLink(again, 1);
    await userEvent.keyboard('{Control>}z{/Control}');
    await expect.poll(() => shown(again)).toHaveLength(4);
  });

  it('refuses to download a document whose details are invalid, and says why', async () => {
    const editor = await seeded();
    await userEvent.click(page.getByRole('button', { name: 'Download JSON' }));
    await expect
      .poll(() => root(editor).querySelector('.issues')?.textContent ?? '')
      .toContain('title');
    expect(root(editor).querySelector<HTMLDetailsElement>('details.details')?.open).toBe(true);
  });

  it('refuses an id that cannot be a file name, says why, and keeps the old one', async () => {
    const editor = await seeded(undefined, { id: 'good-id', date: '2024' });
    await userEvent.click(page.getByText('Document details'));
    const id = page.getByLabelText(/^Id/);
    await userEvent.fill(id, 'a b');
    (id.element() as HTMLInputElement).dispatchEvent(new Event('change', { bubbles: true }));
    await expect
      .poll(() => root(editor).querySelector('.issues')?.textContent ?? '')
      .toContain('letters, digits, - and _');
    await expect.poll(() => (id.element() as HTMLInputElement).value).toBe('good-id');
  });

  it('stores the result for the reader and announces it', async () => {
    const id = `browser-test-doc-${String(Date.now())}`;
    const editor = await seeded(undefined, {
      id,
      title: { 'zh-Hans': '测试', en: 'Test' },
      date: '2024',
    });
    const opened = new Promise<string>((resolve) => {
      editor.addEventListener(OpenLocalDocumentEvent.eventName, (e) => {
        // The test stays on this page: no navigation to the reader.
        e.preventDefault();
        resolve(e.id);
      });
    });
    await userEvent.click(page.getByRole('button', { name: 'Open in the reader' }));
    expect(await opened).toBe(id);
    const doc = await loadLocalDocument(id);
    expect(doc?.segments.map((s) => s.text)).toEqual([
      { 'zh-Hans': '甲一。', en: 'A one.' },
      { 'zh-Hans': '乙一。乙二。', en: 'B one. B two.' },
      { 'zh-Hans': '丙一。', en: 'C one.' },
      { 'zh-Hans': '丁一。', en: 'D one.' },
    ]);
    await deleteLocalDocument(id);
  });
});
