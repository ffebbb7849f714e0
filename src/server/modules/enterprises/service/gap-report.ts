/**
 * 企业培育评估报告（差距分析）as .docx, for the city officer's coaching visit: the enterprise, each tier's result under
 * its rule set, what is met, each gap in the words of `describeGap`, missing figures (never guessed), provisional
 * rules, and the note that this is an assessment against published rules, not an official 认定. Pure: the caller
 * passes the assessment and the generation time; nothing is read or written here.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { describeGap, type AssessmentResult, type Condition, type FieldIssue, type Gap, type Tier } from "../../../../shared/eligibility/index.ts";
import type { RuleSetId, Unit } from "../../../../shared/eligibility/types.ts";
import type { RecordAssessment } from "../../../../shared/enterprise/inputs.ts";
import type { Certificate } from "../../../../shared/enterprise/record.ts";
import { translate, type Lang } from "../../../../shared/i18n/index.ts";

export type GapReportInput = {
  enterprise: { name: string; creditCode: string | null; cityName: string; districtName?: string | null; industry?: string | null };
  assessment: RecordAssessment;
  /** An ISO instant (shown in Asia/Shanghai) or a date, as the caller wants it printed. */
  generatedAt: string;
  lang?: Lang;
};

/**
 * The report's own words, zh-CN and en side by side. (Kept here, beside the only document that uses them; the
 * engine's labels, gap sentences, units and missing-figure messages come from src/shared/i18n.)
 */
const ZH = {
  title: "企业培育评估报告（差距分析）",
  basics: "一、企业基本情况",
  name: "企业名称",
  creditCode: "统一社会信用代码",
  city: "所在地",
  industry: "所属行业",
  notGiven: "未填写",
  assessedOn: "评估日期",
  generatedAt: "报告生成时间",
  ruleSetsHeading: "二、适用的认定规则（按评估日期确定）",
  noRuleSet: "无法确定（数据有误）",
  ruleSets: {
    "HTE-2016": "《高新技术企业认定管理办法》国科发火〔2016〕32号、《高新技术企业认定管理工作指引》国科发火〔2016〕195号",
    "MOST-2017-115": "《科技型中小企业评价办法》国科发政〔2017〕115号",
    "MIIT-2022-63": "《优质中小企业梯度培育管理暂行办法》工信部企业〔2022〕63号",
    "MIIT-2026-2": "《优质中小企业梯度培育管理办法》工信部企业〔2026〕2号",
  } satisfies Record<RuleSetId, string>,
  summaryHeading: "三、评估结果汇总",
  col: { tier: "培育层级", status: "评估结果", score: "得分", unmet: "未满足条件数" },
  status: { held: "已持有", eligible: "符合", notEligible: "不符合", undecided: "无法判定（缺少数据）", invalid: "数据有误，无法评估" },
  heldWith: "{held}；按现有数据评估：{assessed}",
  statusNote: "“符合”“不符合”按已公开的认定条件逐项判断；缺少数据的条件不作推测，结果记为“无法判定（缺少数据）”。未满足条件数含因缺少数据无法判断的条件。",
  scoreWithRange: "{score}（专家评分范围内可能为 {min}–{max}）",
  scoreRangeOnly: "{min}–{max}（专家评分范围）",
  nearestHeading: "最接近的培育层级",
  nearest: "尚未达到的层级中，最接近的是{tier}：还有 {unmet} 项条件未满足（或缺少数据）。",
  noNearest: "各层级均已符合，或均已持有，无尚未达到的层级。",
  detailsHeading: "四、分层级差距分析",
  resultLine: "适用规则：{ruleSet}。评估结果：{status}；得分：{score}。",
  held: "已持有该资质：{details}。",
  certNumber: "证书（登记）编号 {number}",
  certYear: "{year} 年认定（入库）",
  certValidity: "有效期 {from} 至 {until}",
  separator: "，",
  colon: "：",
  invalid: "登记数据有误，无法评估，请先更正以下数据：",
  metHeading: "已满足的条件",
  metFigure: "（{measure} {actual}，要求 {op} {required}）",
  noneMet: "无。",
  gapsHeading: "未满足的条件及差距",
  noGaps: "无：各项条件均已满足。",
  missingHeading: "缺少的数据",
  missingLead: "评估结果不完整：以下数据缺失，系统未作任何推测；补充后可重新评估。",
  provisionalHeading: "暂定规则",
  provisionalLead: "本层级的结果使用了以下尚待核实的规则（暂定），结论仅供参考：",
  closingHeading: "五、说明",
  closing:
    "本报告依据已公开的认定规则，对企业登记库中的数据进行评估，仅用于培育辅导，不是主管部门的认定（入库、认定、复核）结果，也不代表评审机构的意见。是否认定以主管部门组织的评审、公示和公告为准。专家评分项按登记的评审档次和分值计算。",
};

