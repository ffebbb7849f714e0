/**
 * A module's place in the left navigation: its path, icon, label, whether this user sees it, and other path
 * prefixes whose pages belong to it (a task's page /tasks/… under 计划任务).
 */
import type { ReactNode } from "react";
import type { WebMessageKey } from "../../i18n/zh-CN.ts";
import type { Me } from "../auth/api.ts";

export type NavItem = { path: string; icon: ReactNode; label: WebMessageKey; visible?: (me: Me) => boolean; also?: string[] };
