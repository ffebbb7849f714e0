/**
 * What every synthetic marketplace record is written with: the latent (sub)topic it is drawn from, a writer that
 * draws words from it with the noise real records have (synonyms, generic problems, the odd off-topic word, a
 * second topic for one record in eight), people's names, organisations (real institutions, made-up enterprises)
 * and calendar dates as day numbers. Pure and seeded.
 */
import type { MarketCityCode } from "../../../shared/market/cities-geo.ts";
import { adjacentTopics, INSTITUTIONS, topicById, MARKET_DOMAINS, synonymsOf, TOPICS, TOPICS_BY_DOMAIN, type InstitutionKind, type MarketDomain, type Subtopic, type Topic } from "./topics/catalogue.ts";
import { hashText, mix32, permute, Rng } from "../../../shared/random.ts";

/** The day the synthetic records describe (statuses, deadlines), the same as the enterprises' demo records. */
export const MARKET_AS_OF = "2026-06-30";

/** Domain shares of the corridor's records: 光电子信息 leads, as it does in the enterprise registry. */
const DOMAIN_WEIGHTS: Record<MarketDomain, number> = { 光电子信息: 26, 新能源与智能网联汽车: 15, 生命健康: 17, 高端装备: 20, 北斗: 7, 人工智能: 15 };

/** A record's latent cause: the subtopic it was written from, and for some records a second topic that leaks in. */
export type Latent = { topic: Topic; subtopic: Subtopic; secondary: Topic | null };

/** A subtopic by domain share, then uniformly; one record in eight mixes in a second topic (mostly an adjacent one). */
export function drawLatent(rng: Rng): Latent {
  const domain = rng.weighted(MARKET_DOMAINS, (d) => DOMAIN_WEIGHTS[d]);
  const topic = rng.pick(TOPICS_BY_DOMAIN[domain]);
  const subtopic = rng.pick(topic.subtopics);
  let secondary: Topic | null = null;
  if (rng.chance(0.125)) {
    const near = [...adjacentTopics(topic.id)];
    const r = rng.next();
    const id = r < 0.6 && near.length > 0 ? rng.pick(near) : r < 0.85 ? rng.pick(TOPICS_BY_DOMAIN[domain]).id : rng.pick(TOPICS).id;
    secondary = id === topic.id ? null : (topicById(id) ?? null);
  }
  return { topic, subtopic, secondary };
}

/** Problems any enterprise has, whatever its technology: shared words that carry little. */
const GENERIC_NEEDS = ["成本过高", "效率低", "稳定性差", "依赖进口", "精度不足", "寿命短", "能耗高", "可靠性差", "自动化程度低", "一致性差"];
const METRICS = ["效率", "精度", "可靠性", "稳定性", "使用寿命", "一致性", "安全性", "集成度", "良率", "响应速度"];
const NOT_A_DEVICE = /(方法|平台|软件|模型|框架|求解器|算法|图谱)$/u;
const BENEFITS = ["结构简单", "成本低", "易于产业化", "适用范围广", "操作方便", "性能稳定", "便于维护", "兼容性好"];

/** Draws the words of one record from its latent (sub)topic. */
export class Writer {
  constructor(
    readonly rng: Rng,
    readonly latent: Latent,
  ) {}

