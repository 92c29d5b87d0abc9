/** Plain text to paragraphs, the way people hand us two files. */

/**
 * Split a text into paragraphs. A text with blank lines is split at blank lines (lines inside a
 * paragraph are joined: a space between Latin words, nothing between Chinese characters);
 * a text without them has one paragraph per non-empty line. Strips a BOM, normalises CRLF and
 * CR, trims each paragraph and drops empty ones.
 */
export function splitParagraphs(text: string): string[] {
  const normal = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  const lines = normal.split('\n');
  const hasBlank = /\S[^\S\n]*\n[^\S\n]*\n\s*\S/u.test(normal);
  if (!hasBlank) return lines.map((l) => l.trim()).filter((l) => l !== '');
  const out: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) out.push(joinLines(current));
    current = [];
  };
  for (const line of lines) {
    const t = line.trim();
    if (t === '') flush();
    else current.push(t);
  }
  flush();
  return out;
}

const CJK_END = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]$/u;
const CJK_START = /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Join the lines of one paragraph: Chinese text wraps without spaces, Latin text with one. */
function joinLines(lines: readonly string[]): string {
  let out = lines[0] ?? '';
  for (const line of lines.slice(1)) {
    out += CJK_END.test(out) && CJK_START.test(line) ? line : ` ${line}`;
  }
  return out;
}
