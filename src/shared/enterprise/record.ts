/**
 * What the enterprise registry (企业培育登记库) holds about one enterprise: yearly figures, standing facts, and the
 * certificates it holds. Shared by the server (storage, assessment) and the pages (forms, live gap feedback).
 * Money in 万元; staff in persons. A figure that is absent or null is not known and is never filled in.
 */

/** 知识产权 types. Ⅰ类 and Ⅱ类 as 国科发火〔2016〕195号 工作指引 classes them (trademarks are not counted). */
export const IP_TYPES = ["invention", "plantVariety", "icLayout", "newDrug", "utilityModel", "design", "software"] as const;
export type IpType = (typeof IP_TYPES)[number];
export const CLASS_I_TYPES: readonly IpType[] = ["invention", "plantVariety", "icLayout", "newDrug"];
export const CLASS_II_TYPES: readonly IpType[] = ["utilityModel", "design", "software"];

/** How an item of IP was obtained: 自主研发, or 受让/受赠/并购 (obtained from others). */
export type IpHolding = { selfDeveloped?: number | null; acquired?: number | null };

/**
 * IP held at the end of the year, by type and how obtained, plus the subsets the 专精特新 rules count. A type left
 * out, or a part left null, is not known (record 0 for none): the count of its class is then not known either.
 */
export type IpOwned = Partial<Record<IpType, IpHolding>> & {
  /** 高价值发明专利 (a part of the Ⅰ类 held). */
  highValueClassI?: number | null;
  /** Ⅰ类 related to the main product, applied and producing economic benefit (与主导产品相关、已产生经济效益). */
  appliedClassI?: number | null;
  /** The same, not counting those transferred in (不含转入). */
  appliedClassINotTransferred?: number | null;
  /** Ⅰ类 not transferred in, with the enterprise among the first three rights holders. */
  classINotTransferredTop3?: number | null;
  /** Ⅱ类 items not yet used in an earlier 高企认定 (only these count for the 高企 score). */
  classIIUnused?: number | null;
};

/** One fiscal year's figures (年度数据). */
export type YearFigures = {
  year: number;
  /** 职工总数 (年度平均, 在职、兼职、临时聘用 183 天以上). */
  employees?: number | null;
  /** 科技人员 (⊂ employees). */
  techStaff?: number | null;
  /** 研发人员 (⊂ employees), used by the 专精特新 rules. */
  rdStaff?: number | null;
  /** 营业收入. */
  operatingRevenue?: number | null;
  /** 主营业务收入 (≤ operatingRevenue). */
  mainBusinessRevenue?: number | null;
  /** 销售收入 (主营业务收入 + 其他业务收入), the 高企 R&D ratio's base. */
  salesRevenue?: number | null;
  /** 总收入 (收入总额 − 不征税收入), the 高企 high-tech-revenue ratio's base. */
  totalRevenue?: number | null;
  /** 高新技术产品（服务）收入 (≤ totalRevenue). */
  highTechRevenue?: number | null;
  /** 研究开发费用. */
  rdExpense?: number | null;
  /** 其中境内研究开发费用 (≤ rdExpense). */
  rdExpenseDomestic?: number | null;
  /** 成本费用支出总额 (the 科小 alternative R&D base). */
  costExpense?: number | null;
  /** 资产总额 (year end). */
  totalAssets?: number | null;
  /** 净资产 (year end; may be negative). */
  netAssets?: number | null;
  /** 负债总额 (year end). */
  totalLiabilities?: number | null;
  /** 净利润. */
  netProfit?: number | null;
  /** 当年新增股权融资 (合格机构投资者实缴). */
  equityFinancing?: number | null;
  ip?: IpOwned | null;
  /** 主导制定的标准 (国际/国家/行业) counted that year. */
  standardsLed?: number | null;
  /** 科技成果转化 (项) achieved that year. */
  resultsConverted?: number | null;
};

export const YEAR_MONEY_FIELDS = [
  "operatingRevenue",
  "mainBusinessRevenue",
  "salesRevenue",
  "totalRevenue",
  "highTechRevenue",
  "rdExpense",
  "rdExpenseDomestic",
  "costExpense",
  "totalAssets",
  "netAssets",
  "totalLiabilities",
  "netProfit",
  "equityFinancing",
] as const;
export const YEAR_COUNT_FIELDS = ["employees", "techStaff", "rdStaff", "standardsLed", "resultsConverted"] as const;

