/**
 * The stages of an entry in the 高企后备库 and which may follow which, shared by the server (which refuses any other
 * move) and the pages (which offer only these). A withdrawn or rejected entry may be taken up again: next round.
 */
export const RESERVE_STAGES = ["reserve", "applied", "certified", "rejected", "withdrawn"] as const;
export type ReserveStage = (typeof RESERVE_STAGES)[number];

export const NEXT_STAGES: Record<ReserveStage, readonly ReserveStage[]> = {
  reserve: ["applied", "withdrawn"],
  applied: ["certified", "rejected", "withdrawn"],
  certified: [],
  rejected: ["reserve"],
  withdrawn: ["reserve"],
};

export function isReserveStage(value: string): value is ReserveStage {
  return (RESERVE_STAGES as readonly string[]).includes(value);
}
