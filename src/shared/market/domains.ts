/**
 * The marketplace's controlled lists: the action plan's six key domains, the ways an achievement changes hands, and
 * technology contracts as 技术合同认定登记 knows them (../shared/domain/tech-contracts.md): two rule sets by the
 * date registration is applied for, the contract types and sub-types of each, the mapping between them for
 * year-on-year statistics, the 登记表 fields and the cases a registry refuses. Pure data and lookups.
 */

/** The plan's six key domains (重点领域); codes as the enterprise pages use them. */
export const PLAN_DOMAINS = [
  { code: "optics", name: "光电子信息", nameEn: "Optoelectronics and information" },
  { code: "vehicles", name: "新能源与智能网联汽车", nameEn: "New energy and intelligent connected vehicles" },
  { code: "health", name: "生命健康", nameEn: "Life and health" },
  { code: "equipment", name: "高端装备", nameEn: "High-end equipment" },
  { code: "beidou", name: "北斗", nameEn: "BeiDou navigation" },
  { code: "ai", name: "人工智能", nameEn: "Artificial intelligence" },
] as const;
export type PlanDomain = (typeof PLAN_DOMAINS)[number];
export type PlanDomainCode = PlanDomain["code"];

/** The domain with this code or Chinese name (records and imports store either), or null. */
export function planDomain(codeOrName: string): PlanDomain | null {
  const key = codeOrName.trim();
  return PLAN_DOMAINS.find((d) => d.code === key || d.name === key) ?? null;
}

export type ContractTypeCode = "development" | "transfer" | "licensing" | "consulting" | "service";

/**
 * How an achievement changes hands (成果转化方式), and the technology contract each one is registered as. 作价入股
 * (contributing the technology to a company's capital at an agreed value) is an investment, not one of the contract
 * types of tech-contracts.md, so it names none.
 */
export const TRANSFER_MODES = [
  { code: "assignment", name: "转让", nameEn: "Assignment", contract: { type: "transfer" } },
  { code: "licence", name: "许可", nameEn: "Licence", contract: { type: "licensing" } },
  { code: "equity", name: "作价入股", nameEn: "Contribution as equity", contract: null },
  { code: "co_development", name: "合作开发", nameEn: "Joint development", contract: { type: "development", subType: "dev.cooperative" } },
] as const satisfies readonly { code: string; name: string; nameEn: string; contract: { type: ContractTypeCode; subType?: string } | null }[];
export type TransferModeCode = (typeof TRANSFER_MODES)[number]["code"];

/** tc-ruleset: MOST-2000 (国科发政字〔2000〕063号 and 国科发政字〔2001〕253号); MIIT-2026 (工信部, 2026-01-23, 7 章 29 条). */
export type TechContractRuleSet = "MOST-2000" | "MIIT-2026";
const MOST_2000_FROM = "2000-02-16";
const MIIT_2026_FROM = "2026-03-01";

/**
 * The rule set for a registration applied for on `applicationDate` (tc-ruleset: by the application date, not the
 * signing date — unconfirmed for contracts signed before 2026-03-01). MIIT-2026 results are provisional: its article
 * texts were not read, and MOST-2000 rules apply where no change is known. Null before 2000-02-16.
 */
export function techContractRuleSetFor(applicationDate: string): { ruleSet: TechContractRuleSet; provisional: boolean } | null {
  if (applicationDate < MOST_2000_FROM) return null;
  return applicationDate < MIIT_2026_FROM ? { ruleSet: "MOST-2000", provisional: false } : { ruleSet: "MIIT-2026", provisional: true };
}

export type SubType = {
  id: string;
  name: string;
  nameEn: string;
  ruleSets: readonly TechContractRuleSet[];
  /** tc-scope: 技术培训 and 技术中介 contracts are registered by reference (参照) to the 办法. */
  byReference?: boolean;
  /** Whether the sub-type remains under MIIT-2026 is not confirmed. */
  unconfirmedUnder2026?: boolean;
};
export type ContractType = { code: ContractTypeCode; id: string; name: string; nameEn: string; ruleSets: readonly TechContractRuleSet[]; subTypes: readonly SubType[] };

const BOTH: readonly TechContractRuleSet[] = ["MOST-2000", "MIIT-2026"];

