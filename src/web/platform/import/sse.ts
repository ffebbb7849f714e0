/**
 * Server-sent events read from a fetch response's body (EventSource cannot POST a file or send the CSRF header), and
 * the events of a spreadsheet import posted with Accept: text/event-stream (the server's platform/sheets/response.ts,
 * shared by the registry and the marketplace imports). Parsing follows the HTML standard's event-stream rules: lines
 * end in CRLF, LF or CR; a blank line dispatches; ":" starts a comment; several data lines join with "\n"; an event
 * left unfinished when the stream ends is dropped. Pure but for readSse.
 */

export type SseEvent = { event: string; data: string };

export class SseParser {
  private buffer = "";
  private event = "";
  private data: string[] = [];

  /** Feeds decoded text; returns the events completed by it. */
  push(text: string): SseEvent[] {
    this.buffer += text;
    const out: SseEvent[] = [];
    for (;;) {
      const end = this.buffer.search(/\r\n|\r|\n/);
      if (end < 0) break;
      // A CR at the very end may be the first half of a CRLF split across chunks: wait for the next one.
      if (this.buffer[end] === "\r" && end === this.buffer.length - 1) break;
      const line = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + (this.buffer.startsWith("\r\n", end) ? 2 : 1));
      const event = this.line(line);
      if (event) out.push(event);
    }
    return out;
  }

  /** The stream ended: a CR held back ends its line; an event not yet closed by a blank line is dropped. */
  end(): SseEvent[] {
    const out = this.buffer.endsWith("\r") ? this.push("\n") : [];
    this.buffer = "";
    this.event = "";
    this.data = [];
    return out;
  }

  private line(line: string): SseEvent | null {
    if (line === "") {
      if (this.data.length === 0) {
        this.event = "";
        return null;
      }
      const event = { event: this.event || "message", data: this.data.join("\n") };
      this.event = "";
      this.data = [];
      return event;
    }
    if (line.startsWith(":")) return null;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    const raw = colon < 0 ? "" : line.slice(colon + 1);
    const value = raw.startsWith(" ") ? raw.slice(1) : raw;
    if (field === "event") this.event = value;
    else if (field === "data") this.data.push(value);
    return null;
  }
}

/** Reads a response body to its end, calling `onEvent` for each event as it arrives. */
export async function readSse(body: ReadableStream<Uint8Array>, onEvent: (event: SseEvent) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = new SseParser();
  for (;;) {
    const { done, value } = await reader.read();
    const text = done ? decoder.decode() : decoder.decode(value, { stream: true });
    for (const event of parser.push(text)) onEvent(event);
    if (done) {
      for (const event of parser.end()) onEvent(event);
      return;
    }
  }
}

/** Every phase an import may report, in order; an import reports those it has (only the registry's re-assesses). */
export const IMPORT_PHASES = ["read", "check", "write", "assess"] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];
export type ImportProgress = { phase: ImportPhase; done: number; total: number };
export type ImportFailure = { code: string; message: string; fields: { path: string; message: string }[] };
/** A row the import refused: its sheet row (0 for the whole file), the column's header, and why, in Chinese. */
export type RowError = { row: number; column: string; message: string };

export type ImportEvent<S> =
  | { type: "progress"; progress: ImportProgress }
  | { type: "result"; summary: S }
  | { type: "rejected"; errors: RowError[] }
  | { type: "error"; error: ImportFailure };

export type Json = Record<string, unknown>;
/** Checks an import's own summary (the `result` event's payload); null when it is not that shape. */
export type SummaryOf<S> = (v: Json) => S | null;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
export const isInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v);
const isPhase = (v: unknown): v is ImportPhase => typeof v === "string" && (IMPORT_PHASES as readonly string[]).includes(v);

function parse(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return undefined; // not JSON: the event is not one of ours and is skipped
  }
}

function rowError(v: unknown): RowError | null {
  if (!isObject(v) || !isInt(v.row) || typeof v.column !== "string" || typeof v.message !== "string") return null;
  return { row: v.row, column: v.column, message: v.message };
}

function failure(v: unknown): ImportFailure | null {
  const error = isObject(v) ? v.error : undefined;
  if (!isObject(error) || typeof error.code !== "string" || typeof error.message !== "string") return null;
  const fields = Array.isArray(error.fields) ? error.fields.filter((f): f is { path: string; message: string } => isObject(f) && typeof f.path === "string" && typeof f.message === "string") : [];
  return { code: error.code, message: error.message, fields: fields.map((f) => ({ path: f.path, message: f.message })) };
}

/** One event of the import stream, checked; null for anything else (an unknown event name or a malformed payload). */
export function importEventOf<S>(e: SseEvent, summaryOf: SummaryOf<S>): ImportEvent<S> | null {
  const v = parse(e.data);
  if (!isObject(v)) return null;
  switch (e.event) {
    case "progress":
      return isPhase(v.phase) && isInt(v.done) && isInt(v.total) ? { type: "progress", progress: { phase: v.phase, done: v.done, total: v.total } } : null;
    case "result": {
      const summary = summaryOf(v);
      return summary === null ? null : { type: "result", summary };
    }
    case "rejected": {
      if (!Array.isArray(v.errors)) return null;
      const errors = v.errors.map(rowError);
      return errors.every((x): x is RowError => x !== null) ? { type: "rejected", errors } : null;
    }
    case "error": {
      const error = failure(v);
      return error ? { type: "error", error } : null;
    }
    default:
      return null;
  }
}

/** How much of the work each phase is taken to be (of all four: reading 0–5, checking 5–40, writing 40–90, assessing 90–100). */
const WEIGHT: Record<ImportPhase, number> = { read: 5, check: 35, write: 50, assess: 10 };

/** The share of a phase done, 0–1 (an empty phase counts as not started). */
export const phaseShare = (p: ImportProgress): number => (p.total > 0 ? Math.min(1, Math.max(0, p.done / p.total)) : 0);

/** The share of the whole import done, 0–100, over the phases this import goes through. */
export function progressPercent(p: ImportProgress, phases: readonly ImportPhase[] = IMPORT_PHASES): number {
  const whole = phases.reduce((sum, ph) => sum + WEIGHT[ph], 0);
  const at = phases.indexOf(p.phase);
  if (whole === 0 || at < 0) return 0;
  const before = phases.slice(0, at).reduce((sum, ph) => sum + WEIGHT[ph], 0);
  return Math.round((100 * (before + WEIGHT[p.phase] * phaseShare(p))) / whole);
}
