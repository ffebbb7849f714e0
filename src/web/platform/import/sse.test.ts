import { describe, expect, test } from "vitest";
import { importEventOf, isInt, progressPercent, readSse, SseParser, type Json, type SseEvent } from "./sse.ts";

const STREAM = 'event: progress\ndata: {"phase":"check","done":0,"total":3}\n\nevent: result\ndata: {"rows":3,"created":1,"updated":2,"years":3,"certificates":0}\n\n';

/** A summary of some import's shape: the stream's own checks are tested here, each summary's by its module. */
const counts = ({ rows, created, updated }: Json) => (isInt(rows) && isInt(created) && isInt(updated) ? { rows, created, updated } : null);

function parseAll(chunks: string[]): SseEvent[] {
  const parser = new SseParser();
  return [...chunks.flatMap((c) => parser.push(c)), ...parser.end()];
}

describe("SseParser", () => {
  test("reads named events separated by blank lines", () => {
    expect(parseAll([STREAM])).toEqual([
      { event: "progress", data: '{"phase":"check","done":0,"total":3}' },
      { event: "result", data: '{"rows":3,"created":1,"updated":2,"years":3,"certificates":0}' },
    ]);
  });

  test("gives the same events however the text is split, one character at a time included", () => {
    const whole = parseAll([STREAM]);
    expect(parseAll([...STREAM])).toEqual(whole);
    for (let i = 1; i < STREAM.length; i++) expect(parseAll([STREAM.slice(0, i), STREAM.slice(i)])).toEqual(whole);
  });

  test("CRLF and lone CR end lines too, also when a CRLF is split between chunks", () => {
    const crlf = STREAM.replace(/\n/g, "\r\n");
    expect(parseAll([crlf])).toEqual(parseAll([STREAM]));
    const at = crlf.indexOf("\r\n") + 1;
    expect(parseAll([crlf.slice(0, at), crlf.slice(at)])).toEqual(parseAll([STREAM]));
    expect(parseAll([STREAM.replace(/\n/g, "\r")])).toEqual(parseAll([STREAM]));
  });

  test("joins data lines, skips comments, strips one leading space, defaults the name to message", () => {
    expect(parseAll([": keep-alive\n\ndata:a\ndata:  b\n\n"])).toEqual([{ event: "message", data: "a\n b" }]);
  });

  test("an event without data dispatches nothing and does not leak its name into the next", () => {
    expect(parseAll(["event: progress\n\ndata: x\n\n"])).toEqual([{ event: "message", data: "x" }]);
  });

  test("an event the stream ends in the middle of is not dispatched", () => {
    expect(parseAll(['event: result\ndata: {"rows":1}'])).toEqual([]);
  });
});

describe("readSse", () => {
  test("decodes UTF-8 split inside a character and reports events as they come", async () => {
    const bytes = new TextEncoder().encode('event: rejected\ndata: {"errors":[{"row":2,"column":"年度*","message":"年度不能为空"}]}\n\n');
    const cut = bytes.findIndex((b) => b >= 0x80) + 1; // inside the first multi-byte character
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, cut));
        controller.enqueue(bytes.slice(cut));
        controller.close();
      },
    });
    const events: SseEvent[] = [];
    await readSse(body, (e) => events.push(e));
    expect(events).toHaveLength(1);
    expect(importEventOf(events[0] ?? { event: "", data: "" }, counts)).toEqual({ type: "rejected", errors: [{ row: 2, column: "年度*", message: "年度不能为空" }] });
  });
});

describe("importEventOf", () => {
  test("each of the import's events, checked", () => {
    expect(importEventOf({ event: "progress", data: '{"phase":"write","done":5,"total":10}' }, counts)).toEqual({ type: "progress", progress: { phase: "write", done: 5, total: 10 } });
    expect(importEventOf({ event: "result", data: '{"rows":3,"created":1,"updated":2,"years":3,"certificates":1}' }, counts)).toEqual({ type: "result", summary: { rows: 3, created: 1, updated: 2 } });
    expect(importEventOf({ event: "error", data: '{"error":{"code":"forbidden","message":"无权导入","fields":[{"path":"file","message":"x"}]}}' }, counts)).toEqual({
      type: "error",
      error: { code: "forbidden", message: "无权导入", fields: [{ path: "file", message: "x" }] },
    });
  });

  test("unknown events, malformed JSON and wrong shapes are skipped, not guessed", () => {
    expect(importEventOf({ event: "message", data: "{}" }, counts)).toBeNull();
    expect(importEventOf({ event: "progress", data: "not json" }, counts)).toBeNull();
    expect(importEventOf({ event: "progress", data: '{"phase":"upload","done":1,"total":1}' }, counts)).toBeNull();
    expect(importEventOf({ event: "result", data: '{"rows":"3"}' }, counts)).toBeNull();
    expect(importEventOf({ event: "rejected", data: '{"errors":[{"row":2}]}' }, counts)).toBeNull();
    expect(importEventOf({ event: "error", data: '{"message":"x"}' }, counts)).toBeNull();
  });
});

describe("progressPercent", () => {
  test("phases follow each other and each fills its span", () => {
    expect(progressPercent({ phase: "read", done: 0, total: 1 })).toBe(0);
    expect(progressPercent({ phase: "check", done: 0, total: 0 })).toBe(5);
    expect(progressPercent({ phase: "check", done: 10, total: 10 })).toBe(40);
    expect(progressPercent({ phase: "write", done: 5, total: 10 })).toBe(65);
    expect(progressPercent({ phase: "assess", done: 10, total: 10 })).toBe(100);
    expect(progressPercent({ phase: "write", done: 20, total: 10 })).toBe(90);
  });

  test("an import without the assessing phase spreads the whole bar over the phases it has", () => {
    const phases = ["read", "check", "write"] as const;
    expect(progressPercent({ phase: "read", done: 0, total: 1 }, phases)).toBe(0);
    expect(progressPercent({ phase: "check", done: 10, total: 10 }, phases)).toBe(44);
    expect(progressPercent({ phase: "write", done: 10, total: 10 }, phases)).toBe(100);
    expect(progressPercent({ phase: "assess", done: 1, total: 1 }, phases)).toBe(0);
  });
});
