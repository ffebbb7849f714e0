/**
 * Deterministic synthetic records of the technology marketplace (示例数据): achievements (成果), demands (需求) and
 * experts, each written from one latent subtopic of the catalogue (topics/) with generic 成果/需求 language and the
 * noise of synthetic-text.ts; patents are in synthetic-patents.ts. Every record carries its latent `topic` and
 * `subtopic` ids, for evaluation only (never stored as searchable text). Pure and seeded: the same (count, seed)
 * gives the same records, and a shorter run is a prefix of a longer one.
 */
import type { MarketCityCode } from "../../../shared/market/cities-geo.ts";
import { TRANSFER_MODES as SHARED_TRANSFER_MODES } from "../../../shared/market/domains.ts";
import type { MarketDomain, Topic } from "./topics/catalogue.ts";
import { Rng } from "../../../shared/random.ts";
import { AS_OF_DAY, DAYS_PER_MONTH, drawLatent, isoDay, Organisations, personName, POOL_SIZE, Writer, type Organisation, type OwnerKind } from "./synthetic-text.ts";

export { MARKET_AS_OF } from "./synthetic-text.ts";
export { syntheticPatents, type SyntheticPatent, type PatentType, type LegalStatus, type LapseReason } from "./synthetic-patents.ts";

export type TransferMode = (typeof SHARED_TRANSFER_MODES)[number]["name"];
/** 转让, 许可, 作价入股, 合作开发 (shared/market/domains.ts). */
export const TRANSFER_MODES: readonly TransferMode[] = SHARED_TRANSFER_MODES.map((m) => m.name);
/** How a demand wants to work with a provider (合作方式). */
export const COOPERATION_MODES = ["转让", "许可", "合作开发", "委托开发"] as const;
export type CooperationMode = (typeof COOPERATION_MODES)[number];

type Latents = { domain: MarketDomain; topic: string; subtopic: string };

export type SyntheticAchievement = Latents & {
  index: number;
  title: string;
  summary: string;
  /** Technology readiness level 1–9. */
  trl: number;
  transferModes: TransferMode[];
  /** 万元; null when 面议 (negotiable). */
  price: number | null;
  negotiable: boolean;
  owner: string;
  ownerKind: OwnerKind;
  cityCode: MarketCityCode;
};

export type SyntheticDemand = Latents & {
  index: number;
  title: string;
  description: string;
  /** 万元; null when 面议. */
  budget: number | null;
  negotiable: boolean;
  cooperation: CooperationMode;
  publishedOn: string;
  deadline: string;
  enterprise: string;
  cityCode: MarketCityCode;
};

export type SyntheticExpert = Latents & {
  index: number;
  name: string;
  /** 职称 */
  title: string;
  fields: string[];
  bio: string;
  organisation: string;
  organisationKind: OwnerKind;
  cityCode: MarketCityCode;
};

/** Each kind draws from its own streams of the seed, so the corpora of one seed are independent. */
const SALT = { achievement: 0x1ac41e7, demand: 0x2de3a9d, expert: 0x3e9e47 } as const;

const latents = (topic: Topic, subtopic: string): Latents => ({ domain: topic.domain, topic: topic.id, subtopic });