  /** A word, or one of its synonyms one time in three. */
  private variant(word: string): string {
    const group = synonymsOf(word);
    return group.length > 1 && this.rng.chance(0.35) ? this.rng.pick(group) : word;
  }
  /** A topic's list, or the second topic's one time in three when the record has one. */
  private from(pickList: (t: Topic) => readonly string[], leak: number): string {
    const { topic, secondary } = this.latent;
    const t = secondary !== null && this.rng.chance(leak) ? secondary : topic;
    return this.variant(this.rng.pick(pickList(t)));
  }
  /** A subtopic word (of the second topic's subtopics when it leaks in). */
  sub(): string {
    const { subtopic, secondary } = this.latent;
    if (secondary !== null && this.rng.chance(0.25)) return this.variant(this.rng.pick(this.rng.pick(secondary.subtopics).terms));
    return this.variant(this.rng.pick(subtopic.terms));
  }
  /** `n` different subtopic words. */
  subs(n: number): string[] {
    const out = new Set<string>();
    for (let tries = 0; out.size < n && tries < n * 4; tries += 1) out.add(this.sub());
    return [...out];
  }
  top(): string {
    return this.from((t) => t.terms, 0.35);
  }
  obj(): string {
    return this.from((t) => t.objects, 0.2);
  }
  /**
   * A thing a utility model or a design can protect: an object of the topic that is not a method, platform, software
   * or model (专利法 第二条: a utility model protects a product's shape or structure); "<word>装置" when it has none.
   */
  device(): string {
    const devices = this.latent.topic.objects.filter((o) => !NOT_A_DEVICE.test(o));
    return devices.length > 0 ? this.variant(this.rng.pick(devices)) : `${this.top()}装置`;
  }
  /** A problem of the subtopic, or a generic one (one time in five). */
  need(): string {
    return this.variant(this.rng.chance(0.2) ? this.rng.pick(GENERIC_NEEDS) : this.rng.pick(this.latent.subtopic.needs));
  }
  /** Two different problems. */
  needs(): [string, string] {
    const a = this.need();
    let b = this.need();
    for (let tries = 0; b === a && tries < 4; tries += 1) b = this.need();
    return [a, b === a ? this.rng.pick(GENERIC_NEEDS) : b];
  }
  /** An application scenario: the topic's, or any topic's one time in five (scenarios are shared in life too). */
  use(): string {
    return this.rng.pick(this.rng.chance(0.2) ? this.rng.pick(TOPICS).uses : this.latent.topic.uses);
  }
  /** A word of any topic at all: the off-topic noise a real text carries. */
  stray(): string {
    const t = this.rng.pick(TOPICS);
    return this.rng.chance(0.5) ? this.rng.pick(t.terms) : this.rng.pick(this.rng.pick(t.subtopics).terms);
  }
  metric(): string {
    return this.rng.pick(METRICS);
  }
  benefit(): string {
    return this.rng.pick(BENEFITS);
  }
}

// ——— People ———————————————————————————————————————————————————————————————————————————————————————————————

/** Common surnames, most frequent first (weights fall off as the real distribution does). */
const SURNAMES = Array.from("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤");
const GIVEN = Array.from("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志文斌宇浩凯鹏飞俊波辉林峰晨阳欣怡婷雪琳颖慧佳宁博睿哲瑞轩子涵思远晓东海燕春红玲梅亮鑫");

export function personName(rng: Rng): string {
  const surname = SURNAMES[Math.min(SURNAMES.length - 1, Math.floor(SURNAMES.length * rng.next() ** 2.2))] ?? "王";
  return surname + rng.pick(GIVEN) + (rng.chance(0.75) ? rng.pick(GIVEN) : "");
}

// ——— Organisations ————————————————————————————————————————————————————————————————————————————————————————

export type OwnerKind = "enterprise" | InstitutionKind;
export type Organisation = { name: string; kind: OwnerKind; cityCode: MarketCityCode };

const CITY_PREFIX: Record<MarketCityCode, string> = { "420100": "武汉", "420200": "黄石", "420700": "鄂州", "421100": "黄冈", "421200": "咸宁" };
/** Supply sits mostly in Wuhan; demand is spread wider (the corridor's other cities bring problems to Wuhan's labs). */
const CITY_WEIGHTS = {
  supplier: { "420100": 62, "420200": 10, "420700": 8, "421100": 10, "421200": 10 },
  demander: { "420100": 40, "420200": 16, "420700": 14, "421100": 15, "421200": 15 },
} as const satisfies Record<string, Record<MarketCityCode, number>>;
const CITY_CODES = Object.keys(CITY_PREFIX) as MarketCityCode[];
/** 64 characters brands are made of, as in the enterprise generator. */
const BRAND_CHARS = Array.from("光迅智联芯华创瑞航天星宇恒鼎盛信通达源锐博睿泰安康德润嘉明辰晟昊宏远峰云海江汉楚谷微精卓越立方鑫耀凯腾启元思维感讯驰擎易和佳众汇融兴昌隆弘诚东湖");
/** Enterprises per topic and role: enough that owners repeat, as they do in life. */
export const POOL_SIZE = 30;
export type Role = keyof typeof CITY_WEIGHTS;
/** The big three universities own most of the corridor's university patents. */
const LEADING = new Set(["华中科技大学", "武汉大学", "武汉理工大学"]);

