import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseCsv } from "./csv.ts";
import { columnLetter, readTable, type Column } from "./table.ts";

describe("parseCsv", () => {
  it("reads quotes, doubled quotes, CR LF and a BOM", () => {
    expect(parseCsv('\ufeffa,b\r\n"x, y","say ""hi"""\n')).toEqual({ ok: true, rows: [["a", "b"], ["x, y", 'say "hi"']] });
    expect(parseCsv('a\n"multi\nline",2')).toEqual({ ok: true, rows: [["a"], ["multi\nline", "2"]] });
  });
  it("refuses a quote left open", () => {
    expect(parseCsv('a,b\n"open,1\n')).toEqual({ ok: false, line: 2 });
  });
  it("round-trips any table written the RFC 4180 way", () => {
    const cell = fc.string({ maxLength: 8 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (table) => {
        const text = table.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(",")).join("\r\n");
        expect(parseCsv(text)).toEqual({ ok: true, rows: table });
      }),
    );
  });
});

describe("readTable", () => {
  const columns: Column[] = [
    { key: "name", header: "名称*", kind: "text", required: true, max: 10 },
    { key: "n", header: "数量", kind: "count" },
    { key: "ok", header: "是否公开", kind: "bool" },
    { key: "tags", header: "标签", kind: "list" },
    { key: "city", header: "城市", kind: "choice", choices: new Map([["武汉", "420100"]]) },
  ];
  it("reads every kind of cell and names each error by row and column", () => {
    const t = readTable(["名称*", "数量", "是否公开", "标签", "城市"], [["甲", "3", "是", "a；b、c", "武汉"], ["", "2.5", "也许", "", "上海"], [], [{ formula: "1+1" }, 1, null, null, null]], columns, { maxRows: 10 });
    expect(t.fatal).toBe(false);
    expect(t.rows).toEqual([{ row: 2, values: new Map<string, unknown>([["name", "甲"], ["n", 3], ["ok", true], ["tags", ["a", "b", "c"]], ["city", "420100"]]) }]);
    expect(t.errors.map((e) => `${e.row} ${e.column}`)).toEqual(["3 A（名称）", "3 B（数量）", "3 C（是否公开）", "3 E（城市）", "5 A（名称）"]);
  });
  it("refuses the whole file for wrong headers, merged cells or too many rows", () => {
    expect(readTable(["名字"], [], columns, { maxRows: 10 }).errors.map((e) => e.message).join()).toMatch(/缺少必需的列：名称\*.*无法识别的列：名字|缺少必需的列/);
    expect(readTable(["名称*"], [["a"]], columns, { maxRows: 10, merges: ["A2:B2"] }).errors[0]?.message).toMatch(/合并单元格/);
    expect(readTable(["名称*"], [["a"], ["b"]], columns, { maxRows: 1 }).errors[0]?.message).toMatch(/最多导入 1 行/);
  });
  it("names columns as a spreadsheet does", () => {
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
  });
});
