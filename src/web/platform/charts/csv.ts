/**
 * A chart's numbers as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Chinese as mojibake),
 * CRLF line ends, fields quoted when they hold a comma, quote or line break. Text that starts like a formula
 * (= + - @) is prefixed with ' so that a unit's name can never run as one in the reader's spreadsheet. Pure.
 */
export type CsvCell = string | number | null | undefined;

function field(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}