type ReportText = typeof ZH;

const EN: ReportText = {
  title: "Enterprise cultivation assessment (gap analysis)",
  basics: "1. The enterprise",
  name: "Name",
  creditCode: "Unified social credit code",
  city: "Location",
  industry: "Industry",
  notGiven: "not given",
  assessedOn: "Assessment date",
  generatedAt: "Report generated",
  ruleSetsHeading: "2. Rule sets applied (chosen by the assessment date)",
  noRuleSet: "cannot tell (the data is wrong)",
  ruleSets: {
    "HTE-2016": "High and new technology enterprise rules, 国科发火〔2016〕32号 and the 2016 work guidelines 国科发火〔2016〕195号",
    "MOST-2017-115": "Technology-based SME evaluation rules, 国科发政〔2017〕115号",
    "MIIT-2022-63": "Interim rules for tiered cultivation of quality SMEs, 工信部企业〔2022〕63号",
    "MIIT-2026-2": "Rules for tiered cultivation of quality SMEs, 工信部企业〔2026〕2号",
  },
  summaryHeading: "3. Summary",
  col: { tier: "Tier", status: "Result", score: "Score", unmet: "Conditions not met" },
  status: { held: "Held", eligible: "Eligible", notEligible: "Not eligible", undecided: "Undecided (figures missing)", invalid: "Wrong data, not assessed" },
  heldWith: "{held}; on the current data: {assessed}",
  statusNote: "Each published condition is checked one by one; a condition whose figures are missing is never guessed, and the result is then “undecided (figures missing)”. Conditions not met include those that cannot be decided for missing figures.",
  scoreWithRange: "{score} (between {min} and {max} within the experts' ranges)",
  scoreRangeOnly: "{min}–{max} (the experts' ranges)",
  nearestHeading: "Nearest tier",
  nearest: "Of the tiers not yet reached, the nearest is {tier}: {unmet} condition(s) not met (or missing figures).",
  noNearest: "Every tier is reached or held.",
  detailsHeading: "4. Gaps by tier",
  resultLine: "Rule set: {ruleSet}. Result: {status}; score: {score}.",
  held: "Held: {details}.",
  certNumber: "certificate (registration) number {number}",
  certYear: "granted (registered) in {year}",
  certValidity: "valid from {from} to {until}",
  separator: ", ",
  colon: ": ",
  invalid: "The registry data is wrong and could not be assessed; please correct:",
  metHeading: "Conditions met",
  metFigure: " ({measure} {actual}, required {op} {required})",
  noneMet: "None.",
  gapsHeading: "Conditions not met, and the gap",
  noGaps: "None: every condition is met.",
  missingHeading: "Missing figures",
  missingLead: "The result is incomplete: the figures below are missing and nothing was guessed; assess again once they are entered.",
  provisionalHeading: "Provisional rules",
  provisionalLead: "This tier's result uses rules not yet confirmed (provisional); read it as indicative:",
  closingHeading: "5. Note",
  closing:
    "This report assesses the registry's data against the published rules, for coaching only. It is not an official recognition (认定), registration or review result, nor the opinion of any review panel; only the competent authority's review, public notice and announcement decide. Expert-scored items use the grades and points entered in the registry.",
};

const REPORT_TEXT: Record<Lang, ReportText> = { "zh-CN": ZH, en: EN };

