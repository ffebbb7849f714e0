/**
 * The cultivation funnel per city and year (registered → 科小 → 后备库 → 申报 → 认定; certificates expiring), and the
 * count of valid 高企 certificates at each year's end that the plan's "> 15,000 高企" KPI takes from the registry.
 * Only certificates confirmed by a city officer count. A 高企 certificate without dates is taken as valid from 1 January
 * of its year for three years (国科发火〔2016〕32号 第十二条: 资格自颁发证书之日起有效期为三年).
 */
import { sql } from "drizzle-orm";
import { cityPolicy, visibleCities } from "../policy.ts";
import { CITIES } from "../../../../shared/regions.ts";
import { requireActor } from "../../../platform/policy.ts";
import { todayInShanghai } from "../../../platform/clock.ts";
import { rows, type Queryable } from "../../../platform/db.ts";
import type { Ctx } from "../../../platform/context.ts";

export type FunnelRow = { cityCode: string; year: number; registered: number; techSme: number; reserve: number; applied: number; certified: number; validHighTech: number; expiring: number };

const VALID_FROM = sql.raw(`coalesce(c.valid_from, make_date(c.year, 1, 1))`);
const VALID_UNTIL = sql.raw(`coalesce(c.valid_until, make_date(c.year + 3, 1, 1) - 1)`);
/**
 * The first and last years at whose 31 December a certificate row `c` (with valid_from/valid_until resolved as
 * above) is valid: from its validity's first year, through its last year when it runs to 31 December, else the year
 * before.
 */
const FIRST_VALID_YEAR = sql.raw(`extract(year from c.valid_from)::int`);
const LAST_VALID_YEAR = sql.raw(`(extract(year from c.valid_until)::int - case when c.valid_until < make_date(extract(year from c.valid_until)::int, 12, 31) then 1 else 0 end)`);

/** 统计口径 of each stage, shown beside the chart. */
export const FUNNEL_DEFINITIONS: Record<keyof Omit<FunnelRow, "cityCode" | "year">, string> = {
  registered: "登记库中成立于当年年末之前的企业数",
  techSme: "当年入库（经市级确认）的科技型中小企业数",
  reserve: "当年纳入高企后备库的企业数",
  applied: "当年后备库中已申报高企的企业数（含已认定、未通过）",
  certified: "当年新认定高新技术企业数（证书认定年度为当年，经市级确认）",
  validHighTech: "当年12月31日持有有效期内高企证书的企业数（计入“高新技术企业数”指标）",
  expiring: "高企证书有效期于当年届满、且尚无更晚证书的企业数（需重新认定）",
};

/** Funnel rows for the given years and cities (all corridor cities when cities is null). One query. */
export async function enterpriseFunnel(q: Queryable, opts: { years: number[]; cities?: string[] | null }): Promise<FunnelRow[]> {
  const cities = opts.cities ?? CITIES.map((c) => c.code);
  if (cities.length === 0 || opts.years.length === 0) return [];
  const cityList = sql.join(cities.map((c) => sql`${c}`), sql`, `);
  const yearList = sql.join(opts.years.map((y) => sql`${y}::int`), sql`, `);
  const minYear = Math.min(...opts.years);
  const maxYear = Math.max(...opts.years);
  const result = await rows<Record<string, string | number>>(
    q,
    sql`with grid as (select c.code as city_code, y.year from (select unnest(array[${cityList}]::text[]) as code) c cross join (select unnest(array[${yearList}]) as year) y),
      -- Registered by the end of Y: enterprises counted once per (city, founding year), then summed up to Y.
      founded as (select city_code, extract(year from coalesce(founded_on, date '1900-01-01'))::int as year, count(*) as n from enterprises where city_code in (${cityList}) group by 1, 2),
      reg as (select g.city_code, g.year, sum(f.n) as n from grid g join founded f on f.city_code = g.city_code and f.year <= g.year group by g.city_code, g.year),
      -- One pass over the certificates that can count (confirmed, the cities asked, certificate years within four
      -- years before the years asked): each emits the (city, year, stage) cells it counts in, then each cell counts
      -- distinct enterprises. A certificate counts for year Y only when its own year is in Y − 4 … Y; it is valid at
      -- Y's end from the year its validity starts through the last year whose 31 December it still covers; it
      -- expires in its validity's last year when the enterprise holds no confirmed 高企 certificate of a later year.
      c as (
        select c.org_id, c.city_code, c.tier, c.year, ${VALID_FROM} as valid_from, ${VALID_UNTIL} as valid_until
        from enterprise_certificates c
        where c.confirmed and c.tier in ('tech-sme', 'high-tech') and c.city_code in (${cityList})
          and c.year between ${minYear}::int - 4 and ${maxYear}::int),
      latest as (
        select org_id, max(year) as year from enterprise_certificates
        where tier = 'high-tech' and confirmed and org_id in (select org_id from c where tier = 'high-tech') group by org_id),
      cells as (
        select city_code, year, 'tech_sme' as stage, org_id from c where tier = 'tech-sme'
        union all select city_code, year, 'certified', org_id from c where tier = 'high-tech'
        union all select c.city_code, y.year, 'valid', c.org_id from c
          cross join lateral generate_series(
            greatest(c.year, ${FIRST_VALID_YEAR}),
            least(c.year + 4, ${LAST_VALID_YEAR})
          ) as y(year)
          where c.tier = 'high-tech'
        union all select c.city_code, extract(year from c.valid_until)::int, 'expiring', c.org_id from c
          join latest l on l.org_id = c.org_id and l.year = c.year
          where c.tier = 'high-tech' and extract(year from c.valid_until)::int between c.year and c.year + 4),
      -- Each enterprise once per cell (one sort), then plain counts: four count(distinct …) would sort four times.
      certs as (
        select city_code, year,
          count(*) filter (where stage = 'tech_sme') as tech_sme,
          count(*) filter (where stage = 'certified') as certified,
          count(*) filter (where stage = 'valid') as valid_high_tech,
          count(*) filter (where stage = 'expiring') as expiring
        from (select distinct city_code, year, stage, org_id from cells where year in (${yearList})) d group by city_code, year),
      res as (
        select g.city_code, g.year, count(r.id) as reserve,
          count(r.id) filter (where r.stage in ('applied', 'certified', 'rejected')) as applied
        from grid g join reserve_entries r on r.city_code = g.city_code and r.year = g.year group by g.city_code, g.year)
    select g.city_code, g.year,
      coalesce(reg.n, 0) as registered, coalesce(certs.tech_sme, 0) as tech_sme, coalesce(res.reserve, 0) as reserve,
      coalesce(res.applied, 0) as applied, coalesce(certs.certified, 0) as certified,
      coalesce(certs.valid_high_tech, 0) as valid_high_tech, coalesce(certs.expiring, 0) as expiring
    from grid g
      left join reg on reg.city_code = g.city_code and reg.year = g.year
      left join certs on certs.city_code = g.city_code and certs.year = g.year
      left join res on res.city_code = g.city_code and res.year = g.year
    order by g.year, g.city_code`,
  );
  return result.map((r) => ({
    cityCode: String(r.city_code),
    year: Number(r.year),
    registered: Number(r.registered),
    techSme: Number(r.tech_sme),
    reserve: Number(r.reserve),
    applied: Number(r.applied),
    certified: Number(r.certified),
    validHighTech: Number(r.valid_high_tech),
    expiring: Number(r.expiring),
  }));
}

