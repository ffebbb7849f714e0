/** Calendar dates are Asia/Shanghai dates (STYLE.md §6); instants stay UTC. */
export function todayInShanghai(now: Date = new Date()): string {
  return now.toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });
}
