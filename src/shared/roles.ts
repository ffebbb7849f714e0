/** Roles of a membership (user × organisation × role), with their labels. */
export const ROLES = ["admin", "officer", "member", "expert"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  admin: { zh: "管理员", en: "Administrator" },
  officer: { zh: "业务管理员", en: "Officer" },
  member: { zh: "成员", en: "Member" },
  expert: { zh: "专家", en: "Expert" },
};

export function roleLabel(role: string, lang: "zh-CN" | "en"): string {
  const label = ROLE_LABELS[role as Role];
  return label ? (lang === "en" ? label.en : label.zh) : role;
}
