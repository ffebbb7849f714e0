/** 任务分工表 (.xlsx) and 督办通报 (.docx): what offices file and circulate. */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { xlsxBuffer, type Column } from "../../../platform/export.ts";
import { translate, type Lang } from "../../../../shared/i18n/index.ts";
import type { Task } from "../contract.ts";
import type { IndicatorView } from "./indicators.ts";

const units = (t: Task, role: "lead" | "responsible") => t.units.filter((u) => u.role === role).map((u) => u.orgName).join("、");
const latest = (t: Task) => t.reports?.filter((r) => r.state !== "returned").at(-1);

export function taskTableXlsx(tasks: Task[], lang: Lang): Promise<Buffer> {
  const zh = lang === "zh-CN";
  const columns: Column<Task & { seq: number }>[] = [
    { header: zh ? "序号" : "No.", width: 8, value: (t) => t.seq },
    { header: zh ? "重点任务" : "Task", width: 48, value: (t) => `${t.path.join(" ")} ${t.title}` },
    { header: zh ? "牵头单位" : "Lead units", width: 28, value: (t) => units(t, "lead") },
    { header: zh ? "责任单位" : "Responsible units", width: 40, value: (t) => units(t, "responsible") },
    { header: zh ? "完成时限" : "Deadline", width: 14, value: (t) => t.dueDate },
    { header: zh ? "进展" : "Progress", width: 48, value: (t) => { const r = latest(t); return r ? `${r.periodKey} ${r.percent}% ${r.statusText}` : ""; } },
    { header: zh ? "状态" : "Status", width: 10, value: (t) => translate(lang, `light.name.${t.light}`) },
  ];
  return xlsxBuffer(zh ? "任务分工表" : "Tasks", columns, tasks.map((t, i) => ({ ...t, seq: i + 1 })));
}

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
const table = (rows: string[][]) =>
  new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: rows.map((r, i) => new TableRow({ children: r.map((c) => cell(c, i === 0)) })) });

/** 督办通报 for one period: counts by light, the red and yellow tasks with their units, and the KPI table. */
export async function bulletinDocx(input: { planTitle: string; periodKey: string; tasks: Task[]; kpis: IndicatorView[] }, lang: Lang): Promise<Buffer> {
  const t = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate(lang, k, p);
  const by = (light: Task["light"]) => input.tasks.filter((x) => x.light === light);
  const attention = [...by("red"), ...by("yellow")];
  const fmt = (v: number | null | undefined) => (v === null || v === undefined ? "—" : String(Math.round(v * 100) / 100));
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: t("bulletin.title", { period: input.periodKey }), heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
          new Paragraph({ text: input.planTitle, alignment: AlignmentType.CENTER }),
          new Paragraph({ text: t("bulletin.summary", { total: input.tasks.length, green: by("green").length, yellow: by("yellow").length, red: by("red").length }) }),
          new Paragraph({ text: t("bulletin.attention"), heading: HeadingLevel.HEADING_1 }),
          table([
            [t("bulletin.col.task"), t("bulletin.col.lead"), t("bulletin.col.responsible"), t("bulletin.col.status"), t("bulletin.col.why")],
            ...attention.map((x) => [`${x.path.join(" ")} ${x.title}`, units(x, "lead"), units(x, "responsible"), t(`light.name.${x.light}`), x.reasons.map((r) => r.message).join("；")]),
          ]),
          new Paragraph({ text: t("bulletin.kpis"), heading: HeadingLevel.HEADING_1 }),
          table([
            [t("bulletin.col.indicator"), t("bulletin.col.target"), t("bulletin.col.latest"), t("bulletin.col.projection"), t("bulletin.col.assessment")],
            ...input.kpis.map((k) => {
              const last = k.series.filter((s) => s.value !== null).at(-1);
              return [
                k.name,
                k.target ? `${k.target.comparator}${k.target.value}${k.unit}（${k.target.year}）` : "—",
                last ? `${fmt(last.value)}${k.unit}（${last.year}）${last.demo ? t("kpi.demo") : ""}` : "—",
                k.projection ? `${fmt(k.projection.value)}${k.unit}（${k.projection.method === "linear" ? t("kpi.linear") : t("kpi.cagr")}）` : "—",
                k.assessment ? t(`kpi.${k.assessment}`) : t("kpi.no_verdict"),
              ];
            }),
          ]),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
