/**
 * Deterministic synthetic Chinese patents (示例数据) for the marketplace, its benchmarks and its matching evaluation.
 * Each is written from one latent subtopic (synthetic-text.ts). Application numbers follow ZC 0006-2003 (year,
 * 申请种类, a serial unique within year and type by a keyed permutation of a counter, the check character of
 * shared/patent-number.ts), so they are valid and unique by construction; publication numbers (ZC 0007) likewise.
 * Statuses and dates are those of MARKET_AS_OF. The 高价值 facts (strategic emerging industry, overseas family,
 * pledge, awards) are drawn at rates near CNIPA's published shares; whether a patent is 高价值 is the shared rule's
 * decision, not the generator's. Pure; a shorter run is a prefix of a longer one.
 */
import { patentCheckChar } from "../../../shared/patent-number.ts";
import type { LegalStatus, PatentType } from "../../../shared/market/patent-record.ts";
import type { MarketCityCode } from "../../../shared/market/cities-geo.ts";
import type { MarketDomain, Topic } from "./topics/catalogue.ts";
import { hashText, mix32, permute, Rng } from "../../../shared/random.ts";
import { AS_OF_DAY, DAYS_PER_MONTH, DAYS_PER_YEAR, dayNumber, drawLatent, isoDay, Organisations, personName, POOL_SIZE, Writer, type Organisation, type OwnerKind } from "./synthetic-text.ts";

export type { PatentType, LegalStatus };
export type LapseReason = "rejected" | "withdrawn" | "unpaid_fees";

export type SyntheticPatent = {
  /** 0-based position in the sequence. */
  index: number;
  /** `YYYYTNNNNNNN.C`, normalised as shared/patent-number.ts prints it. */
  applicationNo: string;
  /** `CN` + 9 digits + kind (A/B, U, S); null before publication (and for utility models and designs never granted). */
  publicationNo: string | null;
  title: string;
  abstract: string;
  applicants: string[];
  inventors: string[];
  type: PatentType;
  /** 进入中国国家阶段的 PCT 申请 (申请种类 8 or 9). */
  pct: boolean;
  /** 法律状态 as shared/market/patent-record.ts lists them; a rejected or withdrawn application is lapsed too. */
  legalStatus: LegalStatus;
  /** Why a lapsed patent or application lapsed; null otherwise. */
  lapseReason: LapseReason | null;
  /** IPC groups as printed (`H04B 10/40`), main group first; empty for designs (they are classified by Locarno). */
  ipc: string[];
  owner: string;
  ownerKind: OwnerKind;
  cityCode: MarketCityCode;
  domain: MarketDomain;
  filingDate: string;
  publicationDate: string | null;
  grantDate: string | null;
  /** When it stopped being pending or in force (rejection, withdrawal, lapse, expiry, invalidation); null while pending or in force. */
  endDate: string | null;
  strategicEmerging: boolean;
  overseasFamily: boolean;
  /** 质押融资金额, yuan (the schema's unit); null when never pledged. */
  pledgeAmount: number | null;
  /** 国家科学技术奖 (国家技术发明奖 / 科学技术进步奖). */
  nationalAward: boolean;
  /** 中国专利奖 (金奖、银奖、优秀奖). */
  chinaPatentAward: boolean;
  /** Latent subtopic ids the record was written from: for evaluation, never stored as searchable text. */
  topic: string;
  subtopic: string;
};

