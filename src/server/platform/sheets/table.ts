/**
 * Reading an imported sheet (.xlsx or .csv) against a template: headers matched exactly, every cell read by its
 * column's kind, every error at its row and column, in Chinese. Pure: cells in, values and errors out. Wrong
 * headers, merged cells and too many rows are errors of the whole file; anything else is an error of its cell.
 * An empty cell is "not given" (an error only in a required column); nothing is guessed.
 */
import { translate, type MessageKey, type MessageParams } from "../../../shared/i18n/index.ts";

/** A cell as a spreadsheet library gives it: a value, a date, a formula, rich text, or nothing. */
export type Cell = string | number | boolean | Date | null | undefined | { formula?: string; sharedFormula?: string; result?: unknown } | { richText: { text: string }[] } | { text: string; hyperlink?: string } | { error: string };

export type ColumnKind = "text" | "money" | "count" | "year" | "date" | "bool" | "list" | "choice";
export type Column = {
  key: string;
  /** The template's header ("*" marks a required column); matched after removing whitespace. */
  header: string;
  kind: ColumnKind;
  required?: boolean;
  width?: number;
  /** text: the longest accepted. */
  max?: number;
  /** choice: accepted spellings → value (e.g. "武汉市" → "420100"). */
  choices?: ReadonlyMap<string, string>;
  /** choice: how to name the accepted values in an error. */
  choicesLabel?: string;
};

export type Value = string | number | boolean | string[];
export type RowError = { row: number; column: string; message: string };
export type TableRow = { row: number; values: Map<string, Value> };
export type TableRead = { rows: TableRow[]; errors: RowError[]; fatal: boolean };

type Read<T> = { ok: true; value: T } | { ok: false; key: MessageKey; params?: MessageParams };

export function cellText(cell: Cell): Read<string | null> {
  if (cell === null || cell === undefined) return { ok: true, value: null };
  if (cell instanceof Date) return { ok: true, value: cell.toISOString().slice(0, 10) };
  if (typeof cell === "object") {
    if ("formula" in cell || "sharedFormula" in cell) return { ok: false, key: "import.formula" };
    if ("error" in cell) return { ok: false, key: "import.cell_error", params: { value: cell.error } };
    if ("richText" in cell) return { ok: true, value: cell.richText.map((t) => t.text).join("").trim() || null };
    if ("text" in cell) return { ok: true, value: String(cell.text).trim() || null };
    return { ok: false, key: "import.cell_unreadable" };
  }
  const s = String(cell).replace(/\0/g, "").trim();
  return { ok: true, value: s === "" ? null : s };
}

function numberOf(s: string, integer: boolean): Read<number> {
  const n = Number(s.replace(/[,，\s]/g, ""));
  if (!Number.isFinite(n)) return { ok: false, key: "import.not_number", params: { value: s.slice(0, 40) } };
  if (integer && !Number.isInteger(n)) return { ok: false, key: "import.not_integer", params: { value: s.slice(0, 40) } };
  return { ok: true, value: n };
}

function dateOf(cell: Cell, s: string): Read<string> {
  if (cell instanceof Date) return { ok: true, value: cell.toISOString().slice(0, 10) };
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s);
  if (!m) return { ok: false, key: "import.not_date", params: { value: s.slice(0, 40) } };
  const iso = `${m[1]}-${(m[2] ?? "").padStart(2, "0")}-${(m[3] ?? "").padStart(2, "0")}`;
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) return { ok: false, key: "import.not_date", params: { value: s.slice(0, 40) } };
  return { ok: true, value: iso };
}

const TRUE = new Set(["是", "有", "y", "yes", "true", "1", "√", "✓"]);
const FALSE = new Set(["否", "无", "n", "no", "false", "0", "×"]);

