/**
 * CSV as RFC 4180 says (quoted fields, doubled quotes, CR LF or LF, a UTF-8 BOM skipped), into rows of cells.
 * Pure. A quote left open at the end is an error of the file, not a silent truncation.
 */
export type CsvRead = { ok: true; rows: string[][] } | { ok: false; line: number };

export function parseCsv(text: string): CsvRead {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoteLine = 0;
  /** Something of the current row has been read (a quoted empty field counts). */
  let started = false;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
      continue;
    }
    started = true;
    if (ch === '"' && field === "") {
      quoted = true;
      quoteLine = line;
    } else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      started = false;
      line++;
    } else field += ch;
  }
  if (quoted) return { ok: false, line: quoteLine };
  if (started) {
    row.push(field);
    rows.push(row);
  }
  return { ok: true, rows };
}
