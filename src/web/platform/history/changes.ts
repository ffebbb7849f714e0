/** What an audit event changed, field by field, from its before and after snapshots. Pure. */
export type HistoryEvent = {
  id: number;
  occurredAt: string;
  actorName: string;
  action: string;
  before: unknown;
  after: unknown;
  clientIp: string | null;
};

export type Change = { field: string; before: unknown; after: unknown };

/** Bookkeeping that changes on every write, or that is not the record's data: not worth a line in the history. */
const IGNORED = new Set(["id", "createdAt", "updatedAt", "abilities"]);

type Snapshot = Record<string, unknown>;
const isSnapshot = (value: unknown): value is Snapshot => typeof value === "object" && value !== null && !Array.isArray(value);
const isEmpty = (value: unknown) => value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function changesOf(before: unknown, after: unknown): Change[] {
  const b = isSnapshot(before) ? before : {};
  const a = isSnapshot(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !IGNORED.has(f));
  return fields
    .filter((f) => !same(b[f], a[f]) && !(isEmpty(b[f]) && isEmpty(a[f])))
    .map((field) => ({ field, before: b[field], after: a[field] }));
}
