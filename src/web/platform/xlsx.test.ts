import { describe, expect, test } from "vitest";
import ExcelJS from "exceljs";
import { columnName, crc32, toXlsx } from "./xlsx.ts";

async function readBack(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

describe("toXlsx", () => {
  test("exceljs reads back the sheet, its name, text (Chinese, XML specials) and numbers", async () => {
    const rows = [
      ["行", "列", "原因"],
      [3, "营业收入（万元）", "须为数字 <a & b> \"引号\""],
      [12, "", "=SUM(A1) 不会被当作公式"],
    ];
    const wb = await readBack(toXlsx("导入错误", rows));
    const ws = wb.worksheets[0];
    expect(ws?.name).toBe("导入错误");
    expect(ws?.getCell("A1").value).toBe("行");
    expect(ws?.getCell("B2").value).toBe("营业收入（万元）");
    expect(ws?.getCell("C2").value).toBe('须为数字 <a & b> "引号"');
    expect(ws?.getCell("A3").value).toBe(12);
    expect(ws?.getCell("B3").value).toBeNull();
    expect(ws?.getCell("C3").value).toBe("=SUM(A1) 不会被当作公式");
    expect(ws?.rowCount).toBe(3);
  });

  test("control characters XML cannot carry are dropped; a bad sheet name is cleaned", async () => {
    const wb = await readBack(toXlsx("a/b:c", [["x\u0001y"]]));
    expect(wb.worksheets[0]?.name).toBe("abc");
    expect(wb.worksheets[0]?.getCell("A1").value).toBe("xy");
  });
});

describe("helpers", () => {
  test("column letters", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
  });
  test("CRC-32 of the standard check string", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });
});
