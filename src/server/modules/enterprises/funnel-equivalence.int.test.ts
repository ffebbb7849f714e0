/**
 * The funnel and the 高企 KPI count read the certificates in one pass now; they must give exactly what the first
 * versions gave (a join of every certificate of the last five years to every city and year, kept here as the
 * reference) on a synthetic registry, with certificates of explicit and implied validity, renewals and lapses.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { engines } from "../../../../test/support/engines.ts";
import { createHarness, type Harness } from "../../../../test/support/harness.ts";
import { seedSyntheticEnterprises } from "./index.ts";
import { enterpriseFunnel, highTechCounts } from "./service/funnel.ts";
import { CITIES } from "../../../shared/regions.ts";
import { todayInShanghai } from "../../platform/clock.ts";
import { rows } from "../../platform/db.ts";

const VALID_FROM = sql.raw(`coalesce(c.valid_from, make_date(c.year, 1, 1))`);
const VALID_UNTIL = sql.raw(`coalesce(c.valid_until, make_date(c.year + 3, 1, 1) - 1)`);

/** The funnel's certificate counts as first written: every certificate of Y − 4 … Y joined to each (city, Y). */
function referenceCerts(cities: string[], years: number[]) {
  const cityList = sql.join(cities.map((c) => sql`${c}`), sql`, `);
  const yearList = sql.join(years.map((y) => sql`${y}::int`), sql`, `);
  return sql`with grid as (select c.code as city_code, y.year from (select unnest(array[${cityList}]::text[]) as code) c cross join (select unnest(array[${yearList}]) as year) y)
    select g.city_code, g.year,
      count(distinct c.org_id) filter (where c.tier = 'tech-sme' and c.year = g.year) as tech_sme,
      count(distinct c.org_id) filter (where c.tier = 'high-tech' and c.year = g.year) as certified,
      count(distinct c.org_id) filter (where c.tier = 'high-tech' and ${VALID_FROM} <= make_date(g.year, 12, 31) and ${VALID_UNTIL} >= make_date(g.year, 12, 31)) as valid_high_tech,
      count(distinct c.org_id) filter (where c.tier = 'high-tech' and extract(year from ${VALID_UNTIL}) = g.year
        and not exists (select 1 from enterprise_certificates c2 where c2.org_id = c.org_id and c2.tier = 'high-tech' and c2.confirmed and c2.year > c.year)) as expiring
    from grid g join enterprise_certificates c on c.city_code = g.city_code and c.confirmed and c.tier in ('tech-sme', 'high-tech')
      and c.year <= g.year and c.year >= g.year - 4
    group by g.city_code, g.year order by g.year, g.city_code`;
}

/** Registered enterprises as first counted: every enterprise joined to each (city, Y) it was founded by. */
function referenceRegistered(cities: string[], years: number[]) {
  const cityList = sql.join(cities.map((c) => sql`${c}`), sql`, `);
  const yearList = sql.join(years.map((y) => sql`${y}::int`), sql`, `);
  return sql`with grid as (select c.code as city_code, y.year from (select unnest(array[${cityList}]::text[]) as code) c cross join (select unnest(array[${yearList}]) as year) y)
    select g.city_code, g.year, count(e.org_id) as n from grid g join enterprises e on e.city_code = g.city_code and coalesce(e.founded_on, date '1900-01-01') <= make_date(g.year, 12, 31) group by g.city_code, g.year`;
}

function referenceHighTech(years: number[]) {
  const cityList = sql.join(CITIES.map((c) => sql`${c.code}`), sql`, `);
  const yearList = sql.join(years.map((y) => sql`${y}::int`), sql`, `);
  return sql`select g.city_code, g.year, count(distinct c.org_id) as n, coalesce(bool_or(e.is_demo), false) as demo
    from (select unnest(array[${cityList}]::text[]) as city_code) cc cross join (select unnest(array[${yearList}]) as year) y
      cross join lateral (select cc.city_code, y.year) g
      left join enterprise_certificates c on c.city_code = g.city_code and c.tier = 'high-tech' and c.confirmed
        and ${VALID_FROM} <= make_date(g.year, 12, 31) and ${VALID_UNTIL} >= make_date(g.year, 12, 31)
      left join enterprises e on e.org_id = c.org_id
    group by g.city_code, g.year order by g.year, g.city_code`;
}

