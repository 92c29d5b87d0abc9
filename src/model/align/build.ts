/** From an alignment of two paragraph lists to a duizhao document. */
import { leadingMarker } from './features.ts';
import type { ParagraphLink } from './paragraphs.ts';
import type {
  Block,
  BlockKind,
  Lang,
  ParallelText,
  Provenance,
  Segment,
  SideSource,
} from '../types.ts';
import { isChinese, unknownProvenance } from '../types.ts';

/** What the document needs besides the text. */
export interface DocumentMeta {
  id: string;
  languages: [Lang, Lang];
  title: Record<Lang, string>;
  /** ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** Per language; a side without one is recorded as unknown (to be filled in by hand). */
  provenance?: Partial<Record<Lang, Provenance>>;
}

/** A segment id for the k-th link (from 0): p0001, p0002, ... (wider past 9,999). */
export function segmentId(k: number): string {
  return `p${String(k + 1).padStart(4, '0')}`;
}

/**
 * A short paragraph that opens with a section number (一、概况, （二）政策, I. Overview,
 * Chapter 2): a third-level heading. Cheap on purpose: numbering plus shortness, no sentence end.
 */
export function isNumberedHeading(text: string, lang: Lang): boolean {
  const chinese = isChinese(lang);
  const t = text.trim();
  if (leadingMarker(t, chinese) < 0) return false;
  if (chinese) return t.length <= 20 && !/[。；！？]$/u.test(t);
  return t.length <= 60 && !/[.;!?]$/u.test(t.replace(/^\S+\s*/u, ''));
}

function side(paragraphs: readonly string[], indices: readonly number[]): SideSource {
  const texts = indices.map((k) => paragraphs[k] ?? '').filter((t) => t.trim() !== '');
  if (texts.length === 0) return '';
  if (texts.length === 1) return texts[0] ?? '';
  return texts.map((text): Block => ({ kind: 'paragraph', text }));
}

/**
 * A document with one segment per link, in order. Sides that hold several paragraphs become
 * block lists; an empty side is "". Headings are guessed from section numbers.
 */
export function documentFromAlignment(
  a: readonly string[],
  b: readonly string[],
  links: readonly ParagraphLink[],
  meta: DocumentMeta,
): ParallelText {
  const [la, lb] = meta.languages;
  const segments: Segment[] = links
    .filter((l) => l.a.length + l.b.length > 0)
    .map((link, k) => {
      const first = side(a, link.a);
      const second = side(b, link.b);
      const single = (s: SideSource): string | undefined =>
        typeof s === 'string' && s !== '' ? s : undefined;
      const textA = single(first);
      const textB = single(second);
      const heading =
        (textA !== undefined &&
          isNumberedHeading(textA, la) &&
          (textB === undefined || isNumberedHeading(textB, lb) || textB.length <= 80)) ||
        (textA === undefined &&
          textB !== undefined &&
          typeof first === 'string' &&
          isNumberedHeading(textB, lb));
      const kind: BlockKind = heading ? 'heading3' : 'paragraph';
      return { id: segmentId(k), kind, text: { [la]: first, [lb]: second } };
    });
  return {
    id: meta.id,
    languages: [la, lb],
    title: meta.title,
    date: meta.date,
    provenance: {
      [la]: meta.provenance?.[la] ?? unknownProvenance('author'),
      [lb]: meta.provenance?.[lb] ?? unknownProvenance('translator'),
    },
    segments,
  };
}