/**
 * Contract types (规则 第四条 for MOST-2000). MIIT-2026 follows 民法典 第八百六十三条 and makes licences (专利实施许可,
 * 技术秘密使用许可) a type of their own; under MOST-2000 a patent licence is 技术转让/专利实施许可 and a know-how licence
 * is 技术秘密转让. The exact sub-type list of the 2026 annex is unconfirmed.
 */
export const CONTRACT_TYPES: readonly ContractType[] = [
  {
    code: "development", id: "tc-type-dev", name: "技术开发合同", nameEn: "Technology development", ruleSets: BOTH,
    subTypes: [
      { id: "dev.commissioned", name: "委托开发", nameEn: "Commissioned development", ruleSets: BOTH },
      { id: "dev.cooperative", name: "合作开发", nameEn: "Cooperative development", ruleSets: BOTH },
    ],
  },
  {
    code: "transfer", id: "tc-type-transfer", name: "技术转让合同", nameEn: "Technology transfer", ruleSets: BOTH,
    subTypes: [
      { id: "transfer.patent", name: "专利权转让", nameEn: "Patent assignment", ruleSets: BOTH },
      { id: "transfer.patentApplication", name: "专利申请权转让", nameEn: "Assignment of the right to apply", ruleSets: BOTH },
      { id: "transfer.patentLicence", name: "专利实施许可", nameEn: "Patent licence", ruleSets: ["MOST-2000"] },
      { id: "transfer.knowHow", name: "技术秘密转让", nameEn: "Know-how transfer", ruleSets: BOTH },
    ],
  },
  {
    code: "licensing", id: "tc-type-licence", name: "技术许可合同", nameEn: "Technology licensing", ruleSets: ["MIIT-2026"],
    subTypes: [
      { id: "licence.patent", name: "专利实施许可", nameEn: "Patent licence", ruleSets: ["MIIT-2026"] },
      { id: "licence.knowHow", name: "技术秘密使用许可", nameEn: "Know-how licence", ruleSets: ["MIIT-2026"] },
    ],
  },
  { code: "consulting", id: "tc-type-consult", name: "技术咨询合同", nameEn: "Technology consulting", ruleSets: BOTH, subTypes: [] },
  {
    code: "service", id: "tc-type-service", name: "技术服务合同", nameEn: "Technology services", ruleSets: BOTH,
    subTypes: [
      { id: "service.general", name: "技术服务", nameEn: "Technical service", ruleSets: BOTH },
      { id: "service.training", name: "技术培训", nameEn: "Technical training", ruleSets: BOTH, byReference: true, unconfirmedUnder2026: true },
      { id: "service.intermediary", name: "技术中介", nameEn: "Technology brokerage", ruleSets: BOTH, byReference: true, unconfirmedUnder2026: true },
    ],
  },
];

/** The contract types of a rule set (licensing only under MIIT-2026). */
export const contractTypesUnder = (ruleSet: TechContractRuleSet): ContractType[] =>
  CONTRACT_TYPES.filter((t) => t.ruleSets.includes(ruleSet)).map((t) => ({ ...t, subTypes: t.subTypes.filter((s) => s.ruleSets.includes(ruleSet)) }));

/** The type a sub-type belongs to, or null for an unknown id. */
export function contractTypeOf(subTypeId: string): ContractTypeCode | null {
  return CONTRACT_TYPES.find((t) => t.subTypes.some((s) => s.id === subTypeId))?.code ?? null;
}

/**
 * tc-type-map: a sub-type as the other rule set files it, for statistics across 2026 (national figures before 2026
 * count licences inside 技术转让). A know-how transfer stays one under MIIT-2026: whether it was an assignment or a
 * licence is not recorded under MOST-2000.
 */
export function subTypeUnder(subTypeId: string, ruleSet: TechContractRuleSet): string | null {
  if (contractTypeOf(subTypeId) === null) return null;
  if (ruleSet === "MIIT-2026") return subTypeId === "transfer.patentLicence" ? "licence.patent" : subTypeId;
  if (subTypeId === "licence.patent") return "transfer.patentLicence";
  if (subTypeId === "licence.knowHow") return "transfer.knowHow";
  return subTypeId;
}

/**
 * The 《技术合同登记表》 (表号 JJ-001, 科学技术部; 填写说明 read in secondary copies): each field and its rule. Money is
 * stored in yuan as integers. `unconfirmed` marks what tech-contracts.md could not confirm.
 */
