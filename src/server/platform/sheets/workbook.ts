/**
 * An uploaded sheet (.xlsx, or .csv in UTF-8) as header and data cells, with the merged ranges of an .xlsx. Large
 * workbooks are read with exceljs's streaming reader, row by row. An unreadable file is a field error on "file".
 */
import ExcelJS from "exceljs";
import { Readable } from "node:stream";
import { parseCsv } from "./csv.ts";
import { xlsxMerges } from "./merges.ts";
import type { Cell } from "./table.ts";
import { DomainError } from "../errors.ts";

export type Sheet = { header: Cell[]; data: Cell[][]; merges: string[] };

const refuse = (key: "import.not_xlsx" | "import.not_csv" | "import.unsupported_file" | "import.empty") => new DomainError("validation_failed", key, {}, [{ path: "file", key }]);
const cellOf = (v: ExcelJS.CellValue): Cell => (v === null || v === undefined ? null : (v as Cell));

/** Whether the content is an .xlsx (a zip) or text. */
const isZip = (b: Buffer) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

async function readXlsx(content: Buffer, maxRows: number): Promise<Sheet> {
  const header: Cell[] = [];
  const data: Cell[][] = [];
  const merges = xlsxMerges(content);
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(content), { worksheets: "emit", sharedStrings: "cache", styles: "ignore", hyperlinks: "ignore", entries: "emit" });
    let first = true;
    for await (const worksheet of reader) {
      if (!first) break;
      first = false;
      const ws = worksheet as unknown as AsyncIterable<ExcelJS.Row>;
      for await (const row of ws) {
        const values = Array.isArray(row.values) ? row.values.slice(1).map(cellOf) : [];
        if (row.number === 1) header.push(...values);
        else {
          // Rows beyond the limit are counted, not kept: the reader reports the count as an error.
          data[row.number - 2] = data.length <= maxRows ? values : [];
        }
      }
    }
  } catch {
    throw refuse("import.not_xlsx");
  }
  for (let i = 0; i < data.length; i++) data[i] ??= [];
  return { header, data, merges };
}

/** Reads the first sheet of an .xlsx, or a .csv; `maxRows` bounds what is kept (more is still counted). */
export async function readSheet(content: Buffer, fileName: string, maxRows: number): Promise<Sheet> {
  const lower = fileName.toLowerCase();
  if (isZip(content)) return readXlsx(content, maxRows);
  if (!lower.endsWith(".csv") && !lower.endsWith(".txt")) throw refuse(lower.endsWith(".xlsx") ? "import.not_xlsx" : "import.unsupported_file");
  const text = new TextDecoder("utf-8", { fatal: true });
  let decoded: string;
  try {
    decoded = text.decode(content);
  } catch {
    throw refuse("import.not_csv");
  }
  const parsed = parseCsv(decoded);
  if (!parsed.ok) throw refuse("import.not_csv");
  const [header = [], ...data] = parsed.rows;
  return { header, data, merges: [] };
}
