/** The province and the five corridor cities, keyed by GB/T 2260 code (the key of every place in Corridor). */
export const PROVINCE = { code: "420000", name: "湖北省", nameEn: "Hubei Province" } as const;

export const CITIES = [
  { code: "420100", name: "武汉市", nameEn: "Wuhan" },
  { code: "420200", name: "黄石市", nameEn: "Huangshi" },
  { code: "420700", name: "鄂州市", nameEn: "Ezhou" },
  { code: "421100", name: "黄冈市", nameEn: "Huanggang" },
  { code: "421200", name: "咸宁市", nameEn: "Xianning" },
] as const;

export const REGION_CODES = [PROVINCE.code, ...CITIES.map((c) => c.code)] as const;
export type RegionCode = (typeof REGION_CODES)[number];

export function isRegionCode(code: string): code is RegionCode {
  return (REGION_CODES as readonly string[]).includes(code);
}

export const ORG_KINDS = [
  "provincial_department",
  "city_government",
  "district",
  "enterprise",
  "university",
  "institute",
  "laboratory",
  "incubator",
  "service_agency",
  "park",
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const ORG_KIND_LABELS: Record<OrgKind, { zh: string; en: string }> = {
  provincial_department: { zh: "省直部门", en: "Provincial department" },
  city_government: { zh: "市人民政府", en: "City government" },
  district: { zh: "区/开发区", en: "District / zone" },
  enterprise: { zh: "企业", en: "Enterprise" },
  university: { zh: "高校", en: "University" },
  institute: { zh: "科研院所", en: "Research institute" },
  laboratory: { zh: "实验室", en: "Laboratory" },
  incubator: { zh: "孵化器", en: "Incubator" },
  service_agency: { zh: "服务机构", en: "Service agency" },
  park: { zh: "园区", en: "Park" },
};

/** The name of the province or a corridor city by its code, in the given language; the code itself when unknown. */
export function cityName(code: string, lang: "zh-CN" | "en" = "zh-CN"): string {
  const region = code === PROVINCE.code ? PROVINCE : CITIES.find((c) => c.code === code);
  if (!region) return code;
  return lang === "en" ? region.nameEn : region.name;
}
