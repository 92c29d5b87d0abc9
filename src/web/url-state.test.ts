import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hrefFor, linkWithHash, readUrlState } from './url-state.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the URL state module', () => {
  it('is the only code that rewrites the query in place', () => {
    const writers = sources('src').filter((path) =>
      /history\s*\.\s*(replaceState|pushState)\s*\(/u.test(readFileSync(path, 'utf8')),
    );
    expect(writers).toEqual([join('src', 'web', 'url-state.ts')]);
  });

  it('reads the app keys and ignores the rest', () => {
    const href = 'https://example.org/?doc=report&q=%E7%AE%A1%E5%88%B6&lng=zh-Hans&utm=x#s1-p2';
    expect(readUrlState(href)).toEqual({ doc: 'report', q: '管制', lng: 'zh-Hans' });
  });

  it('builds a navigation target with only the keys given, and a link with a hash', () => {
    const href = 'https://example.org/app/?view=import&lng=en#top';
    expect(hrefFor({ doc: 'local:x' }, href)).toBe('https://example.org/app/?doc=local%3Ax');
    expect(linkWithHash('s1-p2', 'https://example.org/?doc=r&q=a#old')).toBe(
      'https://example.org/?doc=r&q=a#s1-p2',
    );
  });
});
