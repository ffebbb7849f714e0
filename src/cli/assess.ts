/**
 * `corridor assess TIER --input FILE.json [--date YYYY-MM-DD] [--json]`: one enterprise against one tier's rules
 * (src/shared/eligibility; the input is described in docs/assess-input.md).
 * Exit 0 eligible, 1 not eligible, 2 bad input or undecided (field errors and missing figures in Chinese on stderr).
 */
import { readFile } from "node:fs/promises";
import type { ParseArgsConfig } from "node:util";
import { assess, describeGap, gaps, isIsoDate, isTier, TIERS, type AssessmentResult, type Condition, type FieldIssue } from "../shared/eligibility/index.ts";
import { translate } from "../shared/i18n/index.ts";

type Line = (line: string) => void;
type Values = Record<string, string | boolean | undefined>;

const USAGE = `corridor assess ${TIERS.join("|")} --input FILE.json [--date YYYY-MM-DD] [--json]  评价是否符合认定条件 Assess an enterprise (exit 0 eligible, 1 not, 2 bad input/undecided)`;
const zh = (issue: FieldIssue) => `  ${issue.path || "(input)"}: ${translate("zh-CN", issue.key, issue.params)}`;

function requirement(c: Condition): string {
  const r = c.required;
  if (r.kind === "flag") return `须为${r.value ? "是" : "否"}`;
  if (r.kind === "anyOf") return `任一：${r.options.map((o) => (o.kind === "flag" ? o.label : `${o.label} ${o.op} ${o.value}${translate("zh-CN", `unit.${o.unit}`)}`)).join("；")}`;
  return `${r.op} ${r.value ?? "?"}${translate("zh-CN", `unit.${r.unit}`)}`;
}

function actual(c: Condition): string {
  const show = (v: unknown) => (v === null ? "缺" : v === true ? "是" : v === false ? "否" : typeof v === "number" ? String(Math.round(v * 100) / 100) : String(v));
  return Array.isArray(c.actual) ? c.actual.map(show).join(" / ") : show(c.actual);
}

function summary(r: AssessmentResult, out: Line): void {
  const verdict = r.eligible === true ? "符合 eligible" : r.eligible === false ? "不符合 not eligible" : "无法判定 undecided（缺少数据）";
  out(`${translate("zh-CN", `tier.${r.tier}`)} · ${r.ruleSet} · 评价日期 ${r.assessedOn}：${verdict}`);
  const subs = Object.entries(r.subscores).map(([k, v]) => `${k} ${v ?? "缺"}`).join(" · ");
  if (r.score !== null || subs) out(`得分 score: ${r.score ?? "缺"}${subs ? `（${subs}）` : ""}${r.scoreRange ? `；按已定档次 ${r.scoreRange.min}–${r.scoreRange.max}` : ""}`);
  if (r.directQualification !== undefined) out(`直通/直接确认 direct: ${r.directQualification === null ? "缺" : r.directQualification ? "是" : "否"}`);
  for (const c of r.conditions) {
    const mark = c.met === true ? "✓" : c.met === false ? "✗" : "?";
    out(`  ${mark} [${c.group}] ${c.label}｜要求 ${requirement(c)}｜实际 ${actual(c)}`);
  }
  const list = gaps(r);
  if (list.length > 0) out(`差距 gaps:\n${list.map((g) => `  - ${describeGap(g, "zh-CN")}`).join("\n")}`);
  if (r.provisional) out(`暂定 provisional:\n${r.provisionalRules.map((p) => `  - ${p.rule}（${p.why}）`).join("\n")}`);
}

async function readJson(file: string, err: Line): Promise<{ ok: true; value: unknown } | { ok: false }> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    err(zh({ path: "--input", key: "assess.unreadable", params: { file } }));
    return { ok: false };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    err(zh({ path: "--input", key: "assess.invalid_json", params: { detail: (e as Error).message } }));
    return { ok: false };
  }
}

export function assessCommand(out: Line, err: Line) {
  const options: NonNullable<ParseArgsConfig["options"]> = { input: { type: "string" }, date: { type: "string" }, json: { type: "boolean" } };
  return {
    usage: USAGE,
    options,
    run: async (v: Values, positionals: string[]): Promise<number> => {
      const [tier, ...extra] = positionals;
      const file = v.input;
      if (tier === undefined || extra.length > 0 || typeof file !== "string") {
        err(`${tier === undefined ? "TIER is required" : typeof file !== "string" ? "--input FILE is required" : `unexpected argument: ${extra.join(" ")}`}\n用法 usage: ${USAGE}`);
        return 2;
      }
      const issues: FieldIssue[] = [];
      if (!isTier(tier)) issues.push({ path: "tier", key: "assess.unknown_tier", params: { tier, tiers: TIERS.join(" | ") } });
      if (typeof v.date === "string" && !isIsoDate(v.date)) issues.push({ path: "--date", key: "assess.type_date", params: { value: v.date } });
      if (issues.length > 0) {
        err(`输入有误 bad input:\n${issues.map(zh).join("\n")}`);
        return 2;
      }
      const raw = await readJson(file, err);
      if (!raw.ok) return 2;
      const outcome = assess(tier, raw.value, typeof v.date === "string" ? { assessedOn: v.date } : {});
      if (!outcome.ok) {
        err(`输入有误 bad input:\n${outcome.errors.map(zh).join("\n")}`);
        return 2;
      }
      const r = outcome.result;
      if (v.json) out(JSON.stringify(r));
      else summary(r, out);
      if (r.incomplete) err(`数据不完整 incomplete — 缺少 missing:\n${r.missing.map(zh).join("\n")}`);
      return r.eligible === true ? 0 : r.eligible === false ? 1 : 2;
    },
  };
}
