/**
 * The floors of the matching evaluation (npm run eval:match, and the suite's match-eval test): a change that makes
 * matching worse than this fails the build. Set a little under the figures measured through the service on
 * 2026-11-25 (docs/benchmarks.md), so noise does not trip them and a real regression does.
 */
export const MATCH_FLOORS = { ndcg10: 0.85, recall50: 0.45 } as const;