/** Names of the figures an engine may find missing (the leaves of docs/assess-input.md's paths): [zh-CN, en]. */
const FIGURES: Record<string, [string, string]> = {
  registeredOn: ["成立日期", "date founded"], employees: ["职工总数", "employees"], techStaff: ["科技人员数", "technology staff"], rdStaff: ["研发人员数", "R&D staff"],
  salesRevenue: ["销售收入", "sales revenue"], totalRevenue: ["总收入", "total revenue"], highTechRevenue: ["高新技术产品（服务）收入", "high-tech products (services) revenue"],
  rdExpense: ["研发费用", "R&D expense"], rdExpenseDomestic: ["境内研发费用", "domestic R&D expense"], netAssets: ["净资产", "net assets"],
  operatingRevenue: ["营业收入", "operating revenue"], mainBusinessRevenue: ["主营业务收入", "main business revenue"], mainBusinessRevenuePrevYear: ["前一年度主营业务收入", "main business revenue of the year before"],
  costExpense: ["成本费用支出总额", "total costs and expenses"], totalAssets: ["资产总额", "total assets"], totalLiabilities: ["负债总额", "total liabilities"], netProfit: ["净利润", "net profit"],
  equityFinancingLast3y: ["近三年新增股权融资", "new equity financing, last three years"], equityFinancingLast2y: ["近两年新增股权融资", "new equity financing, last two years"],
  residentEnterprise: ["是否居民企业", "resident enterprise"], restrictedIndustry: ["是否属于限制类、淘汰类产业", "restricted or phased-out industry"], integrityOk: ["有无严重失信行为", "no serious dishonesty"],
  smeByClassification: ["是否符合中小企业划型标准", "SME by classification"], independentLegalPerson: ["是否独立法人", "independent legal person"], abnormalOrDishonest: ["是否列入经营异常名录或严重失信主体名单", "listed as abnormal or seriously dishonest"],
  majorIncidentPastYear: ["近一年有无重大安全、质量事故或严重环境违法", "major incident in the past year"], majorIncidentLast3y: ["近三年有无重大安全、质量、环境、数据安全事件", "major incident in the last three years"],
  strategicEmergingIndustry: ["是否属于战略性新兴产业", "strategic emerging industry"], marketSegmentYears: ["从事细分市场年限", "years in the market segment"],
  ownsCoreIp: ["拥有核心支持作用的知识产权（专家评审）", "owns core IP (expert judgement)"], techFieldInCatalogue: ["核心技术属于国家重点支持的高新技术领域（专家评审）", "core technology in a supported field (expert judgement)"],
  ipClassI: ["Ⅰ类知识产权数", "class I IP"], ipClassII: ["Ⅱ类知识产权数", "class II IP"], classICount: ["Ⅰ类知识产权数", "class I IP"], classIICount: ["未在以往认定中使用的Ⅱ类知识产权数", "class II IP not used before"],
  classI: ["Ⅰ类知识产权数", "class I IP"], classII: ["Ⅱ类知识产权数", "class II IP"], highValueClassI: ["高价值Ⅰ类知识产权数", "high-value class I IP"], selfDevelopedClassI: ["自主研发的Ⅰ类知识产权数", "self-developed class I IP"],
  appliedClassI: ["已产生经济效益的Ⅰ类知识产权数", "class I IP in use with economic benefit"], appliedClassINotTransferred: ["已产生经济效益且不含转入的Ⅰ类知识产权数", "the same, not transferred in"],
  classINotTransferredTop3: ["不含转入、权利人排名前三的Ⅰ类知识产权数", "class I IP not transferred in, holder among the first three"],
  quantityPoints: ["知识产权数量得分（专家评分）", "IP quantity points (expert)"], advancement: ["技术的先进程度", "technical advancement"], coreSupport: ["核心支持作用", "core support"],
  acquisition: ["知识产权获得方式", "how the IP was obtained"], standards: ["参与编制标准", "standards work"], count: ["近三年科技成果转化数", "results converted, last three years"],
  system: ["研发组织管理制度（专家评分）", "R&D management systems (expert)"], institution: ["研发机构与产学研合作（专家评分）", "R&D institution and cooperation (expert)"],
  conversionIncentive: ["成果转化激励制度（专家评分）", "conversion incentives (expert)"], talent: ["人才培养与激励制度（专家评分）", "talent development (expert)"],
  netAssetsPoints: ["净资产增长率得分（专家评分）", "net-asset growth points (expert)"], salesPoints: ["销售收入增长率得分（专家评分）", "sales growth points (expert)"],
  highTechCertValid: ["有效的高新技术企业证书", "valid high-tech certificate"], nationalAwardTop3Last5y: ["近五年国家级科技奖励（排名前三）", "national S&T award (top three), last five years"],
  provincialRdInstitution: ["省部级以上研发机构", "provincial or national R&D institution"], ledStandardLast5y: ["近五年主导制定标准", "led a standard, last five years"],
  sciAwardLast3y: ["近三年科技奖励", "S&T award, last three years"], honourValid: ["有效的荣誉称号", "honour in validity"],
  provincialTop3Last3y: ["近三年省级科技奖励（排名前三）", "provincial S&T award (top three), last three years"], nationalLast3y: ["近三年国家级科技奖励", "national S&T award, last three years"],
  nationalTop3Last3y: ["近三年国家级科技奖励（排名前三）", "national S&T award (top three), last three years"], makerChinaLast3y: ["近三年“创客中国”大赛名次", "Maker China ranking, last three years"],
  rdInstitutionLevel: ["研发机构级别", "R&D institution level"], productField: ["主导产品类别", "main product category"], digitalLevel: ["数字化水平", "digitalisation level"],
  provincialQualityAward: ["省级以上质量奖", "provincial quality award"], qualitySystemCert: ["质量管理体系认证", "quality system certification"], developedMarketCert: ["发达国家和地区产品认证", "developed-market certification"],
  standardsParticipation: ["参与制修订标准", "standards participation"], ownBrand: ["自主品牌", "own brand"], characteristicPoints: ["特色化指标得分", "characteristic indicator points"],
  digitalCoreBusiness: ["核心业务数字化（专家评审）", "digitalised core business (expert)"], highReputation: ["知名度（专家评审）", "reputation (expert)"], supplyChainKeyLink: ["产业链配套（专家评审）", "supply-chain role (expert)"],
  keyField: ["主导产品所属领域（专家评审）", "main product's field (expert)"], nationalPct: ["全国市场占有率", "national market share"], internationalPct: ["国际市场占有率", "international market share"],
  nationalTop3: ["国内细分市场前三", "national top three"], marketPositionLeading: ["市场地位（专家评审）", "market position (expert)"],
  developmentScore: ["专精特新发展评价得分", "development score"], developmentScorePrevYear: ["上年度专精特新发展评价得分", "development score of the year before"],
  innovativeSmeTitleValid: ["有效的创新型中小企业称号", "valid innovative SME title"], techInnovativeTitleValid: ["有效的科技和创新型中小企业称号", "valid tech and innovative SME title"],
  specializedSmeTitleValid: ["有效的专精特新中小企业称号", "valid specialised SME title"], techSmeRegistered: ["当年入库的科技型中小企业", "registered tech-based SME this year"],
  fiscalYears: ["年度数据", "yearly figures"], validUntil: ["证书有效期", "certificate validity"],
};