function readCell(column: Column, cell: Cell): Read<Value | null> {
  const text = cellText(cell);
  if (!text.ok || text.value === null) return text;
  const s = text.value;
  switch (column.kind) {
    case "text":
      return s.length > (column.max ?? 500) ? { ok: false, key: "import.too_long", params: { max: column.max ?? 500 } } : { ok: true, value: s };
    case "money":
      return numberOf(s, false);
    case "count":
      return numberOf(s, true);
    case "year": {
      const y = numberOf(s, true);
      return y.ok && (y.value < 1985 || y.value > 2100) ? { ok: false, key: "import.bad_year", params: { value: y.value } } : y;
    }
    case "date":
      return dateOf(cell, s);
    case "bool": {
      const v = s.toLowerCase();
      if (TRUE.has(v)) return { ok: true, value: true };
      if (FALSE.has(v)) return { ok: true, value: false };
      return { ok: false, key: "import.not_bool", params: { value: s.slice(0, 20) } };
    }
    case "list":
      return { ok: true, value: s.split(/[;；,，、\n]+/).map((x) => x.trim()).filter((x) => x !== "") };
    case "choice": {
      const v = column.choices?.get(s);
      return v !== undefined ? { ok: true, value: v } : { ok: false, key: "import.bad_choice", params: { value: s.slice(0, 40), choices: column.choicesLabel ?? [...(column.choices?.keys() ?? [])].join("、") } };
    }
  }
}

/** Column letters as a spreadsheet shows them (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const normal = (s: string) => s.replace(/\s+/g, "");

/** Reads `data` (the rows after the header; sheet row numbers start at 2) against the template's columns. */
export function readTable(header: Cell[], data: Cell[][], columns: readonly Column[], opts: { maxRows: number; merges?: string[] }): TableRead {
  const zh = (key: MessageKey, params?: MessageParams) => translate("zh-CN", key, params);
  if ((opts.merges ?? []).length > 0) return { rows: [], fatal: true, errors: [{ row: 0, column: (opts.merges ?? []).slice(0, 5).join("、"), message: zh("import.merged_cells") }] };
  if (data.length > opts.maxRows) return { rows: [], fatal: true, errors: [{ row: 0, column: "", message: zh("import.too_many_rows", { rows: data.length, max: opts.maxRows }) }] };
  const headers = header.map((h) => {
    const t = cellText(h);
    return t.ok ? normal(t.value ?? "") : "";
  });
  const positions = new Map<string, number>();
  for (const c of columns) {
    const i = headers.indexOf(normal(c.header));
    if (i >= 0) positions.set(c.key, i);
  }
  const missing = columns.filter((c) => c.required && !positions.has(c.key)).map((c) => c.header);
  const unknown = headers.filter((h) => h !== "" && !columns.some((c) => normal(c.header) === h));
  if (missing.length > 0 || unknown.length > 0) {
    const errors: RowError[] = [];
    if (missing.length) errors.push({ row: 1, column: missing.join("、"), message: zh("import.missing_columns", { columns: missing.join("、") }) });
    if (unknown.length) errors.push({ row: 1, column: unknown.slice(0, 10).join("、"), message: zh("import.unknown_columns", { columns: unknown.slice(0, 10).join("、") }) });
    return { rows: [], fatal: true, errors };
  }
  const rows: TableRow[] = [];
  const errors: RowError[] = [];
  // Each present column once: its place in the row and its name in errors, e.g. "B（专利名称）".
  const present = columns.flatMap((column) => {
    const i = positions.get(column.key);
    return i === undefined ? [] : [{ column, i, where: `${columnLetter(i)}（${column.header.replace("*", "")}）` }];
  });
  data.forEach((cells, index) => {
    const rowNo = index + 2;
    const empty = cells.every((c) => {
      if (c === null || c === undefined || c === "") return true;
      const t = cellText(c);
      return t.ok && t.value === null;
    });
    if (empty) return;
    const values = new Map<string, Value>();
    let bad = false;
    for (const { column, i, where } of present) {
      const read = readCell(column, cells[i]);
      if (!read.ok) {
        errors.push({ row: rowNo, column: where, message: zh(read.key, read.params) });
        bad = true;
      } else if (read.value === null || (Array.isArray(read.value) && read.value.length === 0)) {
        if (column.required) {
          errors.push({ row: rowNo, column: where, message: zh("import.required") });
          bad = true;
        }
      } else values.set(column.key, read.value);
    }
    if (!bad) rows.push({ row: rowNo, values });
  });
  return { rows, errors, fatal: false };
}

/** Where a column is in the sheet, for an error found after reading (e.g. by a record's own rules). */
export function columnName(columns: readonly Column[], header: Cell[], key: string): string {
  const c = columns.find((x) => x.key === key);
  if (!c) return key;
  const i = header.findIndex((h) => {
    const t = cellText(h);
    return t.ok && normal(t.value ?? "") === normal(c.header);
  });
  return i >= 0 ? `${columnLetter(i)}（${c.header.replace("*", "")}）` : c.header.replace("*", "");
}
