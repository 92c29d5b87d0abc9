/** For the learners' aids' browser tests: a reader on a small document or on the report. */
import type { ParallelText } from '../../../model/types.ts';
import { until } from '../../test-until.ts';
import '../dz-reader.ts';
import type { DzReader } from '../dz-reader.ts';

/** The report the checks name. */
export const REPORT = '/texts/luo-ruiqing-1952-anti-narcotics.json';

/** A one-pair document about opium, built for each test that needs one. */
export function opiumDoc(): ParallelText {
  return {
    id: 'opium',
    languages: ['zh-Hans', 'en'],
    title: { 'zh-Hans': '鸦片', en: 'Opium' },
    date: '2026-12-03',
    provenance: {
      'zh-Hans': { by: 'A', role: 'author', source: 'here', licence: 'CC0' },
      en: { by: 'B', role: 'translator', source: 'here', licence: 'CC0' },
    },
    segments: [
      {
        id: 'a',
        kind: 'paragraph',
        text: {
          'zh-Hans': '他们查获鸦片三千两。银行关门了。',
          en: 'They seized 3,000 taels of opium. The bank closed.',
        },
      },
    ],
  };
}

/** The reader's shadow root. */
export function shadow(reader: DzReader): ShadowRoot {
  if (reader.shadowRoot === null) throw new Error('no shadow root');
  return reader.shadowRoot;
}

/** A reader showing a document (given or fetched), once its first side has rendered. */
export async function mountReader(props: { src?: string; text?: unknown }): Promise<DzReader> {
  const reader = document.createElement('dz-reader');
  if (props.src !== undefined) reader.src = props.src;
  if (props.text !== undefined) reader.text = props.text;
  document.body.append(reader);
  await until(() => shadow(reader).querySelector('[data-segment-id]'), 'the text to render');
  return reader;
}

/** The rendered side of a segment in a language. */
export function sideOf(reader: DzReader, id: string, lang: string): HTMLElement {
  const el = shadow(reader).querySelector<HTMLElement>(`[data-segment-id="${id}"][lang="${lang}"]`);
  if (el === null) throw new Error(`no ${lang} side of ${id}`);
  return el;
}

/** Choose a value in a reading aid's select, as a person would (the change event fires). */
export function choose(reader: DzReader, aid: string, value: string): void {
  const select = shadow(reader).querySelector<HTMLSelectElement>(`select[name="${aid}"]`);
  if (select === null) throw new Error(`no control for ${aid}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}
