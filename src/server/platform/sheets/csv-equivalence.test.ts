/**
 * The CSV reader slices fields instead of building them a character at a time; it must read every text exactly as
 * the character-at-a-time version did (kept here as the reference), errors and line numbers included.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseCsv, type CsvRead } from "./csv.ts";

function referenceCsv(text: string): CsvRead {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoteLine = 0;
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

const csvish = fc.array(fc.constantFrom('"', '""', ",", "\n", "\r", "\r\n", "a", "光谷", " ", "\uFEFF", "x,y", '"q"'), { maxLength: 40 }).map((p) => p.join(""));

describe("parseCsv", () => {
  it("reads any text exactly as the character-at-a-time reference does", () => {
    fc.assert(
      fc.property(fc.oneof(csvish, fc.string()), (text) => {
        expect(parseCsv(text)).toEqual(referenceCsv(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("reads quoted fields with separators, doubled quotes and line breaks", () => {
    expect(parseCsv('\uFEFF申请号,名称\r\n"CN1,2","一""二""\n三"\r\n')).toEqual({ ok: true, rows: [["申请号", "名称"], ["CN1,2", '一"二"\n三']] });
    expect(parseCsv('a,"open\n\n')).toEqual({ ok: false, line: 1 });
  });
});