const FIGURE_PARTS = { points: ["（专家评分分值）", " (expert points)"], grade: ["（专家评定档次）", " (expert grade)"], year: ["（年度数据）", " (yearly figure)"] } as const;

/**
 * A figure's name from its path in the engine's input (`techStaff`, `fiscalYears[1].rdExpense`,
 * `innovation.ip.advancement.points`, `innovation.conversions.points`); the path itself when it has no name here.
 */
function figureName(path: string, lang: Lang): string {
  const i = lang === "zh-CN" ? 0 : 1;
  const parts = path.replace(/\[\d+\]/g, "").split(".");
  const leaf = parts.at(-1) ?? path;
  const parent = parts.at(-2);
  const name = (key: string | undefined) => (key === undefined ? undefined : FIGURES[key]?.[i]);
  if ((leaf === "points" || leaf === "grade") && parent) {
    const base = parent === "conversions" ? (lang === "zh-CN" ? "科技成果转化能力" : "conversion of results") : name(parent);
    return base ? `${base}${FIGURE_PARTS[leaf][i]}` : path;
  }
  const base = name(leaf);
  if (!base) return path;
  return parts[0] === "fiscalYears" && parts.length > 1 ? `${base}${FIGURE_PARTS.year[i]}` : base;
}

type TierRow = RecordAssessment["tiers"][number];
type Status = keyof ReportText["status"];

const UNIT_KEYS = { pct: "unit.pct", wan: "unit.wan", persons: "unit.persons", items: "unit.items", points: "unit.points", years: "unit.years", days: "unit.days" } as const;

const round2 = (x: number) => Math.round(x * 100) / 100;

