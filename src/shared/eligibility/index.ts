/** Eligibility engines for the official enterprise tiers (../shared/domain/): the public surface. */
export { assess, isTier, type AssessOutcome } from "./assess.ts";
export { describeGap, gaps, nearestTier, type Gap, type Nearest } from "./gap.ts";
export { isIsoDate } from "./dates.ts";
export { TIERS, type AssessmentResult, type Condition, type FieldIssue, type Tier } from "./types.ts";
