import { describe, expect, it } from 'vitest';
import { defaultMeta } from './convert.ts';
import { isDocumentDate, isDocumentId, metaFromForm } from './meta-form.ts';

const langs = ['zh-Hans', 'en'] as const;

describe('the document details form', () => {
  it('makes the details from the fields, trimmed, keeping what the form does not show', () => {
    const before = defaultMeta([...langs], { id: 'old', date: '1952' });
    const fields = new Map([
      ['id', ' report '],
      ['date', '1952-12-18'],
      ['title:zh-Hans', '报告'],
      ['title:en', 'Report'],
      ['by:en', 'A. Translator'],
      ['role:en', 'translator'],
    ]);
    const result = metaFromForm((name) => fields.get(name), before, langs);
    expect(result).toMatchObject({
      ok: true,
      meta: {
        id: 'report',
        date: '1952-12-18',
        title: { 'zh-Hans': '报告', en: 'Report' },
        provenance: { en: { by: 'A. Translator', role: 'translator' } },
      },
    });
    if (result.ok) expect(result.meta.provenance['zh-Hans']).toEqual(before.provenance['zh-Hans']);
  });

  it('takes an unknown role as author', () => {
    const result = metaFromForm(
      (name) => (name === 'role:en' ? 'publisher' : undefined),
      defaultMeta([...langs], { id: 'x', date: '2024' }),
      langs,
    );
    expect(result.ok && result.meta.provenance.en?.role).toBe('author');
  });

  it('names an id or a date that cannot be used', () => {
    const meta = defaultMeta([...langs], { id: 'x', date: '2024' });
    const fields = new Map([
      ['id', 'a b'],
      ['date', '18 Dec 1952'],
    ]);
    expect(metaFromForm((name) => fields.get(name), meta, langs)).toEqual({
      ok: false,
      problems: ['id', 'date'],
    });
  });

  it('lets a field be empty, not filled in yet, and an old value stand while others change', () => {
    const meta = defaultMeta([...langs], { id: 'a b', date: '' });
    const result = metaFromForm(
      (name) => (name === 'title:en' ? 'Report' : undefined),
      meta,
      langs,
    );
    expect(result).toMatchObject({
      ok: true,
      meta: { id: 'a b', date: '', title: { en: 'Report' } },
    });
  });

  it('agrees with the validator on ids and dates', () => {
    expect(['report', 'a-1_b', '1952'].every(isDocumentId)).toBe(true);
    expect(['', 'a b', '-a', 'a/b'].some(isDocumentId)).toBe(false);
    expect(['1952', '1952-12', '1952-12-18'].every(isDocumentDate)).toBe(true);
    expect(['52', '1952-1', '18 Dec 1952'].some(isDocumentDate)).toBe(false);
  });
});
