// CSV in and out. In: RFC 4180 quoting, a UTF-8 BOM or none, the delimiter Excel used (",", or ";" where the
// decimal separator is a comma, as in Vietnamese settings, or a tab). Out: UTF-8 with a BOM (Excel then shows
// Vietnamese correctly), comma-delimited, CRLF.
export type CsvCell = string | number | null | undefined;

function detectDelimiter(firstLine: string): string {
  const counts = { ",": 0, ";": 0, "\t": 0 } as Record<string, number>;
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  const [best, n] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return n > 0 ? best : ",";
}

/** Rows of text cells. A quoted cell may hold delimiters, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(src.slice(0, src.search(/\r?\n|$/)));
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === delimiter) { row.push(cell); cell = ""; }
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      row.push(cell); rows.push(row); row = []; cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

function quote(v: CsvCell): string {
  if (v === null || v === undefined) return "";
  const s = String(v);
  return /[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function writeCsv(header: string[], rows: CsvCell[][]): Buffer {
  const body = [header, ...rows].map((r) => r.map(quote).join(",")).join("\r\n") + "\r\n";
  return Buffer.from("\uFEFF" + body, "utf8");
}
