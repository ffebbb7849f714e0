/**
 * Builds registry records that hold the same facts as an engine input (the shared vectors, the example of
 * docs/assess-input.md): the inverse of engineInput. Test fixtures only, used by the *.test.ts files beside it.
 */
import type { HighTechInput } from "../eligibility/high-tech/input.ts";
import type { InnovativeSmeInput } from "../eligibility/msme/innovative-input.ts";
import type { IpCounts } from "../eligibility/msme/ip.ts";
import type { MsmeInput } from "../eligibility/msme/input.ts";
import type { TechSmeInput } from "../eligibility/tech-sme/input.ts";
import type { Certificate, IpOwned, RegistryRecord, YearFigures } from "./record.ts";

const NONE = { selfDeveloped: 0, acquired: 0 };
const yearOf = (date: string) => Number(date.slice(0, 4));

/** Ⅰ类 as inventions (自主研发 first, the rest acquired), Ⅱ类 as utility models; every other type held 0 times. */
export function ipOf(c: IpCounts & { classIIUnused?: number }): IpOwned {
  const classI = c.classI ?? 0;
  const self = c.selfDevelopedClassI ?? classI;
  return {
    invention: { selfDeveloped: self, acquired: classI - self },
    plantVariety: NONE,
    icLayout: NONE,
    newDrug: NONE,
    utilityModel: { selfDeveloped: c.classII ?? 0, acquired: 0 },
    design: NONE,
    software: NONE,
    highValueClassI: c.highValueClassI,
    appliedClassI: c.appliedClassI,
    appliedClassINotTransferred: c.appliedClassINotTransferred,
    classINotTransferredTop3: c.classINotTransferredTop3,
    classIIUnused: c.classIIUnused,
  };
}

/** A confirmed certificate valid from 1 December of `year` for its term. */
export function certificate(tier: Certificate["tier"], year: number, years = 3): Certificate {
  return { tier, year, validFrom: `${year}-12-01`, validUntil: `${year + years}-11-30`, confirmed: true };
}

/** `count` spread over `n` years, the remainder in the first. */
const spread = (count: number, n: number) => Array.from({ length: n }, (_, i) => Math.floor(count / n) + (i === 0 ? count % n : 0));

export function highTechRecord(input: HighTechInput): RegistryRecord {
  const last = yearOf(input.assessedOn) - 1;
  const inn = input.innovation;
  const fiscal = input.fiscalYears ?? [];
  const conversions = spread(inn?.conversions?.count ?? 0, fiscal.length);
  const years: YearFigures[] = fiscal.map((fy, i) => ({
    year: fy.year,
    salesRevenue: fy.salesRevenue,
    rdExpense: fy.rdExpense,
    rdExpenseDomestic: fy.rdExpenseDomestic,
    netAssets: fy.netAssets,
    resultsConverted: conversions[i],
    ...(fy.year === last
      ? { employees: input.employees, techStaff: input.techStaff, highTechRevenue: input.highTechRevenue, totalRevenue: input.totalRevenue, ip: ipOf({ classI: inn?.ip?.classICount, classII: inn?.ip?.classIICount }) }
      : {}),
  }));
  const ip = inn?.ip;
  return {
    foundedOn: input.registeredOn,
    years,
    facts: {
      ownsCoreIp: input.ownsCoreIp,
      techFieldInCatalogue: input.techFieldInCatalogue,
      majorIncidentPastYear: input.majorIncidentPastYear,
      hteAdvancement: ip?.advancement && { grade: ip.advancement.grade ?? "", points: ip.advancement.points },
      hteCoreSupport: ip?.coreSupport && { grade: ip.coreSupport.grade ?? "", points: ip.coreSupport.points },
      hteQuantityPoints: ip?.quantityPoints,
      hteAcquisition: ip?.acquisition && { grade: ip.acquisition.grade ?? "", points: ip.acquisition.points },
      hteStandards: ip?.standards && { grade: ip.standards.grade ?? "", points: ip.standards.points },
      hteConversionPoints: inn?.conversions?.points,
      hteRdManagement: inn?.rdManagement,
      hteGrowth: inn?.growth,
    },
    certificates: [],
  };
}

