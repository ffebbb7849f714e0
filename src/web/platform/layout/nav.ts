/**
 * A module's place in the left navigation: its path, icon, label, whether this user sees it, other path prefixes
 * whose pages belong to it (a task's page /tasks/… under 计划任务), and the group it sits in (技术市场 → 我的发布):
 * entries naming the same group label are shown together under it, where the first of them stands.
 */
import type { ReactNode } from "react";
import type { WebMessageKey } from "../../i18n/zh-CN.ts";
import type { Me } from "../auth/api.ts";

export type NavGroup = { label: WebMessageKey; icon: ReactNode };
export type NavItem = { path: string; icon: ReactNode; label: WebMessageKey; visible?: (me: Me) => boolean; also?: string[]; group?: NavGroup };
/** A link in the header of every signed-in page (the public portal, say). */
export type HeaderLink = { path: string; icon?: ReactNode; label: WebMessageKey };
