/**
 * The floors the benchmark compares with: what any reader must at least do. A bare page that
 * fetches the same JSON, parses it and writes the one row asked for (`?row=`) as plain DOM, and a
 * static HTML table of the report's text.
 */
import type { ParallelText } from '../src/model/types.ts';

/** The bare page: fetch, JSON.parse, write the row as text, scroll it into view. */
export function floorPage(): string {
  return `<!doctype html><meta charset="utf-8"><body><script>
const q = new URLSearchParams(location.search);
fetch(q.get('src')).then((r) => r.json()).then((doc) => {
  const id = q.get('row');
  const seg = doc.segments.find((s) => s.id === id);
  const row = document.createElement('div');
  row.dataset.pair = id;
  for (const lang of doc.languages) {
    const side = document.createElement('p');
    side.lang = lang;
    const t = seg.text[lang];
    side.textContent = typeof t === 'string' ? t : t.map((b) => b.text).join(' ');
    row.append(side);
  }
  document.body.append(row);
  row.scrollIntoView();
});
</script></body>`;
}

const escape = (s: string): string =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** The report as one static table, its text escaped. */
export function tablePage(doc: ParallelText): string {
  const side = (t: unknown): string =>
    escape(typeof t === 'string' ? t : (t as { text: string }[]).map((b) => b.text).join(' '));
  const rows = doc.segments
    .map(
      (s) =>
        `<tr>${doc.languages.map((l) => `<td lang="${l}">${side(s.text[l])}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<!doctype html><meta charset="utf-8"><title>${escape(doc.title.en ?? '')}</title><table>${rows}</table>`;
}
