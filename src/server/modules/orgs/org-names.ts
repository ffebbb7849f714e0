/**
 * Matching unit names as printed in documents to organisations, and guessing what an unknown name is. Pure.
 * A plan prints "省发改委" where the registry says "湖北省发展和改革委员会": every name, short name and alias of an
 * organisation is a key, and "湖北省X" is also known as "省X" (the way provincial plans name provincial bodies).
 */
import { CITIES, PROVINCE, type OrgKind } from "../../../shared/regions.ts";

export function nameKey(name: string): string {
  return name.normalize("NFKC").replace(/\s+/g, "").replace(/[“”"'‘’]/g, "");
}

export type NamedOrg = { id: string; name: string; shortName: string | null; aliases: string[]; status: string };

export function keysOf(org: NamedOrg): string[] {
  const names = [org.name, org.shortName, ...org.aliases].filter((n): n is string => !!n);
  const keys = new Set<string>();
  for (const n of names) {
    const key = nameKey(n);
    keys.add(key);
    if (key.startsWith("湖北省")) keys.add(`省${key.slice(3)}`);
  }
  return [...keys];
}

export type NameMatch = { name: string; org: NamedOrg | null; candidates: NamedOrg[] };

/** Each printed name with the organisation it denotes: exactly one organisation, or none (ambiguous names list candidates). */
export function matchNames(names: string[], orgs: NamedOrg[]): NameMatch[] {
  const index = new Map<string, NamedOrg[]>();
  for (const org of orgs) {
    if (org.status === "archived") continue;
    for (const key of keysOf(org)) index.set(key, [...(index.get(key) ?? []), org]);
  }
  return names.map((name) => {
    const found = index.get(nameKey(name)) ?? [];
    return { name, org: found.length === 1 ? (found[0] ?? null) : null, candidates: found.length > 1 ? found : [] };
  });
}

/** What an unknown unit name most likely is, for the pending organisation an admin then confirms or merges. */
export function guessFromName(name: string): { kind: OrgKind; cityCode: string } {
  const key = nameKey(name);
  const city = CITIES.find((c) => key.startsWith(c.name) || key.startsWith(c.name.slice(0, -1)));
  const cityCode = city?.code ?? PROVINCE.code;
  if (/人民政府$|政府$/.test(key) && city) return { kind: "city_government", cityCode };
  if (/(区|开发区|高新区)(人民政府|管委会|管理委员会)?$/.test(key) && city) return { kind: "district", cityCode };
  if (/(大学|学院)$/.test(key)) return { kind: "university", cityCode };
  if (/实验室$/.test(key)) return { kind: "laboratory", cityCode };
  if (/(研究院|研究所|科学院)$/.test(key)) return { kind: "institute", cityCode };
  if (/(园|园区|科创中心)$/.test(key)) return { kind: "park", cityCode };
  if (/(公司|集团)$/.test(key)) return { kind: "enterprise", cityCode };
  if (/^(省|湖北省)/.test(key)) return { kind: "provincial_department", cityCode: PROVINCE.code };
  return { kind: city ? "city_government" : "provincial_department", cityCode };
}
