/**
 * The topic catalogue (60 topics, 180 subtopics over the six domains) with its declared adjacency, the synonym
 * groups that make one thing read differently from record to record, and the corridor's universities, institutes,
 * laboratories and hospitals that own achievements and patents. The institutions are real organisations of the
 * five cities; what the generator attributes to them is invented (示例数据). Enterprise names are made up.
 */
import type { MarketCityCode } from "../../../../shared/market/cities-geo.ts";
import { AI } from "./ai.ts";
import { BEIDOU } from "./beidou.ts";
import { EQUIPMENT } from "./equipment.ts";
import { HEALTH } from "./health.ts";
import { OPTOELECTRONICS } from "./optoelectronics.ts";
import { MARKET_DOMAINS, type MarketDomain, type Subtopic, type Topic } from "./types.ts";
import { VEHICLES } from "./vehicles.ts";

export { MARKET_DOMAINS, type MarketDomain, type Subtopic, type Topic };

export const TOPICS: readonly Topic[] = [...OPTOELECTRONICS, ...VEHICLES, ...HEALTH, ...EQUIPMENT, ...BEIDOU, ...AI];

const byId = new Map(TOPICS.map((t) => [t.id, t]));
const subtopicById = new Map(TOPICS.flatMap((t) => t.subtopics.map((s) => [s.id, { topic: t, subtopic: s }] as const)));

export function topicById(id: string): Topic | undefined {
  return byId.get(id);
}

/** A subtopic with its topic, by the subtopic's id. */
export function findSubtopic(id: string): { topic: Topic; subtopic: Subtopic } | undefined {
  return subtopicById.get(id);
}

/** Declared adjacency made symmetric: a topic is adjacent to those it names and to those that name it. */
const adjacency = new Map<string, Set<string>>(TOPICS.map((t) => [t.id, new Set<string>()]));
for (const t of TOPICS) {
  for (const other of t.adjacent) {
    adjacency.get(t.id)?.add(other);
    adjacency.get(other)?.add(t.id);
  }
}

/** The topics adjacent to `id` (same domain, by construction of the catalogue; the tests check it). */
export function adjacentTopics(id: string): ReadonlySet<string> {
  return adjacency.get(id) ?? new Set();
}

export const TOPICS_BY_DOMAIN: Readonly<Record<MarketDomain, readonly Topic[]>> = {
  光电子信息: OPTOELECTRONICS,
  新能源与智能网联汽车: VEHICLES,
  生命健康: HEALTH,
  高端装备: EQUIPMENT,
  北斗: BEIDOU,
  人工智能: AI,
};

/**
 * Words that name the same thing: a record writes any member where the catalogue has one, so two records of one
 * subtopic do not always share the word (and a segmenter cuts the variants differently).
 */
const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["光模块", "光收发模块", "光收发器"],
  ["激光器", "激光光源"],
  ["光纤", "光导纤维"],
  ["探测器", "探测元件"],
  ["锂离子电池", "锂电池", "锂电"],
  ["自动驾驶", "无人驾驶", "智能驾驶"],
  ["无人机", "无人飞行器", "无人航空器"],
  ["增材制造", "3D打印"],
  ["大模型", "大语言模型", "基础模型"],
  ["深度学习", "深度神经网络"],
  ["卷积神经网络", "CNN"],
  ["北斗", "北斗卫星导航系统", "BDS"],
  ["肿瘤", "癌症", "恶性肿瘤"],
  ["传感器", "传感装置"],
  ["机械臂", "机械手臂"],
  ["数控机床", "CNC机床"],
  ["故障诊断", "故障检测"],
  ["缺陷检测", "瑕疵检测"],
  ["电池管理系统", "BMS"],
  ["充电桩", "充电设施"],
  ["燃料电池", "氢燃料电池"],
  ["遥感影像", "遥感图像", "卫星影像"],
  ["医学影像", "医疗影像"],
  ["中药", "中草药"],
  ["机器视觉", "工业视觉"],
  ["语音识别", "语音转写"],
  ["高精地图", "高精度地图"],
  ["边缘计算", "边缘侧计算"],
  ["数字孪生", "数字映射"],
  ["热失控", "热失效"],
  ["散热困难", "散热不良", "热管理困难"],
  ["成本过高", "成本高", "成本偏高"],
  ["良率偏低", "良品率低", "成品率低"],
  ["功耗过高", "功耗大"],
  ["效率低", "效率不高"],
  ["精度不足", "精度不够"],
];

const synonyms = new Map<string, readonly string[]>();
for (const group of SYNONYM_GROUPS) for (const word of group) synonyms.set(word, group);

