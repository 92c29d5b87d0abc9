/**
 * The context every pair renders from, before the reading aids change it: what is active and
 * linked, search hits, cross-references and glossary notes. What comes from the document alone is
 * computed once per (immutable) document and cached.
 */
import { t } from '../../i18n/i18n.ts';
import { segmentIndex } from '../../model/document.ts';
import type { CrossRef, ParallelText } from '../../model/types.ts';
import type { ActiveState } from '../events.ts';
import { searchOf, type Filter } from './filter.ts';
import type { PairRenderContext } from './render-pair.ts';

type NumberedRef = CrossRef & { number: number };

/** What a document says about its segments beyond their text, indexed for rendering. */
interface DocIndex {
  from: Map<string, NumberedRef[]>;
  to: Map<string, NumberedRef[]>;
  notes: Map<string, string | undefined>;
  forms: Map<string, (readonly [lang: string, form: string])[]>;
}

const indexes = new WeakMap<ParallelText, DocIndex>();

function indexOf(doc: ParallelText): DocIndex {
  let found = indexes.get(doc);
  if (found !== undefined) return found;
  const from = new Map<string, NumberedRef[]>();
  const to = new Map<string, NumberedRef[]>();
  for (const ref of doc.crossRefs ?? []) {
    const toNo = (segmentIndex(doc, ref.to) ?? 0) + 1;
    const fromNo = (segmentIndex(doc, ref.from) ?? 0) + 1;
    from.set(ref.from, [...(from.get(ref.from) ?? []), { ...ref, number: toNo }]);
    to.set(ref.to, [...(to.get(ref.to) ?? []), { ...ref, number: fromNo }]);
  }
  const glossary = doc.glossary ?? [];
  const notes = new Map(glossary.map((g) => [`term:${g.id}`, g.note]));
  const forms = new Map(
    glossary.map((g) => [
      `term:${g.id}`,
      doc.languages.flatMap((l) => {
        const form = g.terms[l]?.[0];
        return form === undefined ? [] : [[l, form] as const];
      }),
    ]),
  );
  found = { from, to, notes, forms };
  indexes.set(doc, found);
  return found;
}

/** What the reader's state gives every pair. */
export interface PairState {
  active: ActiveState | undefined;
  /** The segment range a permalink opened. */
  linked: readonly [number, number] | undefined;
  filter: Filter;
}

/** The pair context for a document and the reader's state, with no reading aid applied. */
export function basePairContext(doc: ParallelText, state: PairState): PairRenderContext {
  const index = indexOf(doc);
  const query = state.filter.kind === 'search' ? searchOf(doc, state.filter.q).query : undefined;
  const linked = state.linked;
  return {
    order: [0, 1],
    oneSide: false,
    textRun: (text) => text,
    active: state.active,
    linked: (i) => linked !== undefined && i >= linked[0] && i <= linked[1],
    refsFrom: (id) => index.from.get(id) ?? [],
    refsTo: (id) => index.to.get(id) ?? [],
    termNote: (key) => index.notes.get(key),
    termForms: (key) => index.forms.get(key) ?? [],
    hits: (lang) => query?.forms[lang],
    label: {
      actions: (number) => t('reader.segmentActions', { number }),
      copyLink: t('reader.copyLink'),
      copyCitation: t('reader.copyCitation'),
      citeFormats: t('cite.more'),
      note: t('reader.note'),
      seeAlso: t('reader.seeAlso'),
      referredFrom: t('reader.referredFrom'),
      emptySide: t('reader.emptySide'),
      unmatched: t('reader.unmatched'),
    },
  };
}