/** `count` synthetic achievements from `seed`. */
export function* syntheticAchievements(count: number, seed: number): Generator<SyntheticAchievement> {
  const orgs = new Organisations(seed >>> 0);
  for (let index = 0; index < count; index += 1) {
    const rng = new Rng((seed ^ SALT.achievement) >>> 0, index);
    const latent = drawLatent(rng);
    const w = new Writer(rng, latent);
    const r = rng.next();
    const owner: Organisation = r < 0.33 ? orgs.enterprise(latent.topic, "supplier", rng.int(0, POOL_SIZE - 1)) : r < 0.55 ? orgs.institution(rng, latent.topic, ["institute", "laboratory", "hospital"]) : orgs.institution(rng, latent.topic, ["university"]);
    // Enterprises bring what they make; universities and institutes bring earlier stages.
    const trl = Math.round(owner.kind === "enterprise" ? rng.normal(7, 1.2, 4, 9) : rng.normal(4.6, 1.5, 1, 8));
    const modeOdds: Record<TransferMode, number> = owner.kind === "enterprise" ? { 转让: 0.4, 许可: 0.5, 作价入股: 0.15, 合作开发: 0.5 } : { 转让: 0.55, 许可: 0.6, 作价入股: 0.25, 合作开发: 0.55 };
    const modes = TRANSFER_MODES.filter((m) => rng.chance(modeOdds[m]));
    const negotiable = rng.chance(0.35);
    const { title, summary } = achievementText(w, trl);
    yield {
      index,
      title,
      summary,
      trl,
      transferModes: modes.length > 0 ? modes : [rng.pick(TRANSFER_MODES)],
      price: negotiable ? null : Math.max(2, Math.round(rng.logNormal(20 + 15 * trl, 0.9))),
      negotiable,
      owner: owner.name,
      ownerKind: owner.kind,
      cityCode: owner.cityCode,
      ...latents(latent.topic, latent.subtopic.id),
    };
  }
}

const STAGE: readonly string[] = ["", "目前处于原理验证阶段", "目前处于原理验证阶段", "已完成实验室验证", "已完成实验室样机", "已完成小试", "已完成中试和工程样机", "已在示范线开展应用验证", "已实现小批量生产", "已实现规模化生产和销售"];
const LEVELS = ["技术指标达到国内领先水平", "整体技术达到国际先进水平", "经第三方检测，主要性能指标优于同类产品", "经鉴定达到国内先进水平"];

function achievementText(w: Writer, trl: number): { title: string; summary: string } {
  const { rng, latent } = w;
  const obj = w.obj();
  const [s1, s2] = w.subs(2);
  const title = rng.weighted(
    [
      { w: 3, t: () => `${s1 ?? w.top()}${obj}关键技术及产业化` },
      { w: 2, t: () => `面向${w.use()}的${s1 ?? w.top()}技术` },
      { w: 2, t: () => `高性能${obj}研制与应用` },
      { w: 2, t: () => `${latent.subtopic.name}关键技术研究与应用` },
      { w: 2, t: () => `基于${s1 ?? w.top()}的${obj}` },
    ],
    (x) => x.w,
  ).t();
  const [n1, n2] = w.needs();
  const summary =
    `该成果面向${w.use()}需求，针对${n1}、${n2}等问题，突破了${s1 ?? w.top()}、${s2 ?? w.top()}及${w.top()}等关键技术，研制出${rng.pick(["新型", "高性能", "低成本", "国产化"])}${obj}。` +
    `${rng.pick(LEVELS)}，${w.metric()}提高${rng.int(10, 60)}%以上。已申请发明专利${rng.int(1, 15)}项${rng.chance(0.3) ? `，相关技术也可用于${w.stray()}` : ""}。` +
    `${STAGE[trl] ?? ""}，可应用于${w.use()}等场景。`;
  return { title, summary };
}

/** `count` synthetic demands from `seed`: enterprises' problems, spread over the five cities more evenly than supply. */
export function* syntheticDemands(count: number, seed: number): Generator<SyntheticDemand> {
  const orgs = new Organisations(seed >>> 0);
  for (let index = 0; index < count; index += 1) {
    const rng = new Rng((seed ^ SALT.demand) >>> 0, index);
    const latent = drawLatent(rng);
    const w = new Writer(rng, latent);
    const firm = orgs.enterprise(latent.topic, "demander", rng.int(0, POOL_SIZE - 1));
    const cooperation = rng.weighted(COOPERATION_MODES, (m) => ({ 转让: 25, 许可: 15, 合作开发: 40, 委托开发: 20 })[m]);
    const negotiable = rng.chance(0.25);
    const published = AS_OF_DAY - rng.int(0, 365);
    const { title, description } = demandText(w, cooperation);
    yield {
      index,
      title,
      description,
      budget: negotiable ? null : Math.max(5, Math.round(rng.logNormal(50, 0.9))),
      negotiable,
      cooperation,
      publishedOn: isoDay(published),
      deadline: isoDay(published + Math.round(rng.int(3, 18) * DAYS_PER_MONTH)),
      enterprise: firm.name,
      cityCode: firm.cityCode,
      ...latents(latent.topic, latent.subtopic.id),
    };
  }
}

