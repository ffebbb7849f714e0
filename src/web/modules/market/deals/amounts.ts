/**
 * The 技术交易额 check as the form runs it while typing (tech-contracts.md tc-amount-le: 0 ≤ 技术交易额 ≤ 合同成交额),
 * against the 合同成交额 the server will compare with: the registered amount when given, else the deal's amount
 * (service/deals.ts registers `registeredAmount ?? amount`). Pure.
 */

/** The 合同成交额 the deal will be registered with, or null while neither amount is typed. */
export function registeredTotal(amount: number | null | undefined, registeredAmount: number | null | undefined): number | null {
  if (registeredAmount !== null && registeredAmount !== undefined) return registeredAmount;
  return amount ?? null;
}

/** The limit a 技术交易额 exceeds, or null when it is within it (or nothing to compare yet). */
export function techAmountExcess(tech: number | null | undefined, amount: number | null | undefined, registeredAmount: number | null | undefined): { tech: number; total: number } | null {
  const total = registeredTotal(amount, registeredAmount);
  if (tech === null || tech === undefined || total === null) return null;
  return tech > total ? { tech, total } : null;
}
