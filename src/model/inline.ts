/**
 * Light inline emphasis in document text: `*italic*` and `**bold**`. Parsed to plain text plus
 * ranges, so that sentence splitting and figure finding see the words and the markup never
 * becomes HTML.
 */

export interface Mark {
  start: number;
  end: number;
  kind: 'em' | 'strong';
}

export interface InlineText {
  plain: string;
  marks: Mark[];
}

const EMPHASIS = /(\*\*|\*)(?=\S)(.+?)(?<=\S)\1/gsu;

/** Strip emphasis markers, remembering where they were. Unpaired asterisks stay as text. */
export function parseInline(text: string): InlineText {
  const marks: Mark[] = [];
  let plain = '';
  let last = 0;
  for (const m of text.matchAll(EMPHASIS)) {
    const [whole, marker = '', inner = ''] = m;
    plain += text.slice(last, m.index);
    marks.push({
      start: plain.length,
      end: plain.length + inner.length,
      kind: marker === '**' ? 'strong' : 'em',
    });
    plain += inner;
    last = m.index + whole.length;
  }
  plain += text.slice(last);
  return { plain, marks };
}