function demandText(w: Writer, cooperation: CooperationMode): { title: string; description: string } {
  const { rng } = w;
  const obj = w.obj();
  const [n1, n2] = w.needs();
  const s1 = w.sub();
  const title = rng.weighted(
    [
      { w: 3, t: () => `${obj}${n1}技术攻关` },
      { w: 2, t: () => `寻求${s1}技术合作` },
      { w: 2, t: () => `需求：解决${obj}${n1}问题` },
      { w: 1, t: () => `${w.use()}${obj}${n1}解决方案` },
      { w: 1, t: () => `关于${s1}的技术需求` },
    ],
    (x) => x.w,
  ).t();
  const want: Record<CooperationMode, string> = {
    转让: `拟受让成熟的${rng.chance(0.6) ? w.sub() : w.top()}技术或专利`,
    许可: `希望获得${w.sub()}相关专利的实施许可`,
    合作开发: `寻求高校院所在${s1}、${w.sub()}方面联合攻关`,
    委托开发: `拟委托有${w.top()}研发经验的团队开发${obj}`,
  };
  const description =
    `我公司主要从事${w.latent.topic.name}相关产品的研发与生产，${rng.pick(["产品主要配套", "客户主要集中在", "现有产线面向"])}${w.use()}。` +
    `目前${obj}存在${n1}、${n2}等问题，${rng.pick([`现有${w.top()}方案难以满足要求`, "现有技术主要依赖进口", "内部研发力量不足", "多次尝试改进效果不明显"])}。` +
    `需求：${want[cooperation]}，要求${w.metric()}${rng.pick(["提升30%以上", "达到国际同类产品水平", "满足客户验收标准", "通过第三方检测"])}${rng.chance(0.25) ? `，并兼顾${w.stray()}` : ""}。`;
  return { title, description };
}

const EXPERT_TITLES = { academic: ["教授", "研究员", "副教授", "副研究员", "教授级高级工程师"], enterprise: ["高级工程师", "正高级工程师", "技术总监", "首席科学家"] } as const;

/** `count` synthetic experts from `seed`: three in four from universities and institutes. */
export function* syntheticExperts(count: number, seed: number): Generator<SyntheticExpert> {
  const orgs = new Organisations(seed >>> 0);
  for (let index = 0; index < count; index += 1) {
    const rng = new Rng((seed ^ SALT.expert) >>> 0, index);
    const latent = drawLatent(rng);
    const w = new Writer(rng, latent);
    const fromEnterprise = rng.chance(0.25);
    const org = fromEnterprise ? orgs.enterprise(latent.topic, "supplier", rng.int(0, POOL_SIZE - 1)) : orgs.institution(rng, latent.topic, ["university", "institute", "laboratory", "hospital"]);
    const name = personName(rng);
    const title = rng.pick(fromEnterprise ? EXPERT_TITLES.enterprise : EXPERT_TITLES.academic);
    const [s1, s2] = w.subs(2);
    const fields = [latent.topic.name, latent.subtopic.name, ...w.subs(2)];
    if (latent.secondary !== null) fields.push(rng.pick(latent.secondary.subtopics).name);
    const bio =
      `${name}，${title}，就职于${org.name}。长期从事${latent.topic.name}领域${fromEnterprise ? "产品研发与工程化" : "研究"}，主要方向为${s1 ?? w.top()}、${s2 ?? w.top()}及${w.top()}，` +
      `${fromEnterprise ? `主持开发${w.obj()}等产品${rng.int(3, 20)}项` : `主持国家及省部级项目${rng.int(2, 25)}项，发表论文${rng.int(10, 200)}篇`}，授权发明专利${rng.int(1, 60)}项。`;
    yield { index, name, title, fields, bio, organisation: org.name, organisationKind: org.kind, cityCode: org.cityCode, ...latents(latent.topic, latent.subtopic.id) };
  }
}