/** The synonym group of a word (the word alone when it has none). */
export function synonymsOf(word: string): readonly string[] {
  return synonyms.get(word) ?? [word];
}

export type InstitutionKind = "university" | "institute" | "laboratory" | "hospital";
export type Institution = { name: string; cityCode: MarketCityCode; kind: InstitutionKind; domains: readonly MarketDomain[] };

const D = { oe: "光电子信息", ev: "新能源与智能网联汽车", bio: "生命健康", eq: "高端装备", bd: "北斗", ai: "人工智能" } as const satisfies Record<string, MarketDomain>;
type DomainKey = keyof typeof D;
const inst = (name: string, cityCode: MarketCityCode, kind: InstitutionKind, domains: string): Institution => ({
  name,
  cityCode,
  kind,
  domains: domains.split(" ").map((k) => D[k as DomainKey]),
});

export const INSTITUTIONS: readonly Institution[] = [
  inst("华中科技大学", "420100", "university", "oe ev bio eq ai"),
  inst("武汉大学", "420100", "university", "oe bio bd ai"),
  inst("武汉理工大学", "420100", "university", "ev eq oe bd"),
  inst("中国地质大学（武汉）", "420100", "university", "bd eq"),
  inst("华中农业大学", "420100", "university", "bio"),
  inst("华中师范大学", "420100", "university", "ai"),
  inst("武汉科技大学", "420100", "university", "eq bio"),
  inst("湖北大学", "420100", "university", "bio ai oe"),
  inst("武汉工程大学", "420100", "university", "bio eq"),
  inst("湖北工业大学", "420100", "university", "ev eq bio oe"),
  inst("武汉纺织大学", "420100", "university", "eq bio"),
  inst("中南民族大学", "420100", "university", "bio ai"),
  inst("江汉大学", "420100", "university", "bio oe"),
  inst("湖北中医药大学", "420100", "university", "bio"),
  inst("武汉轻工大学", "420100", "university", "bio"),
  inst("武汉光电国家研究中心", "420100", "laboratory", "oe"),
  inst("湖北光谷实验室", "420100", "laboratory", "oe"),
  inst("湖北九峰山实验室", "420100", "laboratory", "oe"),
  inst("湖北江城实验室", "420100", "laboratory", "oe"),
  inst("湖北东湖实验室", "420100", "laboratory", "eq"),
  inst("湖北珞珈实验室", "420100", "laboratory", "bd"),
  inst("湖北洪山实验室", "420100", "laboratory", "bio"),
  inst("湖北江夏实验室", "420100", "laboratory", "bio"),
  inst("湖北时珍实验室", "420100", "laboratory", "bio"),
  inst("中国科学院武汉病毒研究所", "420100", "institute", "bio"),
  inst("中国科学院水生生物研究所", "420100", "institute", "bio"),
  inst("中国科学院精密测量科学与技术创新研究院", "420100", "institute", "bd oe"),
  inst("中国科学院武汉岩土力学研究所", "420100", "institute", "eq bd"),
  inst("武汉光电工业技术研究院", "420100", "institute", "oe"),
  inst("湖北省农业科学院", "420100", "institute", "bio"),
  inst("中国船舶集团有限公司第七一九研究所", "420100", "institute", "eq"),
  inst("华中科技大学同济医学院附属同济医院", "420100", "hospital", "bio"),
  inst("华中科技大学同济医学院附属协和医院", "420100", "hospital", "bio"),
  inst("武汉大学人民医院", "420100", "hospital", "bio"),
  inst("武汉大学中南医院", "420100", "hospital", "bio"),
  inst("湖北师范大学", "420200", "university", "oe ai bio eq"),
  inst("湖北理工学院", "420200", "university", "eq oe ev"),
  inst("黄石市中心医院", "420200", "hospital", "bio"),
  inst("华中科技大学鄂州工业技术研究院", "420700", "institute", "oe eq"),
  inst("鄂州职业大学", "420700", "university", "eq ai"),
  inst("鄂州市中心医院", "420700", "hospital", "bio"),
  inst("黄冈师范学院", "421100", "university", "bio ai eq"),
  inst("黄冈职业技术学院", "421100", "university", "eq ev"),
  inst("黄冈市中心医院", "421100", "hospital", "bio"),
  inst("湖北科技学院", "421200", "university", "bio oe eq"),
  inst("咸宁职业技术学院", "421200", "university", "eq ev"),
  inst("咸宁市中心医院", "421200", "hospital", "bio"),
];