export async function funnel(ctx: Ctx, query: { year?: number; cityCode?: string }) {
  const actor = requireActor(ctx.actor);
  cityPolicy.authorize(actor, "read", { cityCode: query.cityCode ?? null });
  const year = query.year ?? Number(todayInShanghai().slice(0, 4));
  const visible = visibleCities(actor);
  const cities = (query.cityCode ? [query.cityCode] : visible ?? CITIES.map((c) => c.code)).filter((c) => visible === null || visible.includes(c));
  const years = [year - 4, year - 3, year - 2, year - 1, year];
  const all = await enterpriseFunnel(ctx.db, { years, cities });
  const [demo] = await rows<{ demo: boolean }>(ctx.db, sql`select exists (select 1 from enterprises where is_demo) as demo`);
  return { year, rows: all.filter((r) => r.year === year), trend: all, definitions: FUNNEL_DEFINITIONS, demo: demo?.demo ?? false };
}

export type HighTechCount = { cityCode: string; year: number; count: number; demo: boolean };

/**
 * The 高企 KPI from the registry: per corridor city and year, the enterprises holding a confirmed, valid 高企
 * certificate on 31 December, for every year from the first certificate year to the current year. `demo`: some of
 * the enterprises counted are demo records (示例数据).
 */
export async function highTechCounts(q: Queryable): Promise<HighTechCount[]> {
  const [span] = await rows<{ first: number | null }>(q, sql`select min(year) as first from enterprise_certificates where tier = 'high-tech' and confirmed`);
  if (!span || span.first === null) return [];
  const first = Number(span.first);
  const last = Number(todayInShanghai().slice(0, 4));
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  const cityList = sql.join(CITIES.map((c) => sql`${c.code}`), sql`, `);
  const yearList = sql.join(years.map((y) => sql`${y}::int`), sql`, `);
  // One pass over the certificates: each emits the years at whose 31 December it is valid (as in enterpriseFunnel),
  // then each (city, year) counts distinct enterprises.
  const result = await rows<{ city_code: string; year: number; n: number | string; demo: boolean }>(
    q,
    sql`with c as (
        select c.org_id, c.city_code, ${VALID_FROM} as valid_from, ${VALID_UNTIL} as valid_until
        from enterprise_certificates c where c.tier = 'high-tech' and c.confirmed and c.city_code in (${cityList})),
      cells as (
        select c.city_code, y.year, c.org_id from c
          cross join lateral generate_series(
            greatest(${first}::int, ${FIRST_VALID_YEAR}),
            least(${last}::int, ${LAST_VALID_YEAR})
          ) as y(year)),
      counted as (
        select d.city_code, d.year, count(*) as n, coalesce(bool_or(e.is_demo), false) as demo
        from (select distinct city_code, year, org_id from cells) d left join enterprises e on e.org_id = d.org_id group by d.city_code, d.year)
      select g.city_code, g.year, coalesce(counted.n, 0) as n, coalesce(counted.demo, false) as demo
      from (select unnest(array[${cityList}]::text[]) as city_code) cc cross join (select unnest(array[${yearList}]) as year) y
        cross join lateral (select cc.city_code, y.year) g
        left join counted on counted.city_code = g.city_code and counted.year = g.year
      order by g.year, g.city_code`,
  );
  return result.map((r) => ({ cityCode: r.city_code, year: Number(r.year), count: Number(r.n), demo: r.demo }));
}
