/** Fixtures for the enterprise registry's tests: valid credit codes, an import workbook, a registered enterprise. */
import ExcelJS from "exceljs";
import { randomInt } from "node:crypto";
import { creditCodeCheckChar, orgCodeCheckChar } from "../../src/shared/credit-code.ts";
import { TEMPLATE_COLUMNS } from "../../src/server/modules/enterprises/import-sheet.ts";
import type { Harness } from "./harness.ts";

/** A valid, random unified social credit code of an enterprise (9 1 + division + organisation code + check). */
export function creditCode(division = "420100"): string {
  const body = Array.from({ length: 8 }, () => "0123456789ABCDEFGHJKLMNPQRTUWXY".charAt(randomInt(0, 10))).join("");
  const first17 = `91${division}${body}${orgCodeCheckChar(body)}`;
  return `${first17}${creditCodeCheckChar(first17)}`;
}

export type SheetRow = Record<string, string | number | null | undefined>;

/** An .xlsx in the import template's layout; `headers` replaces the template's header row. */
export async function importWorkbook(rows: SheetRow[], opts: { headers?: string[]; merge?: string; formulaAt?: { row: number; column: string } } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("企业年度数据");
  const headers = opts.headers ?? TEMPLATE_COLUMNS.map((c) => c.header);
  ws.addRow(headers);
  for (const r of rows) ws.addRow(TEMPLATE_COLUMNS.map((c) => r[c.key] ?? null));
  if (opts.merge) ws.mergeCells(opts.merge);
  if (opts.formulaAt) {
    const index = TEMPLATE_COLUMNS.findIndex((c) => c.key === opts.formulaAt?.column);
    ws.getRow(opts.formulaAt.row).getCell(index + 1).value = { formula: "1+1", result: 2 };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function uploadForm(content: Buffer, name = "企业数据.xlsx"): FormData {
  const form = new FormData();
  form.append("file", new File([new Uint8Array(content)], name, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
  return form;
}

/** Registers 长飞 (the member persona's enterprise) once, as the Wuhan officer; returns its id. */
export async function registeredChangfei(h: Harness): Promise<string> {
  const id = h.orgIds["长飞光纤光缆股份有限公司"] ?? "";
  const officer = await h.as("officer");
  const res = await officer.post("/api/v1/enterprises", { orgId: id, industry: "光纤光缆制造", foundedOn: "1988-05-31" });
  if (res.status !== 201 && res.status !== 409) throw new Error(`register 长飞: ${res.status} ${res.text}`);
  return id;
}

/** A fresh Wuhan enterprise registered by the officer; returns its id. */
export async function freshEnterprise(h: Harness, name = `矩阵测试科技有限公司${randomInt(0, 1e9)}`): Promise<string> {
  const officer = await h.as("officer");
  const res = await officer.post("/api/v1/enterprises", { name, creditCode: creditCode(), cityCode: "420100", industry: "光电子器件制造", foundedOn: "2018-03-01" });
  if (res.status !== 201) throw new Error(`register: ${res.status} ${res.text}`);
  return (res.body as { id: string }).id;
}
