/** The topic catalogue holds together: enough topics per domain, unique ids, adjacency within a domain, known owners. */
import { describe, expect, it } from "vitest";
import { adjacentTopics, findSubtopic, INSTITUTIONS, MARKET_DOMAINS, synonymsOf, topicById, TOPICS, TOPICS_BY_DOMAIN } from "./catalogue.ts";

describe("topic catalogue", () => {
  it("has 8–12 topics per domain, each with three subtopics that have words and problems", () => {
    for (const domain of MARKET_DOMAINS) {
      expect(TOPICS_BY_DOMAIN[domain].length, domain).toBeGreaterThanOrEqual(8);
      expect(TOPICS_BY_DOMAIN[domain].length, domain).toBeLessThanOrEqual(12);
      for (const t of TOPICS_BY_DOMAIN[domain]) expect(t.domain).toBe(domain);
    }
    for (const t of TOPICS) {
      expect(t.subtopics, t.id).toHaveLength(3);
      expect(t.terms.length, t.id).toBeGreaterThanOrEqual(7);
      expect(t.objects.length, t.id).toBeGreaterThanOrEqual(3);
      expect(t.ipc.length, t.id).toBeGreaterThanOrEqual(3);
      for (const g of t.ipc) expect(g, t.id).toMatch(/^[A-H]\d{2}[A-Z]\d{1,4}\/\d{2,6}$/);
      expect(t.sei).toBeGreaterThan(0);
      expect(t.sei).toBeLessThanOrEqual(1);
      for (const s of t.subtopics) {
        expect(s.id.startsWith(`${t.id}.`), s.id).toBe(true);
        expect(s.terms.length, s.id).toBeGreaterThanOrEqual(4);
        expect(s.needs.length, s.id).toBeGreaterThanOrEqual(3);
        expect(findSubtopic(s.id)?.topic).toBe(t);
      }
    }
  });

  it("has unique topic and subtopic ids", () => {
    const ids = TOPICS.flatMap((t) => [t.id, ...t.subtopics.map((s) => s.id)]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("declares adjacency between existing topics of the same domain, symmetrically, never to itself", () => {
    for (const t of TOPICS) {
      expect(t.adjacent.length, t.id).toBeGreaterThan(0);
      for (const other of adjacentTopics(t.id)) {
        const o = topicById(other);
        expect(o, `${t.id} → ${other}`).toBeDefined();
        expect(o?.domain, `${t.id} → ${other}`).toBe(t.domain);
        expect(other).not.toBe(t.id);
        expect(adjacentTopics(other).has(t.id)).toBe(true);
      }
    }
  });

  it("names only institutions it knows as a topic's strong owners, and each domain has some", () => {
    const names = new Set(INSTITUTIONS.map((i) => i.name));
    expect(names.size).toBe(INSTITUTIONS.length);
    for (const t of TOPICS) for (const o of t.strongOwners) expect(names.has(o), `${t.id}: ${o}`).toBe(true);
    for (const d of MARKET_DOMAINS) expect(INSTITUTIONS.filter((i) => i.domains.includes(d)).length, d).toBeGreaterThanOrEqual(5);
  });

  it("gives a word's synonym group, or the word alone", () => {
    expect(synonymsOf("锂电池")).toContain("锂离子电池");
    expect(synonymsOf("光纤陀螺")).toEqual(["光纤陀螺"]);
  });
});
