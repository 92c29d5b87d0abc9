import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { FORMATS } from '../../formats/registry.ts';
import { smallDocument } from '../../formats/test-documents.ts';
import { i18n, initI18n } from '../../i18n/i18n.ts';
import { deleteDraft } from '../store/drafts.ts';
import './dz-align-editor.ts';
import type { DzAlignEditor } from './dz-align-editor.ts';

beforeAll(async () => {
  await page.viewport(1280, 900);
  await initI18n();
  await i18n.changeLanguage('en');
});

const key = `browser-test-refused-${String(Date.now())}`;
afterEach(async () => {
  document.body.replaceChildren();
  await deleteDraft(key);
});

describe('the Import page and a file the validator refuses', () => {
  it('a TMX whose cross-reference endpoint is an object shows the field, not a TypeError', async () => {
    const editor: DzAlignEditor = document.createElement('dz-align-editor');
    editor.draftKey = key;
    document.body.append(editor);
    const tmx = FORMATS.tmx
      .serialize(smallDocument())
      .replace(/"from": ?"p1"/, '"from":{"toString":1}');
    await userEvent.upload(
      page.getByLabelText(/aligned file/),
      new File([tmx], 'hostile.tmx', { type: '' }),
    );
    const issues = (): string => editor.shadowRoot?.querySelector('.issues')?.textContent ?? '';
    await expect
      .poll(issues)
      .toContain('hostile.tmx: crossRefs/0/from: must be a segment id (a string); it is an object');
    expect(issues()).not.toContain('TypeError');
    expect(issues()).not.toContain('primitive');
  });
});