export const REGISTRATION_FIELDS = [
  { field: "registrationNo", name: "合同登记编号", rule: "assigned by the registry: 16 digits (layout unconfirmed); older form 14 digits" },
  { field: "projectName", name: "项目名称", rule: "the full contract or project name" },
  { field: "validFrom", name: "合同有效期限（起）", rule: "calendar date, not after validTo" },
  { field: "validTo", name: "合同有效期限（止）", rule: "calendar date" },
  { field: "signedOn", name: "合同签订日期", rule: "calendar date; the contract is formed before registration is applied for" },
  { field: "buyer", name: "买方", rule: "full name; 国别代码 3 digits (海关 国别(地区)统计代码); 行政区划代码 6 digits (GB/T 2260); 性质 code" },
  { field: "seller", name: "卖方", rule: "as buyer; the seller applies, at the registry where it is located (tc-applicant, tc-one-registration)" },
  { field: "contractType", name: "合同类别", rule: "a type and sub-type of the rule set in force (CONTRACT_TYPES)" },
  { field: "contractAmount", name: "成交额", rule: "yuan, integer, ≥ 0" },
  { field: "techAmount", name: "技术交易额", rule: "yuan, integer, 0 ≤ techAmount ≤ contractAmount; set by the registry, never declared" },
  { field: "techField", name: "技术领域", rule: "code list not read (unconfirmed)", unconfirmed: true },
  { field: "ipType", name: "知识产权类型", rule: "code list not read (unconfirmed)", unconfirmed: true },
  { field: "planCategory", name: "计划类别", rule: "国家/部门/省/地市县 科技计划, or none; code list unconfirmed", unconfirmed: true },
  { field: "socioEconomicGoal", name: "社会经济目标", rule: "whether the current form still has it is unconfirmed", unconfirmed: true },
  { field: "expectedNewInvestment", name: "预计新增投入", rule: "required for 技术转让 (older form)" },
  { field: "expectedNewOutput", name: "预计新增产值", rule: "required for 技术转让 (older form)" },
] as const;

/**
 * 合同登记编号. The older 14-digit form is 2 year + 2 province + 2 city + 2 registration point + 6 serial (GB 2260
 * codes); the layout of the current 16-digit form is unconfirmed, so it is checked for its length only.
 */
export function readRegistrationNo(text: string):
  | { form: "16-digit"; number: string }
  | { form: "14-digit"; number: string; year: string; province: string; city: string; point: string; serial: string }
  | null {
  const number = text.replace(/\s+/g, "");
  if (/^\d{16}$/.test(number)) return { form: "16-digit", number };
  const old = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{6})$/.exec(number);
  if (!old) return null;
  const [, year = "", province = "", city = "", point = "", serial = ""] = old;
  return { form: "14-digit", number, year, province, city, point, serial };
}

/**
 * Why a registry refuses (§3.2: 不予登记, MOST-2000 practice, 科技部火炬中心 2021 guidance, secondary; with tc-written and
 * tc-other-contracts). A refused contract is returned marked "未予登记". The MIIT-2026 list is unconfirmed.
 */
export const REJECTION_CASES = [
  { id: "tc-written", name: "口头合同（须有完整的书面合同文本），不予受理" },
  { id: "tc-reject-invalid", name: "无效合同或未生效的合同" },
  { id: "tc-reject-nontech", name: "非技术合同" },
  { id: "tc-other-contracts", name: "其他类型的合同（其中的技术内容未单独订立技术合同）" },
  { id: "tc-reject-unclear", name: "合同主体、技术标的、价款/报酬/使用费约定不明确" },
  { id: "tc-reject-unapproved", name: "须经批准的合同未获批准" },
  { id: "tc-reject-name-mismatch", name: "合同名称与权利义务不一致，经要求未改正" },
  { id: "tc-reject-restrictive", name: "非法垄断技术、妨碍技术进步等不合理限制条款" },
  { id: "tc-reject-evidence", name: "证明材料缺失或不合规" },
  { id: "tc-reject-seal", name: "印章不全或与书面名称不符" },
  { id: "tc-reject-other", name: "其他不应认定登记的情形" },
] as const;
export type RejectionCaseId = (typeof REJECTION_CASES)[number]["id"];

/** tc-30-days: the registry decides within 30 days of accepting an application. */
export const REGISTRY_DECISION_DAYS = 30;
