// Which character separates the columns: `,` (most tools), `;` (Excel in much of Europe, where the
// comma is the decimal mark) or tab (Excel's "Unicode text"). Each candidate splits the first rows;
// the one that gives the same number of columns (more than one) on the most rows wins, and on a tie
// the one that gives more columns ("Smith, John;smith@…" has a comma in every row, but more `;`).
import Papa from "papaparse";
import { delimiters, type Delimiter } from "./delimiters";

export function detectDelimiter(text: string, maxRows = 30): Delimiter {
  let best: { delimiter: Delimiter; consistency: number; columns: number } = { delimiter: ",", consistency: 0, columns: 0 };
  const newline = detectNewline(text);
  for (const delimiter of delimiters) {
    if (!text.includes(delimiter)) continue;
    const { data } = Papa.parse<string[]>(text, { delimiter, newline, preview: maxRows + 1 });
    // The last row of a sample may be cut off; blank rows say nothing.
    const rows = data.slice(0, maxRows).filter((r) => r.some((c) => c.trim() !== ""));
    if (!rows.length) continue;
    const counts = new Map<number, number>();
    for (const r of rows) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    const [columns, times] = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    if (columns < 2) continue;
    const consistency = times / rows.length;
    if (consistency > best.consistency || (consistency === best.consistency && columns > best.columns)) {
      best = { delimiter, consistency, columns };
    }
  }
  return best.delimiter;
}

/** The line break the file uses: the most frequent of CRLF, LF and CR in the text given. */
export function detectNewline(text: string): "\r\n" | "\n" | "\r" {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  if (crlf >= lf && crlf >= cr && crlf > 0) return "\r\n";
  if (cr > lf) return "\r";
  return "\n";
}