/**
 * The organisations of one seed, built on first use and kept (a million records ask for the same few thousand).
 * Enterprises: the k-th (0 ≤ k < POOL_SIZE) of a topic in a role is the same wherever it is asked for: a city by the
 * role's weights, a two-character brand unique within the topic (a keyed permutation of the 4,096 brands), one of
 * the topic's name words. Institutions: those working in the topic's domain, the leading universities and the
 * topic's own strong owners weighted up.
 */
export class Organisations {
  private readonly enterprises = new Map<string, Organisation[]>();
  private readonly institutions = new Map<string, { list: Organisation[]; cumulative: number[] }>();
  constructor(private readonly seed: number) {}

  enterprise(topic: Topic, role: Role, k: number): Organisation {
    const key = `${topic.id}|${role}`;
    let pool = this.enterprises.get(key);
    if (!pool) {
      pool = Array.from({ length: POOL_SIZE }, (_, i) => this.makeEnterprise(topic, role, i));
      this.enterprises.set(key, pool);
    }
    const org = pool[k];
    if (!org) throw new RangeError(`enterprise ${k} of a pool of ${POOL_SIZE}`);
    return org;
  }

  private makeEnterprise(topic: Topic, role: Role, k: number): Organisation {
    const key = mix32(this.seed ^ hashText(topic.id));
    const n = role === "supplier" ? k : POOL_SIZE + k;
    const rng = new Rng(key, n);
    const weights = CITY_WEIGHTS[role];
    const cityCode = rng.weighted(CITY_CODES, (c) => weights[c]);
    const v = permute(n, 6, key);
    const brand = (BRAND_CHARS[v % 64] ?? "") + (BRAND_CHARS[Math.floor(v / 64)] ?? "");
    const suffix = rng.chance(0.12) ? "股份有限公司" : "有限公司";
    return { name: `${CITY_PREFIX[cityCode]}${brand}${rng.pick(topic.words)}${suffix}`, kind: "enterprise", cityCode };
  }

  institution(rng: Rng, topic: Topic, kinds: readonly InstitutionKind[]): Organisation {
    const key = `${topic.id}|${kinds.join()}`;
    let pool = this.institutions.get(key);
    if (!pool) {
      const inDomain = INSTITUTIONS.filter((i) => i.domains.includes(topic.domain));
      const ofKind = inDomain.filter((i) => kinds.includes(i.kind));
      const chosen = ofKind.length > 0 ? ofKind : inDomain;
      let total = 0;
      const cumulative = chosen.map((i) => (total += (topic.strongOwners.includes(i.name) ? 4 : 1) * (LEADING.has(i.name) ? 3 : 1) * (i.cityCode === "420100" ? 1 : 0.7)));
      pool = { list: chosen.map((i) => ({ name: i.name, kind: i.kind, cityCode: i.cityCode })), cumulative };
      this.institutions.set(key, pool);
    }
    const r = rng.next() * (pool.cumulative[pool.cumulative.length - 1] ?? 0);
    const i = pool.cumulative.findIndex((c) => r < c);
    const org = pool.list[i < 0 ? pool.list.length - 1 : i];
    if (!org) throw new RangeError(`no institution works on ${topic.id}`);
    return org;
  }
}

// ——— Dates as day numbers ————————————————————————————————————————————————————————————————————————————————

/** Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil: plain arithmetic, fast for a million rows). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The ISO date of a day number (civil_from_days). */
export function isoDay(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export const AS_OF_DAY = dayNumber(Number(MARKET_AS_OF.slice(0, 4)), Number(MARKET_AS_OF.slice(5, 7)), Number(MARKET_AS_OF.slice(8, 10)));
/** Day numbers per month and year, for "N months later" without a calendar library. */
export const DAYS_PER_MONTH = 30.436875;
export const DAYS_PER_YEAR = 365.2425;
