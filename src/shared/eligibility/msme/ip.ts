/**
 * 知识产权 counts the MIIT standards use, and the "Ⅰ类高价值 → 自主研发Ⅰ类 → Ⅰ类 → Ⅱ类" points ladder of
 * 63号 附件1 (创新型) and 附件2 (专精特新). Subsets cannot exceed what they are part of.
 */
import type { Findings } from "../conditions.ts";
import type { Reader } from "../input-reader.ts";

export type IpCounts = {
  /** Ⅰ类高价值知识产权 (⊆ classI). */
  highValueClassI?: number;
  /** 自主研发的Ⅰ类 (⊆ classI). */
  selfDevelopedClassI?: number;
  classI?: number;
  classII?: number;
  /** 与主导产品相关、实际应用并已产生经济效益的Ⅰ类 (⊆ classI): 小巨人 2022. */
  appliedClassI?: number;
  /** The same, not transferred in (不含转入) (⊆ appliedClassI): 专精特新 2026. */
  appliedClassINotTransferred?: number;
  /** 与主导产品相关的Ⅰ类，不含转入、权利人排名前三 (⊆ classI): 小巨人 2026. */
  classINotTransferredTop3?: number;
};

const BASE = ["highValueClassI", "selfDevelopedClassI", "classI", "classII"] as const;
const EXTENDED = [...BASE, "appliedClassI", "appliedClassINotTransferred", "classINotTransferredTop3"] as const;
const SUBSETS: [keyof IpCounts, keyof IpCounts][] = [
  ["highValueClassI", "classI"],
  ["selfDevelopedClassI", "classI"],
  ["appliedClassI", "classI"],
  ["appliedClassINotTransferred", "appliedClassI"],
  ["classINotTransferredTop3", "classI"],
];

export function readIp(root: Reader, extended: boolean): IpCounts | undefined {
  const keys = extended ? EXTENDED : BASE;
  const r = root.child("ip", keys);
  if (!r) return undefined;
  const ip: IpCounts = {};
  for (const key of keys) ip[key] = r.number(key, { integer: true });
  for (const [part, whole] of SUBSETS) {
    const count = ip[part];
    const total = ip[whole];
    if (count !== undefined && total !== undefined && count > total) r.error(part, "assess.subset_exceeds", { whole: `ip.${whole}`, total, count });
  }
  return ip;
}

type IpLadder = { highValueClassI: number; selfDevelopedClassI: number; classI: number; classII: number };

/** The points of the first rung reached; null when a count consulted before it is missing. */
export function ipLadderPoints(ip: IpCounts | undefined, points: IpLadder, f: Findings): number | null {
  for (const rung of BASE) {
    const count = f.need(ip?.[rung], `ip.${rung}`);
    if (count === null) return null;
    if (count >= 1) return points[rung];
  }
  return 0;
}
