/** Lists to Excel: one sheet, a header row in the reader's language, frozen and filterable. */
import ExcelJS from "exceljs";

export type Column<T> = { header: string; width?: number; value: (row: T) => string | number | null };

export async function xlsxBuffer<T>(sheet: string, columns: Column<T>[], rows: T[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "光谷科创大走廊协同创新平台";
  const ws = book.addWorksheet(sheet.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 16 }));
  for (const r of rows) ws.addRow(columns.map((c) => c.value(r)));
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await book.xlsx.writeBuffer());
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Content-Disposition for a Chinese file name (RFC 6266 / 5987). */
export function attachment(name: string): string {
  return `attachment; filename="${name.replace(/[^\x20-\x7e]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
