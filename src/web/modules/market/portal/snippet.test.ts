import { describe, expect, test } from "vitest";
import { snippetParts } from "./snippet.ts";

describe("snippetParts", () => {
  test("marked words and the text around them, entities decoded", () => {
    expect(snippetParts("高速<mark>硅光</mark>调制器 &amp; <mark>芯片</mark>…")).toEqual([
      { text: "高速", marked: false },
      { text: "硅光", marked: true },
      { text: "调制器 & ", marked: false },
      { text: "芯片", marked: true },
      { text: "…", marked: false },
    ]);
  });

  test("an escaped <script> from the server comes through as text", () => {
    const parts = snippetParts("&lt;script&gt;alert(1)&lt;/script&gt; <mark>光纤</mark>");
    expect(parts).toEqual([
      { text: "<script>alert(1)</script> ", marked: false },
      { text: "光纤", marked: true },
    ]);
  });

  test("raw tags other than <mark> are never markup: they are shown as the characters they are", () => {
    const parts = snippetParts('<script>alert(1)</script><img src=x onerror="alert(2)"><mark onclick="x">a</mark><b>b</b>');
    expect(parts.every((p) => !p.marked)).toBe(true);
    // A bare </mark> is only ever a mark's end: it is dropped, and nothing else is.
    expect(parts.map((p) => p.text).join("")).toBe('<script>alert(1)</script><img src=x onerror="alert(2)"><mark onclick="x">a<b>b</b>');
  });

  test("entities decode once; numeric ones outside Unicode stay as written", () => {
    expect(snippetParts("&amp;lt;&#x5149;&#32420;&#0;&#xD800;&bogus;")).toEqual([{ text: "&lt;光纤&#0;&#xD800;&bogus;", marked: false }]);
  });

  test("an unclosed mark ends with the text; a stray close is ignored", () => {
    expect(snippetParts("a</mark>b<MARK>c")).toEqual([
      { text: "ab", marked: false },
      { text: "c", marked: true },
    ]);
    expect(snippetParts("")).toEqual([]);
  });
});
