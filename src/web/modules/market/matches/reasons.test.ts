import { describe, expect, test } from "vitest";
import { reasonSentences } from "./reasons.ts";
import { format } from "../../../platform/i18n.tsx";
import type { Match } from "../types.ts";

const reasons: Match["reasons"] = {
  sharedTerms: ["硅光", "调制器"],
  sameDomain: true,
  distanceKm: 56,
  maturity: 6,
  highValue: null,
  text: ["共同关键词：硅光、调制器", "同属光电子信息领域", "两地相距约 56 公里", "技术成熟度 TRL 6（需要 4）", "价格在预算内"],
};
const domain = (d: string) => (d === "光电子信息" ? "Optoelectronics and information" : d);

describe("reasonSentences", () => {
  test("in Chinese, the server's own sentences, budget fit included", () => {
    expect(reasonSentences({ reasons }, "光电子信息", "zh-CN", (k, p) => format("zh-CN", k, p), domain)).toEqual(reasons.text);
  });

  test("in English, rebuilt from the structured reasons", () => {
    expect(reasonSentences({ reasons }, "光电子信息", "en", (k, p) => format("en", k, p), domain)).toEqual([
      "Shared keywords: 硅光, 调制器",
      "Both in Optoelectronics and information",
      "About 56 km apart",
      "Technology readiness TRL 6",
    ]);
    expect(reasonSentences({ reasons: { ...reasons, sharedTerms: [], sameDomain: false, distanceKm: 0, maturity: null, highValue: true } }, null, "en", (k, p) => format("en", k, p), domain)).toEqual(["Same city", "High-value invention patent"]);
  });
});