/** An expert's grade and the points chosen within its range (工作指引). */
export type Graded = { grade: string; points?: number | null };

/**
 * Standing facts: declarations by the enterprise, judgements of experts or the province, and scores from official
 * platforms. Each is an input the rules name; none is derived from figures. Names follow docs/assess-input.md.
 */
export type EnterpriseFacts = {
  // 基本情况 / declarations
  residentEnterprise?: boolean | null;
  smeByClassification?: boolean | null;
  independentLegalPerson?: boolean | null;
  restrictedIndustry?: boolean | null;
  abnormalOrDishonest?: boolean | null;
  integrityOk?: boolean | null;
  majorIncidentPastYear?: boolean | null;
  majorIncidentLast3y?: boolean | null;
  strategicEmergingIndustry?: boolean | null;
  /** 截至上年末从事特定细分市场年限. */
  marketSegmentYears?: number | null;
  /** 科小 R&D ratio base chosen by the enterprise (第七条（二）). */
  rdBasis?: "sales" | "cost" | null;
  // 高企: expert judgements (工作指引)
  ownsCoreIp?: boolean | null;
  techFieldInCatalogue?: boolean | null;
  hteAdvancement?: Graded | null;
  hteCoreSupport?: Graded | null;
  hteQuantityPoints?: number | null;
  hteAcquisition?: Graded | null;
  hteStandards?: Graded | null;
  hteConversionPoints?: number | null;
  hteRdManagement?: { system?: number | null; institution?: number | null; conversionIncentive?: number | null; talent?: number | null } | null;
  hteGrowth?: { netAssetsPoints?: number | null; salesPoints?: number | null } | null;
  // awards, institutions, honours
  nationalAwardTop3Last5y?: boolean | null;
  sciAwardLast3y?: boolean | null;
  honourValid?: boolean | null;
  provincialRdInstitution?: boolean | null;
  ledStandardLast5y?: boolean | null;
  awards?: { provincialTop3Last3y?: boolean | null; nationalLast3y?: boolean | null; nationalTop3Last3y?: boolean | null } | null;
  makerChinaLast3y?: "top50" | "top500" | "none" | null;
  rdInstitutionLevel?: "national" | "provincial" | "municipal" | "below-municipal" | "none" | null;
  // 专精特新 / 小巨人
  productField?: "breakthrough" | "foundation" | "other" | null;
  digitalLevel?: number | null;
  quality?: { provincialQualityAward?: boolean | null; qualitySystemCert?: boolean | null; developedMarketCert?: boolean | null; standardsParticipation?: boolean | null } | null;
  ownBrand?: boolean | null;
  characteristicPoints?: number | null;
  digitalCoreBusiness?: boolean | null;
  highReputation?: boolean | null;
  supplyChainKeyLink?: boolean | null;
  keyField?: boolean | null;
  marketShare?: { nationalPct?: number | null; internationalPct?: number | null; nationalTop3?: boolean | null } | null;
  marketPositionLeading?: boolean | null;
  developmentScore?: number | null;
  developmentScorePrevYear?: number | null;
};

/** Certificates and titles (资质). */
export const CERTIFICATE_TIERS = ["high-tech", "tech-sme", "innovative-sme", "specialized-sme", "little-giant"] as const;
export type CertificateTier = (typeof CERTIFICATE_TIERS)[number];
export const CERTIFICATE_LEVELS = ["national", "provincial", "municipal"] as const;
export type CertificateLevel = (typeof CERTIFICATE_LEVELS)[number];

export type Certificate = {
  tier: CertificateTier;
  /** 高企 证书编号 (e.g. GR202342001234); 科小 入库登记编号; title documents' numbers where they have one. */
  number?: string | null;
  /** 认定/入库 year. */
  year: number;
  level?: CertificateLevel | null;
  /** First and last day of validity (高企: three years from 发证日期; 科小: the registration year). */
  validFrom?: string | null;
  validUntil?: string | null;
  /** Whether the city's officer has confirmed it (only confirmed certificates are counted). */
  confirmed?: boolean;
};

/** The whole record the engines read. */
export type RegistryRecord = {
  /** 成立日期. */
  foundedOn?: string | null;
  years: YearFigures[];
  facts: EnterpriseFacts;
  certificates: Certificate[];
};
