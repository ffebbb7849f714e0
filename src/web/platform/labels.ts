/** Names of the shared enumerations (cities, organisation kinds, roles) in the UI language. */
import { useMemo } from "react";
import { CITIES, ORG_KINDS, ORG_KIND_LABELS, PROVINCE, type OrgKind } from "../../shared/regions.ts";
import { ROLES, roleLabel as sharedRoleLabel } from "../../shared/roles.ts";
import { useI18n } from "./i18n.tsx";

const REGIONS = [PROVINCE, ...CITIES];
const isOrgKind = (value: string): value is OrgKind => (ORG_KINDS as readonly string[]).includes(value);

export type Option = { value: string; label: string };

export function useLabels() {
  const { lang } = useI18n();
  return useMemo(() => {
    const kindLabel = (kind: string) => (isOrgKind(kind) ? ORG_KIND_LABELS[kind][lang === "en" ? "en" : "zh"] : kind);
    const cityLabel = (code: string) => {
      const region = REGIONS.find((r) => r.code === code);
      if (!region) return code;
      return lang === "en" ? region.nameEn : region.name;
    };
    const roleLabel = (role: string) => sharedRoleLabel(role, lang);
    const kindOptions: Option[] = ORG_KINDS.map((k) => ({ value: k, label: kindLabel(k) }));
    const cityOptions: Option[] = REGIONS.map((r) => ({ value: r.code, label: cityLabel(r.code) }));
    const roleOptions: Option[] = ROLES.map((r) => ({ value: r, label: roleLabel(r) }));
    return { kindLabel, cityLabel, roleLabel, kindOptions, cityOptions, roleOptions };
  }, [lang]);
}