export function techSmeRecord(input: TechSmeInput): RegistryRecord {
  const last = yearOf(input.assessedOn) - 1;
  const d = input.direct;
  return {
    years: [{ year: last, employees: input.employees, techStaff: input.techStaff, salesRevenue: input.salesRevenue, totalAssets: input.totalAssets, rdExpense: input.rdExpense, costExpense: input.costExpense, ip: ipOf({ classI: input.ipClassI, classII: input.ipClassII }) }],
    facts: {
      residentEnterprise: input.residentEnterprise,
      restrictedIndustry: input.restrictedIndustry,
      integrityOk: input.integrityOk,
      rdBasis: input.rdBasis,
      nationalAwardTop3Last5y: d?.nationalAwardTop3Last5y,
      provincialRdInstitution: d?.provincialRdInstitution,
      ledStandardLast5y: d?.ledStandardLast5y,
    },
    certificates: d?.highTechCertValid ? [certificate("high-tech", last - 1)] : [],
  };
}

export function innovativeSmeRecord(input: InnovativeSmeInput): RegistryRecord {
  const last = yearOf(input.assessedOn) - 1;
  const d = input.direct;
  return {
    years: [
      { year: last - 2, equityFinancing: 0 },
      { year: last - 1, mainBusinessRevenue: input.mainBusinessRevenuePrevYear, equityFinancing: 0 },
      { year: last, rdExpense: input.rdExpense, operatingRevenue: input.operatingRevenue, mainBusinessRevenue: input.mainBusinessRevenue, totalAssets: input.totalAssets, totalLiabilities: input.totalLiabilities, equityFinancing: d?.equityFinancingLast3y, ip: input.ip && ipOf(input.ip) },
    ],
    facts: {
      smeByClassification: input.smeByClassification,
      independentLegalPerson: input.independentLegalPerson,
      abnormalOrDishonest: input.abnormalOrDishonest,
      restrictedIndustry: input.restrictedIndustry,
      sciAwardLast3y: d?.sciAwardLast3y,
      honourValid: d?.honourValid,
      provincialRdInstitution: d?.provincialRdInstitution,
      strategicEmergingIndustry: input.strategicEmergingIndustry,
    },
    certificates: input.techSmeRegistered ? [{ tier: "tech-sme", year: last + 1, confirmed: true }] : [],
  };
}

/**
 * 专精特新/小巨人: the titles become certificates — a 复核 is a title of `tier` held; 专精特新 held is also what
 * 小巨人 requires; 创新型 held gives both the 2022 and the 2026 prerequisite.
 */
export function msmeRecord(input: MsmeInput, tier: "specialized-sme" | "little-giant"): RegistryRecord {
  const last = yearOf(input.assessedOn) - 1;
  const certificates: Certificate[] = [];
  if (input.innovativeSmeTitleValid || input.techInnovativeTitleValid) certificates.push(certificate("innovative-sme", last - 1));
  if (input.specializedSmeTitleValid || (input.review && tier === "specialized-sme")) certificates.push(certificate("specialized-sme", last - 1));
  if (input.review && tier === "little-giant") certificates.push(certificate("little-giant", last - 1));
  const rows = new Map((input.fiscalYears ?? []).map((fy) => [fy.year, { ...fy } as YearFigures]));
  const row = (year: number): YearFigures => rows.get(year) ?? rows.set(year, { year }).get(year) ?? { year };
  Object.assign(row(last), { netProfit: input.netProfit, totalAssets: input.totalAssets, totalLiabilities: input.totalLiabilities, employees: input.employees, rdStaff: input.rdStaff, equityFinancing: input.equityFinancingLast2y, ip: input.ip && ipOf(input.ip) });
  row(last - 1).equityFinancing = 0;
  const { assessedOn: _a, review: _r, fiscalYears: _f, netProfit: _n, totalAssets: _t, totalLiabilities: _l, employees: _e, rdStaff: _s, equityFinancingLast2y: _q, ip: _i, innovativeSmeTitleValid: _v, techInnovativeTitleValid: _w, specializedSmeTitleValid: _x, ...facts } = input;
  return { years: [...rows.values()].sort((a, b) => a.year - b.year), facts, certificates };
}
