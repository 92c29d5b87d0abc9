import { describe, expect, it } from 'vitest';
import { en } from './locales/en.ts';
import { zhHans } from './locales/zh-Hans.ts';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('interface translations', () => {
  it('give every English key a Chinese string, and no extra ones', () => {
    expect(keys(zhHans).sort()).toEqual(keys(en).sort());
  });

  it('keep the same placeholders in each language', () => {
    const placeholders = (s: string): string[] =>
      [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
    const flat = (obj: object, prefix = ''): [string, string][] =>
      Object.entries(obj).flatMap(([k, v]) =>
        typeof v === 'string'
          ? [[`${prefix}${k}`, v] as [string, string]]
          : flat(v as object, `${prefix}${k}.`),
      );
    const zh = new Map(flat(zhHans));
    for (const [key, text] of flat(en)) {
      expect(placeholders(zh.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });
});
