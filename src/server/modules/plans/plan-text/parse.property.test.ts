/** Properties of the whole parser over the seed and the fixture plans. */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parsePlanText } from "./parse.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const repositoryRoot = path.resolve(here, "../../../../..");
// ../shared sits beside the repository in every checkout and in CI.
const seed = path.resolve(repositoryRoot, "../shared/seeds/guanggu-corridor-action-plan-2023-2025.txt");
const plans: { name: string; text: string }[] = [
  { name: "the seed", text: readFileSync(seed, "utf8") },
  ...readdirSync(path.join(here, "fixtures"))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => ({ name: f, text: readFileSync(path.join(here, "fixtures", f), "utf8") })),
];

/** Writes each ASCII character full-width when the coin says so (ASCII → U+FF01…U+FF5E). */
function widen(text: string, coins: boolean[]): string {
  let i = 0;
  return text.replace(/[\x21-\x7e]/g, (ch) => (coins[i++ % coins.length] ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch));
}

const CHROME = [
  "首页 > 政务公开 > 政府文件",
  "当前位置:首页 > 政策文件 > 正文",
  "索引号:011043386/2023-04528",
  "发文机关:湖北省人民政府办公厅",
  "成文日期:2023年05月10日",
  "主题分类:科技",
  "【字号:大 中 小】",
  "打印本页 关闭窗口",
  "点击上方蓝字关注我们",
  "来源:湖北日报",
  "编辑:张三",
  "审核:李四",
  "发布时间:2023-06-01 浏览次数:88",
  "阅读原文",
  "分享到:",
  "版权所有:湖北省人民政府办公厅",
  "鄂ICP备05003305号-1",
  "Copyright © 2023 All rights reserved.",
  "扫一扫在手机打开当前页",
];
const chromeLines = fc.array(fc.constantFrom(...CHROME), { maxLength: 6 });

describe.each(plans)("parsing $name", ({ text }) => {
  const expected = parsePlanText(text);

  it("gives the same result for full-width and half-width forms of the text", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 64 }), (coins) => {
        expect(parsePlanText(widen(text, coins))).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });

  it("gives the same result with page chrome added above and below the plan", () => {
    fc.assert(
      fc.property(chromeLines, chromeLines, (above, below) => {
        expect(parsePlanText([...above, text, ...below].join("\n"))).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });

  it("gives the same result with CRLF line ends and ideographic-space indentation", () => {
    const indented = text
      .split("\n")
      .map((line) => (line.trim() === "" ? line : `\u3000\u3000${line}  `))
      .join("\r\n");
    expect(parsePlanText(indented)).toEqual(expected);
  });
});

describe("parsing arbitrary text", () => {
  const pieces = ["一、", "(一)", "1.", "(1)", "牵头单位:", "责任单位:", "省科技厅", "、", ",", "。", "负责", "牵头", "\n", "超过", "100", "家", "到2025年", "(", ")", "方案"];

  it("never throws and keeps every task's path consistent with its number and chapter", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 80 }), (parts) => {
        const plan = parsePlanText(parts.join(""));
        for (const t of plan.tasks) {
          expect(t.path[t.path.length - 1]).toBe(t.number);
          expect(t.path[0]).toBe(t.chapter);
          expect(plan.chapters.map((c) => c.number)).toContain(t.chapter);
        }
      }),
      { numRuns: 300 },
    );
  });
});
