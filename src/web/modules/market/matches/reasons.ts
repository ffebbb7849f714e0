/**
 * Why a match was suggested, as sentences. The server words its reasons in Chinese (共同关键词：…, 同属…领域,
 * 两地相距约 … 公里, TRL, 价格在预算内, 高价值发明专利): in zh-CN they are shown as it wrote them. In English they are
 * rebuilt from the structured reasons it sends beside them (shared words, same domain, distance, TRL, 高价值); the
 * budget fit has no structured field, so English readers do not see it.
 */
import type { Lang, Translate } from "../../../platform/i18n.tsx";
import type { Match } from "../types.ts";

export function reasonSentences(match: Pick<Match, "reasons">, subjectDomain: string | null, lang: Lang, t: Translate, domainLabel: (d: string) => string): string[] {
  const r = match.reasons;
  if (lang === "zh-CN") return r.text;
  const out: string[] = [];
  if (r.sharedTerms.length) out.push(t("match.reason.sharedTerms", { terms: r.sharedTerms.join(", ") }));
  if (r.sameDomain && subjectDomain) out.push(t("match.reason.sameDomain", { domain: domainLabel(subjectDomain) }));
  if (r.distanceKm !== null) out.push(r.distanceKm === 0 ? t("match.reason.sameCity") : t("match.reason.distance", { km: r.distanceKm }));
  if (r.maturity !== null) out.push(t("match.reason.maturity", { trl: r.maturity }));
  if (r.highValue) out.push(t("match.reason.highValue"));
  return out;
}