/** An ISO instant as Asia/Shanghai wall time (2026-06-15 16:00); anything else as given. */
function shanghaiTime(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return value;
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return value;
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}`;
}

function statusOf(row: TierRow): Status {
  if (!row.outcome.ok) return "invalid";
  const eligible = row.outcome.result.eligible;
  return eligible === true ? "eligible" : eligible === false ? "notEligible" : "undecided";
}

/** The conditions a gap list counts: every gap but the "or any direct condition" hint (as nearestTier counts). */
const unmetCount = (gaps: readonly Gap[]) => gaps.filter((g) => g.conditionId !== "direct").length;

class Writer {
  readonly t: ReportText;
  constructor(readonly lang: Lang) {
    this.t = REPORT_TEXT[lang];
  }

  fill(template: string, params: Record<string, string | number>): string {
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  }

  tierName(tier: Tier): string {
    return translate(this.lang, `tier.${tier}`);
  }

  ruleSet(id: RuleSetId): string {
    return this.lang === "zh-CN" ? `${id}（${this.t.ruleSets[id]}）` : `${id} (${this.t.ruleSets[id]})`;
  }

  unit(unit: Unit): string {
    return translate(this.lang, UNIT_KEYS[unit]);
  }

  /** A figure with its unit: 6.4%, 150人 (zh) / 150 persons (en). */
  amount(value: number, unit: Unit): string {
    const v = round2(value);
    if (unit === "pct") return `${v}%`;
    return this.lang === "zh-CN" ? `${v}${this.unit(unit)}` : `${v} ${this.unit(unit)}`;
  }

  status(row: TierRow): string {
    const assessed = this.t.status[statusOf(row)];
    return row.held ? this.fill(this.t.heldWith, { held: this.t.status.held, assessed }) : assessed;
  }

  score(result: AssessmentResult): string {
    if (result.score === null) return result.scoreRange ? this.fill(this.t.scoreRangeOnly, { min: result.scoreRange.min, max: result.scoreRange.max }) : "—";
    const range = result.scoreRange;
    return range && (range.min !== result.score || range.max !== result.score) ? this.fill(this.t.scoreWithRange, { score: round2(result.score), min: range.min, max: range.max }) : String(round2(result.score));
  }

  /** A met condition with the figure behind it when it has one: …（研发费用占比 6.4%，要求 ≥ 4%）. */
  metCondition(c: Condition): string {
    const r = c.required;
    if (r.kind !== "threshold" || typeof c.actual !== "number" || r.value === null) return c.label;
    const op = { ">=": "≥", ">": ">", "<=": "≤", "<": "<" }[r.op];
    return `${c.label}${this.fill(this.t.metFigure, { measure: c.measure ?? "", actual: this.amount(c.actual, r.unit), op, required: this.amount(r.value, r.unit) })}`;
  }

  /** A figure by name and what is wrong with it (missing, or a field error). */
  issue(issue: FieldIssue): string {
    return `${figureName(issue.path, this.lang)}${this.t.colon}${translate(this.lang, issue.key, issue.params)}`;
  }

  held(certificate: Certificate): string {
    const parts = [certificate.number ? this.fill(this.t.certNumber, { number: certificate.number }) : "", this.fill(this.t.certYear, { year: certificate.year })];
    if (certificate.validFrom && certificate.validUntil) parts.push(this.fill(this.t.certValidity, { from: certificate.validFrom, until: certificate.validUntil }));
    return this.fill(this.t.held, { details: parts.filter(Boolean).join(this.t.separator) });
  }
}

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading: level });
const para = (text: string) => new Paragraph({ text });
const bullet = (text: string, level = 0) => new Paragraph({ text, bullet: { level } });
const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
const table = (rows: string[][]) =>
  new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: rows.map((r, i) => new TableRow({ tableHeader: i === 0, children: r.map((c) => cell(c, i === 0)) })) });

function basics(w: Writer, input: GapReportInput): (Paragraph | Table)[] {
  const { t } = w;
  const e = input.enterprise;
  const rows: [string, string][] = [
    [t.name, e.name],
    [t.creditCode, e.creditCode ?? t.notGiven],
    [t.city, e.districtName ? `${e.cityName} ${e.districtName}` : e.cityName],
    [t.industry, e.industry ?? t.notGiven],
    [t.assessedOn, input.assessment.assessedOn],
    [t.generatedAt, shanghaiTime(input.generatedAt)],
  ];
  return [heading(t.basics, HeadingLevel.HEADING_1), ...rows.map(([k, v]) => para(`${k}${t.colon}${v}`))];
}

function ruleSets(w: Writer, tiers: readonly TierRow[]): Paragraph[] {
  const lines = tiers.map((row) => `${w.tierName(row.tier)}${w.t.colon}${row.outcome.ok ? w.ruleSet(row.outcome.result.ruleSet) : w.t.noRuleSet}`);
  return [heading(w.t.ruleSetsHeading, HeadingLevel.HEADING_1), ...lines.map((l) => bullet(l))];
}

function summary(w: Writer, a: RecordAssessment): (Paragraph | Table)[] {
  const { t } = w;
  const rows = a.tiers.map((row) => [
    w.tierName(row.tier),
    w.status(row),
    row.outcome.ok ? w.score(row.outcome.result) : "—",
    row.outcome.ok ? String(unmetCount(row.gaps)) : "—",
  ]);
  const nearest = a.nearest ? w.fill(t.nearest, { tier: w.tierName(a.nearest.tier), unmet: a.nearest.unmet }) : t.noNearest;
  return [heading(t.summaryHeading, HeadingLevel.HEADING_1), table([[t.col.tier, t.col.status, t.col.score, t.col.unmet], ...rows]), para(t.statusNote), heading(t.nearestHeading, HeadingLevel.HEADING_2), para(nearest)];
}

function gapLines(w: Writer, gaps: readonly Gap[]): Paragraph[] {
  return gaps.flatMap((g) => [bullet(describeGap(g, w.lang)), ...(g.options ?? []).map((o) => bullet(describeGap(o, w.lang), 1))]);
}

function tierDetails(w: Writer, row: TierRow): Paragraph[] {
  const { t } = w;
  const out: Paragraph[] = [heading(w.tierName(row.tier), HeadingLevel.HEADING_2)];
  if (row.held) out.push(para(w.held(row.held)));
  if (!row.outcome.ok) {
    out.push(para(t.invalid), ...row.outcome.errors.map((e) => bullet(w.issue(e))));
    return out;
  }
  const r = row.outcome.result;
  out.push(para(w.fill(t.resultLine, { ruleSet: w.ruleSet(r.ruleSet), status: t.status[statusOf(row)], score: w.score(r) })));
  const met = r.conditions.filter((c) => c.met === true && c.group !== "info");
  out.push(heading(t.metHeading, HeadingLevel.HEADING_3), ...(met.length ? met.map((c) => bullet(w.metCondition(c))) : [para(t.noneMet)]));
  out.push(heading(t.gapsHeading, HeadingLevel.HEADING_3), ...(row.gaps.length ? gapLines(w, row.gaps) : [para(t.noGaps)]));
  // A figure missing in several fiscal years is named once (the engine's paths number rows, not years).
  if (r.incomplete) out.push(heading(t.missingHeading, HeadingLevel.HEADING_3), para(t.missingLead), ...[...new Set(r.missing.map((m) => w.issue(m)))].map((line) => bullet(line)));
  if (r.provisional) out.push(heading(t.provisionalHeading, HeadingLevel.HEADING_3), para(t.provisionalLead), ...r.provisionalRules.map((p) => bullet(`${p.rule}（${p.why}）`)));
  return out;
}

/** The gap report of one enterprise's assessment, in zh-CN unless `lang` is "en". */
export async function gapReportDocx(input: GapReportInput): Promise<Buffer> {
  const w = new Writer(input.lang ?? "zh-CN");
  const a = input.assessment;
  const doc = new Document({
    creator: "Corridor",
    title: w.t.title,
    styles: { default: { document: { run: { font: { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "宋体" } } } } },
    sections: [
      {
        children: [
          new Paragraph({ text: w.t.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
          new Paragraph({ text: input.enterprise.name, alignment: AlignmentType.CENTER }),
          ...basics(w, input),
          ...ruleSets(w, a.tiers),
          ...summary(w, a),
          heading(w.t.detailsHeading, HeadingLevel.HEADING_1),
          ...a.tiers.flatMap((row) => tierDetails(w, row)),
          heading(w.t.closingHeading, HeadingLevel.HEADING_1),
          para(w.t.closing),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