describe.each(engines())("funnel queries on %s", (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(engine);
    const ctx = { db: h.database.db, actor: null, clientIp: null, requestId: null, systemName: "test" };
    await seedSyntheticEnterprises(ctx, { count: 1500, seed: 77, demo: true });
    // Certificates the generator may not make: explicit validity ending on 31 December and mid-year, a renewal
    // before expiry, an unconfirmed one, and one whose validity begins in a later year than its own.
    await h.database.db.execute(sql`update enterprise_certificates set valid_from = make_date(year, 3, 15), valid_until = make_date(year + 3, 3, 14)
      where tier = 'high-tech' and (hashtext(org_id::text) % 5) = 0`);
    await h.database.db.execute(sql`update enterprise_certificates set valid_from = make_date(year, 1, 1), valid_until = make_date(year + 2, 12, 31)
      where tier = 'high-tech' and (hashtext(org_id::text) % 5) = 1`);
    await h.database.db.execute(sql`update enterprise_certificates set valid_from = make_date(year + 1, 6, 1)
      where tier = 'high-tech' and (hashtext(org_id::text) % 7) = 2`);
    await h.database.db.execute(sql`update enterprise_certificates set confirmed = false where (hashtext(org_id::text) % 11) = 3`);
  }, 300_000);
  afterAll(async () => h?.dispose());

  it("counts every stage as the reference does, for every city and year", async () => {
    const cities = CITIES.map((c) => c.code);
    const years = [2016, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
    const [stats] = await rows<{ certs: number; hightech: number }>(h.database.db, sql`select count(*)::int as certs, count(*) filter (where tier = 'high-tech' and confirmed)::int as hightech from enterprise_certificates`);
    expect(stats?.hightech).toBeGreaterThan(100);
    const now = await enterpriseFunnel(h.database.db, { years, cities });
    const reference = new Map((await rows<Record<string, string | number>>(h.database.db, referenceCerts(cities, years))).map((r) => [`${String(r.city_code)}:${Number(r.year)}`, r]));
    const registered = new Map((await rows<{ city_code: string; year: number; n: number | string }>(h.database.db, referenceRegistered(cities, years))).map((r) => [`${r.city_code}:${Number(r.year)}`, Number(r.n)]));
    expect(now.map((r) => r.registered)).toEqual(now.map((r) => registered.get(`${r.cityCode}:${r.year}`) ?? 0));
    expect(now.some((r) => r.registered > 0)).toBe(true);
    let nonZero = 0;
    for (const r of now) {
      const ref = reference.get(`${r.cityCode}:${r.year}`);
      const expected = { techSme: Number(ref?.tech_sme ?? 0), certified: Number(ref?.certified ?? 0), validHighTech: Number(ref?.valid_high_tech ?? 0), expiring: Number(ref?.expiring ?? 0) };
      expect({ city: r.cityCode, year: r.year, techSme: r.techSme, certified: r.certified, validHighTech: r.validHighTech, expiring: r.expiring }).toEqual({ city: r.cityCode, year: r.year, ...expected });
      if (r.validHighTech > 0 && r.expiring > 0) nonZero++;
    }
    expect(nonZero).toBeGreaterThan(5);
  });

  it("counts the 高企 KPI as the reference does", async () => {
    const counted = await highTechCounts(h.database.db);
    expect(counted.length).toBeGreaterThan(0);
    const first = Math.min(...counted.map((c) => c.year));
    const years: number[] = [];
    for (let y = first; y <= Number(todayInShanghai().slice(0, 4)); y++) years.push(y);
    const reference = await rows<{ city_code: string; year: number; n: number | string; demo: boolean }>(h.database.db, referenceHighTech(years));
    expect(counted).toEqual(reference.map((r) => ({ cityCode: r.city_code, year: Number(r.year), count: Number(r.n), demo: r.demo })));
    expect(counted.some((c) => c.count > 0)).toBe(true);
  });
});
