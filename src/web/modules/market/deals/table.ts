/** The deals as a sheet for the export: one row per deal, amounts in 万元 as numbers, names in the reader's language. Pure. */
import type { Deal } from "./api.ts";

export const DEAL_COLUMNS = [
  "title",
  "sellerName",
  "sellerCity",
  "buyerName",
  "buyerCity",
  "contractType",
  "amount",
  "registeredAmount",
  "techTransactionAmount",
  "signedOn",
  "registrationNo",
  "domain",
] as const;
export type DealColumn = (typeof DEAL_COLUMNS)[number];

export type DealTableText = {
  heading: (column: DealColumn) => string;
  city: (code: string) => string;
  contractType: (code: string) => string;
  domain: (value: string) => string;
};

export function dealSheet(deals: readonly Deal[], text: DealTableText): (string | number | null)[][] {
  const cell = (d: Deal, column: DealColumn): string | number | null => {
    switch (column) {
      case "sellerCity":
      case "buyerCity":
        return text.city(d[column]);
      case "contractType":
        return text.contractType(d.contractType);
      case "domain":
        return d.domain ? text.domain(d.domain) : null;
      default:
        return d[column];
    }
  };
  return [DEAL_COLUMNS.map(text.heading), ...deals.map((d) => DEAL_COLUMNS.map((c) => cell(d, c)))];
}
