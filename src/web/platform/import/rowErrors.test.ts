import { describe, expect, test } from "vitest";
import ExcelJS from "exceljs";
import { errorFileBase, rowErrorRows, rowErrorsCsv, rowErrorsXlsx } from "./rowErrors.ts";

const H = { row: "行", column: "列", message: "原因", wholeFile: "整个文件" };
const errors = [
  { row: 0, column: "", message: "缺少表头“年度*”" },
  { row: 3, column: "营业收入（万元）", message: "须为数字，您填写了“约5000”" },
  { row: 7, column: "统一社会信用代码*", message: "校验码错误, 请核对" },
];

describe("row errors", () => {
  test("a header row, then one row per error; row 0 is the whole file", () => {
    expect(rowErrorRows(errors, H)).toEqual([
      ["行", "列", "原因"],
      ["整个文件", "", "缺少表头“年度*”"],
      [3, "营业收入（万元）", "须为数字，您填写了“约5000”"],
      [7, "统一社会信用代码*", "校验码错误, 请核对"],
    ]);
  });

  test("CSV for Excel: BOM, CRLF, a comma quoted", () => {
    const csv = rowErrorsCsv(errors, H);
    expect(csv.startsWith("\uFEFF行,列,原因\r\n")).toBe(true);
    expect(csv).toContain('7,统一社会信用代码*,"校验码错误, 请核对"\r\n');
  });

  test("the .xlsx holds the same table", async () => {
    const bytes = rowErrorsXlsx(errors, H, "导入错误");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws?.getRow(3).values).toEqual([undefined, 3, "营业收入（万元）", "须为数字，您填写了“约5000”"]);
    expect(ws?.rowCount).toBe(4);
  });

  test("the error file is named after the upload", () => {
    expect(errorFileBase("2025年企业数据.xlsx", "错误清单")).toBe("2025年企业数据-错误清单");
    expect(errorFileBase(".xlsx", "errors")).toBe("import-errors");
  });
});