/** Filing years 2006 … MARKET_AS_OF, each about 8 % more than the one before (2026 has half a year). */
const FIRST_YEAR = 2006;
const YEARS = Array.from({ length: 2026 - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
const YEAR_WEIGHTS = YEARS.map((y) => 1.08 ** (y - FIRST_YEAR) * (y === 2026 ? 0.5 : 1));

/** 申请种类 shares of a corridor portfolio (inventions lead in the universities' and high-tech firms' filings). */
const KINDS = [
  { digit: "1", type: "invention", pct: false, weight: 52 },
  { digit: "2", type: "utility_model", pct: false, weight: 38.5 },
  { digit: "3", type: "design", pct: false, weight: 6 },
  { digit: "8", type: "invention", pct: true, weight: 3 },
  { digit: "9", type: "utility_model", pct: true, weight: 0.5 },
] as const;
const KIND_WEIGHTS = KINDS.map((k) => k.weight);
const PUBLICATION_DIGIT: Record<PatentType, string> = { invention: "1", utility_model: "2", design: "3" };

/** Serials per (year, series): the k-th number of a series is a keyed permutation of k, so unique and random-looking. */
class Numbering {
  private readonly counters = new Map<string, number>();
  constructor(private readonly seed: number) {}
  serial(series: string): number {
    const k = this.counters.get(series) ?? 0;
    if (k >= 1 << 22) throw new RangeError(`more than ${1 << 22} patents in series ${series}`);
    this.counters.set(series, k + 1);
    return permute(k, 11, mix32(this.seed ^ hashText(series)));
  }
}

const ipcText = (g: string) => g.replace(/^([A-H]\d{2}[A-Z])/u, "$1 ");

/** `count` synthetic patents from `seed` (any 32-bit integer). */
export function* syntheticPatents(count: number, seed: number): Generator<SyntheticPatent> {
  const numbering = new Numbering(seed >>> 0);
  const orgs = new Organisations(seed >>> 0);
  const salt = (seed ^ 0x50a7e47) >>> 0;
  for (let index = 0; index < count; index += 1) {
    const rng = new Rng(salt, index);
    const latent = drawLatent(rng);
    const { topic } = latent;
    const w = new Writer(rng, latent);
    const kind = KINDS[rng.weightedIndex(KIND_WEIGHTS)] ?? KINDS[0];
    const year = YEARS[rng.weightedIndex(YEAR_WEIGHTS)] ?? FIRST_YEAR;
    const first = dayNumber(year, 1, 1);
    const filed = first + rng.int(0, Math.min(dayNumber(year + 1, 1, 1), AS_OF_DAY) - first - 1);
    const yearText = isoDay(filed).slice(0, 4);
    const digits = `${yearText}${kind.digit}${String(numbering.serial(`${yearText}${kind.digit}`)).padStart(7, "0")}`;

    const owner = patentOwner(rng, orgs, latent.topic, kind.type);
    const applicants = [owner.name];
    if (rng.chance(owner.kind === "enterprise" ? 0.16 : 0.08)) {
      const partner = owner.kind === "enterprise" ? orgs.institution(rng, topic, ["university", "institute", "laboratory"]) : orgs.enterprise(topic, "supplier", rng.int(0, POOL_SIZE - 1));
      if (partner.name !== owner.name) applicants.push(partner.name);
    }
    const inventors: string[] = [];
    for (let n = Math.max(1, Math.min(12, Math.round(rng.logNormal(3.2, 0.5)))); n > 0; n -= 1) inventors.push(personName(rng));

    const life = lifecycle(rng, kind.type, filed, owner.kind === "enterprise");
    const published = life.publication !== null || life.grant !== null;
    const publicationNo = published ? `CN${PUBLICATION_DIGIT[kind.type]}${publicationSerial(numbering, kind.type, Number(yearText))}${kindCode(kind.type, life.grant !== null)}` : null;

    const { title, abstract } = kind.type === "design" ? designText(w) : kind.type === "invention" ? inventionText(w) : utilityText(w);
    const everGranted = life.grant !== null;
    const isInvention = kind.type === "invention";
    yield {
      index,
      applicationNo: `${digits}.${patentCheckChar(digits)}`,
      publicationNo,
      title,
      abstract,
      applicants,
      inventors,
      type: kind.type,
      pct: kind.pct,
      legalStatus: life.status,
      lapseReason: life.reason,
      ipc: kind.type === "design" ? [] : rng.sample(topic.ipc, rng.int(1, 3)).map(ipcText),
      owner: owner.name,
      ownerKind: owner.kind,
      cityCode: owner.cityCode,
      domain: topic.domain,
      filingDate: isoDay(filed),
      publicationDate: life.publication === null ? null : isoDay(life.publication),
      grantDate: life.grant === null ? null : isoDay(life.grant),
      endDate: life.end === null ? null : isoDay(life.end),
      strategicEmerging: kind.type !== "design" && rng.chance(topic.sei),
      overseasFamily: kind.pct || rng.chance(isInvention ? (owner.kind === "enterprise" ? 0.06 : 0.03) : kind.type === "design" ? 0.01 : 0.005),
      pledgeAmount: everGranted && rng.chance(owner.kind === "enterprise" ? 0.03 : 0.003) ? Math.round(rng.logNormal(300, 1)) * 10_000 : null,
      nationalAward: everGranted && isInvention && rng.chance(0.0008),
      chinaPatentAward: everGranted && rng.chance(isInvention ? 0.002 : 0.0003),
      topic: topic.id,
      subtopic: latent.subtopic.id,
    };
  }
}

/** Who files: enterprises most (fewer designs from universities), then universities, institutes and hospitals. */
function patentOwner(rng: Rng, orgs: Organisations, topic: Topic, type: PatentType): Organisation {
  const r = rng.next();
  const enterpriseShare = type === "invention" ? 0.56 : 0.72;
  if (r < enterpriseShare) return orgs.enterprise(topic, "supplier", rng.int(0, POOL_SIZE - 1));
  if (r < enterpriseShare + 0.08) return orgs.institution(rng, topic, ["institute", "laboratory", "hospital"]);
  return orgs.institution(rng, topic, ["university"]);
}

type Life = { status: LegalStatus; reason: LapseReason | null; publication: number | null; grant: number | null; end: number | null };

/**
 * A patent's course to MARKET_AS_OF. Inventions: published 18 months after filing, decided after about 2½ years
 * (52–60 % granted, the rest rejected or withdrawn); utility models and designs: decided within a year, nearly all
 * granted, published on grant. A grant lapses for unpaid annual fees after an exponential time (universities drop
 * patents sooner), is declared invalid (1 in 300), or runs to its term: 20 years for inventions, 10 for utility
 * models, 10 for designs (15 if filed from 2021-06-01).
 */
function lifecycle(rng: Rng, type: PatentType, filed: number, byEnterprise: boolean): Life {
  const months = (m: number) => Math.round(m * DAYS_PER_MONTH);
  const invention = type === "invention";
  const decided = filed + (invention ? months(Math.min(72, Math.max(12, rng.logNormal(30, 0.3)))) : months(rng.normal(7, 2, 3, 14)));
  // 18 months after filing, or earlier when the decision comes first (提前公布): an invention is never granted unpublished.
  const publication = invention ? Math.min(filed + months(18) + rng.int(0, 20), decided - rng.int(30, 90)) : null;
  const outcome = rng.next();
  const grantRate = invention ? (byEnterprise ? 0.52 : 0.6) : 0.94;
  const visible = (day: number | null) => (day !== null && day <= AS_OF_DAY ? day : null);
  if (decided > AS_OF_DAY) return { status: "pending", reason: null, publication: visible(publication), grant: null, end: null };
  if (outcome >= grantRate) {
    const reason = outcome >= grantRate + (1 - grantRate) * 0.55 ? "withdrawn" : "rejected";
    return { status: "lapsed", reason, publication, grant: null, end: decided };
  }
  const termYears = invention ? 20 : type === "design" && filed >= dayNumber(2021, 6, 1) ? 15 : 10;
  const expiry = filed + Math.round(termYears * DAYS_PER_YEAR);
  const meanYears = (invention ? 9 : 5) * (byEnterprise ? 1 : 0.7);
  const lapse = decided + Math.round(-Math.log(1 - rng.next()) * meanYears * DAYS_PER_YEAR);
  const invalid = rng.chance(1 / 300) ? decided + rng.int(180, 3000) : Infinity;
  const end = Math.min(lapse, expiry, invalid);
  const pub = invention ? visible(publication) : decided;
  const base = { publication: pub, grant: decided };
  if (end > AS_OF_DAY) return { status: "in_force", reason: null, ...base, end: null };
  if (end === invalid) return { status: "invalidated", reason: null, ...base, end };
  return end === lapse ? { status: "lapsed", reason: "unpaid_fees", ...base, end } : { status: "expired", reason: null, ...base, end };
}

/**
 * 8 digits after the type digit: a block of 4,194,304 numbers per filing year from 2006 (so at most 21 blocks,
 * 88,080,384 < 10⁸), the k-th publication of the block a keyed permutation of k: unique per type.
 */
function publicationSerial(numbering: Numbering, type: PatentType, year: number): string {
  return String((year - FIRST_YEAR) * (1 << 22) + numbering.serial(`P${PUBLICATION_DIGIT[type]}${year}`)).padStart(8, "0");
}

function kindCode(type: PatentType, granted: boolean): string {
  if (type === "invention") return granted ? "B" : "A";
  return type === "utility_model" ? "U" : "S";
}

// ——— Text ————————————————————————————————————————————————————————————————————————————————————————————————

/** Weights of the five invention title patterns of inventionText (by position). */
const INVENTION_TITLES = [3, 3, 2, 2, 1];
const METHOD_ENDINGS = ["及其制备方法", "的控制方法", "及系统", "的检测方法", "、装置及存储介质", "的优化方法及装置"];

function inventionText(w: Writer): { title: string; abstract: string } {
  const { rng } = w;
  const obj = w.obj();
  const [s1, s2, s3] = [w.sub(), w.sub(), w.sub()];
  let titleCore: string;
  switch (rng.weightedIndex(INVENTION_TITLES)) {
    case 0:
      titleCore = `基于${s1}的${obj}${rng.pick(METHOD_ENDINGS)}`;
      break;
    case 1:
      titleCore = `${s1}${obj}${rng.pick(METHOD_ENDINGS)}`;
      break;
    case 2:
      titleCore = `用于${w.use()}的${s1}${obj}`;
      break;
    case 3:
      titleCore = `${w.top()}${obj}的${s1}方法及系统`;
      break;
    default:
      titleCore = `提高${obj}${w.metric()}的${s1}方法`;
  }
  const title = rng.chance(0.85) ? `一种${titleCore}` : titleCore;
  const [n1, n2] = w.needs();
  const parts = [
    `本发明公开了${title.startsWith("一种") ? title : `一种${titleCore}`}，属于${w.latent.topic.name}技术领域。`,
    rng.chance(0.5)
      ? `该${obj}包括${w.top()}、${s2}和${w.top()}，所述${s2}与${s3}${rng.pick(["相连接", "耦合设置", "集成于同一基板", "协同工作"])}。`
      : `该方法包括以下步骤：获取${w.top()}数据；基于${s2}进行${s3}处理；根据${w.top()}结果输出${rng.pick(["控制指令", "检测结果", "优化参数", "目标产物"])}。`,
    `本发明解决了现有技术中${n1}、${n2}的问题，${rng.pick(["显著提高了", "有效提升了", "改善了"])}${w.metric()}，具有${w.benefit()}、${w.benefit()}等优点，`,
    `可应用于${w.use()}${rng.chance(0.3) ? `和${w.stray()}` : ""}等领域。`,
  ];
  return { title, abstract: parts.join("") };
}

function utilityText(w: Writer): { title: string; abstract: string } {
  const { rng } = w;
  const obj = w.device();
  const s1 = w.sub();
  const pattern = rng.int(0, 3);
  const title = pattern === 0 ? `一种${s1}${obj}` : pattern === 1 ? `一种具有${s1}结构的${obj}` : pattern === 2 ? `一种用于${w.use()}的${obj}` : `一种${w.top()}${obj}`;
  const abstract =
    `本实用新型公开了${title}，包括${rng.pick(["壳体", "底座", "支架", "安装板", "机架"])}、${w.sub()}组件和${w.top()}模块，` +
    `所述${rng.pick(["壳体", "底座", "支架"])}内设有${w.sub()}${rng.chance(0.3) ? `及${w.stray()}` : ""}。` +
    `本实用新型针对${w.need()}的问题，${w.benefit()}，提高了${w.metric()}。`;
  return { title, abstract };
}

function designText(w: Writer): { title: string; abstract: string } {
  const { rng } = w;
  const title = `${w.device()}${rng.pick(["", "外壳", "面板", "支架", "控制终端"])}${rng.chance(0.3) ? `（${rng.int(1, 4)}）` : ""}`;
  const abstract = `1．本外观设计产品的名称：${title}。2．本外观设计产品的用途：用于${w.use()}。3．本外观设计产品的设计要点：在于${rng.pick(["形状", "形状与图案的结合", "形状与色彩的结合"])}。4．最能表明设计要点的图片或照片：立体图。`;
  return { title, abstract };
}
