/** A module's place in the left navigation: its path, icon, label, and whether this user sees it. */
import type { ReactNode } from "react";
import type { WebMessageKey } from "../../i18n/zh-CN.ts";
import type { Me } from "../auth/api.ts";

export type NavItem = { path: string; icon: ReactNode; label: WebMessageKey; visible?: (me: Me) => boolean };
