/**
 * The rows a rejected import names, as a table for the page and as files to fix the workbook by: .xlsx (built in
 * the browser) and CSV. Row 0 is an error of the whole file (a header missing, say). Pure.
 */
import { toCsv } from "../charts/csv.ts";
import { toXlsx } from "../xlsx.ts";
import type { RowError } from "./sse.ts";

export type RowErrorHeaders = { row: string; column: string; message: string; wholeFile: string };

export function rowErrorRows(errors: readonly RowError[], h: RowErrorHeaders): (string | number)[][] {
  return [[h.row, h.column, h.message], ...errors.map((e) => [e.row > 0 ? e.row : h.wholeFile, e.column, e.message])];
}

export const rowErrorsCsv = (errors: readonly RowError[], h: RowErrorHeaders): string => toCsv(rowErrorRows(errors, h));

export const rowErrorsXlsx = (errors: readonly RowError[], h: RowErrorHeaders, sheetName: string): Uint8Array<ArrayBuffer> => toXlsx(sheetName, rowErrorRows(errors, h));

/** The error file's name beside the uploaded one: 企业数据.xlsx → 企业数据-错误清单. */
export function errorFileBase(uploaded: string, suffix: string): string {
  const stem = uploaded.replace(/\.[^.]*$/, "") || "import";
  return `${stem}-${suffix}`;
}
