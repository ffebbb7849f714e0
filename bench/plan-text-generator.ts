/**
 * A deterministic generator of large Chinese plan texts (行动方案) for the importer benchmark. Same seed and size,
 * same text, on any machine: its own PRNG (mulberry32), never Math.random.
 *
 * The text has what the genre has (../shared/domain/plan-text.md): page chrome above and below (breadcrumb,
 * 索引号/发文机关/成文日期 block, 字号 大 中 小, 打印本页 关闭窗口, 相关链接, 版权所有, ICP), the title, a preamble with
 * targets (到2025年, …超过4.2%, …突破15000家) and the statement that the first listed unit leads, chapters 一、二、…,
 * sections (一)(二)…, items 1. 2. … and now and then (1)(2)…, full- and half-width punctuation, headings alone on
 * their line, lines broken mid-sentence as a copied PDF breaks them, lead-in sentences between items, and every
 * attribution style: labelled (牵头单位:A;责任单位:B、C) in (), 〔〕 or 【】, as a trailing sentence or on its own
 * line; verbs (A牵头,B、C参与; A会同B负责; A、B、C负责 under the first-listed rule); shared suffixes
 * (武汉市、鄂州市、黄石市人民政府); collectives (各市、州、直管市人民政府); bracketed names (省市场监管局(省知识产权局));
 * attributions on a section that its items inherit. The last chapter (保障措施) holds items without attribution,
 * which are not tasks, and a few with one, which are.
 *
 * It also says what a correct parser must find: every task's path, lead units and responsible units.
 */

export type ExpectedTask = { path: string[]; leadUnits: string[]; responsibleUnits: string[] };

export type GeneratedPlan = {
  text: string;
  /** The plan's own title, as the parser should find it. */
  title: string;
  /** UTF-8 bytes of `text` (at least the requested size). */
  bytes: number;
  /** How many tasks were written. */
  tasks: number;
  chapters: number;
  /** Each task, in document order, with the units a correct reading gives it. */
  expected: ExpectedTask[];
};

/** mulberry32: a small, fast 32-bit PRNG; good enough to vary text, and the same everywhere. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** An integer in min..max inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }
  /** n distinct items, in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < n && pool.length > 0) {
      const [item] = pool.splice(Math.floor(this.next() * pool.length), 1);
      if (item !== undefined) out.push(item);
    }
    return out;
  }
}

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五 (1..999). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`chineseNumeral: 1..999, got ${n}`);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = hundreds ? `${DIGITS[hundreds]}百` : "";
  if (tens) out += hundreds || tens > 1 ? `${DIGITS[tens]}十` : "十";
  else if (hundreds && ones) out += "零";
  if (ones) out += DIGITS[ones] ?? "";
  return out;
}

// ——— Units ————————————————————————————————————————————————————————————————————————————————————————————————

/**
 * A unit as printed, and the unit names a correct reading gives (several for a shared suffix); `covers`: other
 * printed names of the same body, never listed beside it (省市场监管局(省知识产权局) covers 省市场监管局).
 */
type UnitGroup = { printed: string; names: string[]; covers?: string[] };

const one = (name: string): UnitGroup => ({ printed: name, names: [name] });

/** Provincial departments as plans name them (the seed knows most by these aliases; a few become pending units). */
const DEPARTMENTS = [
  "省科技厅",
  "省发改委",
  "省经信厅",
  "省教育厅",
  "省财政厅",
  "省人社厅",
  "省自然资源厅",
  "省商务厅",
  "省市场监管局",
  "省知识产权局",
  "省地方金融局",
  "省科协",
  "省税务局",
  "省卫生健康委",
  "省交通运输厅",
  "省生态环境厅",
  "人行武汉分行",
].map(one);

const RARE_UNITS: UnitGroup[] = [
  { ...one("省市场监管局(省知识产权局)"), covers: ["省市场监管局", "省知识产权局"] },
  one("东湖高新区管委会"),
  one("各市、州、直管市人民政府"),
  one("各区人民政府"),
];

const CITY_NAMES = ["武汉市", "鄂州市", "黄石市", "黄冈市", "咸宁市"];
const CITY_GOVERNMENTS = CITY_NAMES.map((c) => one(`${c}人民政府`));

/** 武汉市、鄂州市、黄石市人民政府: the suffix printed once, shared by each place. */
function sharedSuffixGroup(rng: Random): UnitGroup {
  const n = rng.chance(0.4) ? 5 : rng.int(2, 4);
  const cities = n === 5 ? CITY_NAMES : rng.sample(CITY_NAMES, n);
  return { printed: `${cities.join("、")}人民政府`, names: cities.map((c) => `${c}人民政府`) };
}

const namesAndCovers = (g: UnitGroup) => [...g.names, ...(g.covers ?? [])];

/** Distinct unit groups (no body twice across them), after `given` ones if any. */
function pickUnits(rng: Random, n: number, given: UnitGroup[] = []): UnitGroup[] {
  const out: UnitGroup[] = [...given];
  const used = new Set<string>(given.flatMap(namesAndCovers));
  let guard = 0;
  while (out.length < n + given.length && guard++ < 50) {
    const roll = rng.int(0, 99);
    const group = roll < 62 ? rng.pick(DEPARTMENTS) : roll < 80 ? rng.pick(CITY_GOVERNMENTS) : roll < 94 ? sharedSuffixGroup(rng) : rng.pick(RARE_UNITS);
    if (namesAndCovers(group).some((name) => used.has(name))) continue;
    namesAndCovers(group).forEach((name) => used.add(name));
    out.push(group);
  }
  return out.slice(given.length);
}

const printList = (groups: UnitGroup[]) => groups.map((g) => g.printed).join("、");
const namesOf = (groups: UnitGroup[]) => groups.flatMap((g) => g.names);

// ——— Attributions ——————————————————————————————————————————————————————————————————————————————————————————

type Units = { leadUnits: string[]; responsibleUnits: string[] };

type Attribution = {
  /** Where it stands: in a bracket closing the line, as a trailing sentence, or on its own line after the item. */
  placement: "bracket" | "sentence" | "own-line";
  text: string;
  units: Units;
};

type Punctuation = { colon: string; semicolon: string; comma: string; open: string; close: string };

const FULL: Punctuation = { colon: "：", semicolon: "；", comma: "，", open: "（", close: "）" };
const HALF: Punctuation = { colon: ":", semicolon: ";", comma: ",", open: "(", close: ")" };

const LABEL_RESPONSIBLE = ["责任单位", "责任单位", "责任单位", "配合单位", "参与单位", "协同单位", "协办单位"];

/**
 * One attribution and the units it gives under the document's rule that the first listed unit leads: units named
 * as leading lead; otherwise the first listed unit does.
 */
function attribution(rng: Random, p: Punctuation): Attribution {
  const { colon, semicolon, comma } = p;
  const leadFirst = (groups: UnitGroup[]): Units => {
    const names = namesOf(groups);
    return { leadUnits: names.slice(0, 1), responsibleUnits: names.slice(1) };
  };
  const named = (leads: UnitGroup[], others: UnitGroup[]): Units => ({ leadUnits: namesOf(leads), responsibleUnits: namesOf(others) });
  const style = rng.int(0, 99);
  if (style < 30) {
    // (牵头单位:A;责任单位:B、C), sometimes two leads, sometimes as a sentence after the item or on its own line.
    const units = pickUnits(rng, rng.int(2, 5));
    const leads = units.slice(0, rng.chance(0.2) && units.length > 2 ? 2 : 1);
    const others = units.slice(leads.length);
    const text = `牵头单位${colon}${printList(leads)}${semicolon}${rng.pick(LABEL_RESPONSIBLE)}${colon}${printList(others)}`;
    const placement = rng.chance(0.7) ? "bracket" : rng.chance(0.5) ? "sentence" : "own-line";
    return { placement, text, units: named(leads, others) };
  }
  if (style < 50) {
    // (A牵头,B、C参与) / (A牵头,B配合) / (A、B牵头,C参与)
    const units = pickUnits(rng, rng.int(2, 4));
    const leads = units.slice(0, rng.chance(0.15) && units.length > 2 ? 2 : 1);
    const others = units.slice(leads.length);
    const text = `${printList(leads)}牵头${comma}${printList(others)}${rng.pick(["参与", "配合", "参与", "协同"])}`;
    // A trailing sentence of the verb form is short (a long one is prose that happens to end in a verb).
    return { placement: rng.chance(0.85) || text.length > 60 ? "bracket" : "sentence", text, units: named(leads, others) };
  }
  if (style < 72) {
    // (A、B、C负责): the first listed leads, by the rule the preamble states.
    const units = pickUnits(rng, rng.int(1, 4));
    return { placement: "bracket", text: `${printList(units)}${rng.pick(["负责", "负责", "按职责分工负责"])}`, units: leadFirst(units) };
  }
  if (style < 84) {
    // (责任单位:A、B): no lead named, so the first listed leads too.
    const units = pickUnits(rng, rng.int(1, 3));
    return { placement: "bracket", text: `责任单位${colon}${printList(units)}`, units: leadFirst(units) };
  }
  if (style < 92) {
    // (A会同B、C负责)
    const units = pickUnits(rng, rng.int(2, 3));
    const [lead, ...others] = units;
    if (!lead) throw new Error("no unit picked");
    return { placement: "bracket", text: `${lead.printed}会同${printList(others)}负责`, units: named([lead], others) };
  }
  // (牵头单位:A;配合单位:B、C) with a bracketed name or a collective among the partners.
  const rare = rng.pick(RARE_UNITS);
  const units = pickUnits(rng, rng.int(1, 2), [rare]);
  const leads = units.slice(0, 1);
  const others = [...units.slice(1), rare];
  return { placement: "bracket", text: `牵头单位${colon}${printList(leads)}${semicolon}配合单位${colon}${printList(others)}`, units: named(leads, others) };
}

/** The attribution in the item's bracket kind: mostly (), sometimes 〔〕 or 【】 as some provinces print them. */
function bracketed(rng: Random, p: Punctuation, text: string): string {
  const roll = rng.int(0, 19);
  if (roll === 0) return `〔${text}〕`;
  if (roll === 1) return `【${text}】`;
  return `${p.open}${text}${p.close}`;
}

// ——— Sentences ———————————————————————————————————————————————————————————————————————————————————————————

const REGIONS = ["大走廊", "东湖科学城", "光谷科技创新大走廊", "鄂黄黄咸四市", "大走廊各功能区", "武鄂黄黄", "沿线各市", "核心区"];
const VERBS = ["推进", "加快", "支持", "强化", "深化", "完善", "优化", "提升", "培育", "打造", "健全", "促进", "推动", "实施", "构建"];
const OBJECTS = [
  "光电子信息产业集群建设",
  "国家实验室创建",
  "湖北实验室体系建设",
  "重大科技基础设施布局",
  "产业技术创新联合体建设",
  "科技成果转移转化",
  "企校联合创新中心建设",
  "高新技术企业梯度培育",
  "科技型中小企业成长",
  "离岸科创中心建设",
  "人才引进培养机制",
  "科技金融服务体系",
  "知识产权保护运用",
  "创新平台共建共享",
  "关键核心技术攻关",
  "新型研发机构发展",
  "概念验证中心建设",
  "中试基地布局",
  "科技企业孵化体系",
  "跨区域协同创新机制",
  "数字经济与实体经济融合",
  "北斗产业发展",
  "生物医药产业创新",
  "新能源与智能网联汽车产业链",
  "高端装备制造创新",
  "国际科技合作",
  "科技创新政策协同",
  "创新创业生态",
  "大型科研仪器开放共享",
  "科技服务业发展",
];
const ACTORS = ["高校院所", "科技领军企业", "新型研发机构", "产业链上下游企业", "行业协会", "专业化服务机构", "创业投资机构", "科技型中小企业", "在汉高校", "重点实验室"];
const ACTIVITIES = [
  "开展底层技术和关键材料攻关",
  "共建产业技术研究院",
  "承担国家级和省级科技计划项目",
  "开展技术转移和成果转化",
  "建设共性技术服务平台",
  "开展试验研究、产品研制、工艺验证和小试生产",
  "开展跨区域人才交流",
  "建立利益共享机制",
  "推动大型科研仪器设备开放共享",
  "开展知识产权质押融资",
];
const FIELDS = ["光电子信息", "新能源与智能网联汽车", "生命健康", "高端装备", "北斗", "人工智能", "集成电路", "新材料", "数字创意", "节能环保"];
const CLOSERS = [
  "形成一批具有自主知识产权的标志性成果",
  "进一步提升区域协同创新能力",
  "打造具有全国影响力的创新高地",
  "推动创新链产业链资金链人才链深度融合",
  "营造良好的创新创业生态",
  "为大走廊高质量发展提供有力支撑",
];
const PLATFORMS = ["省级以上科技创新平台", "新型研发机构", "企校联合创新中心", "概念验证中心", "科技企业孵化器", "技术转移示范机构"];

function sentence(rng: Random, p: Punctuation): string {
  const c = p.comma;
  switch (rng.int(0, 7)) {
    case 0:
      return `${rng.pick(VERBS)}${rng.pick(REGIONS)}${rng.pick(OBJECTS)}${c}${rng.pick(VERBS)}${rng.pick(OBJECTS)}${c}${rng.pick(CLOSERS)}。`;
    case 1:
      return `支持${rng.sample(ACTORS, 2).join("联合")}${rng.pick(ACTIVITIES)}${c}${rng.pick(CLOSERS)}。`;
    case 2:
      return `聚焦${rng.sample(FIELDS, rng.int(2, 4)).join("、")}等领域${c}${rng.pick(ACTIVITIES)}。`;
    case 3:
      return `鼓励${rng.pick(REGIONS)}${rng.pick(ACTORS)}${rng.pick(ACTIVITIES)}${c}${rng.pick(VERBS)}${rng.pick(OBJECTS)}。`;
    case 4:
      // A reward: numbers that are no target.
      return `对新认定的${rng.pick(PLATFORMS)}${c}给予最高${rng.pick([50, 100, 200, 500, 1000])}万元奖励。`;
    case 5:
      return `建立${rng.pick(REGIONS)}${rng.pick(["联席会议", "项目库", "需求榜单", "协同推进", "统计监测"])}制度${c}定期${rng.pick(["会商", "发布", "调度", "通报"])}${rng.pick(OBJECTS)}进展情况。`;
    case 6:
      return `深入实施“${rng.pick(["尖刀", "揭榜挂帅", "科创中国", "光谷科创"])}”工程${c}每年${rng.pick(["发布", "组织", "遴选"])}一批${rng.pick(FIELDS)}领域重大技术需求。`;
    default:
      return `${rng.pick(["探索", "研究", "推广", "落地"])}${rng.pick(REGIONS)}${rng.pick(OBJECTS)}的${rng.pick(["新模式", "新路径", "新机制", "试点经验"])}${c}${rng.pick(CLOSERS)}。`;
  }
}

/** A target sentence: 到2025年,…超过200个. */
function targetSentence(rng: Random, p: Punctuation): string {
  const year = rng.pick([2024, 2025, 2025, 2026, 2027]);
  const [indicator, unit, low, high] = rng.pick([
    ["新增省级以上科技创新平台", "个", 20, 300],
    ["高新技术企业", "家", 1000, 20000],
    ["技术合同成交额", "亿元", 100, 3000],
    ["新培育科技型中小企业", "家", 500, 8000],
    ["新建概念验证中心", "个", 5, 60],
    ["引进高层次人才团队", "个", 20, 400],
  ] as const);
  const word = rng.pick(["超过", "突破", "达到", "不少于"]);
  return `到${year}年${p.comma}${indicator}${word}${rng.int(low, high)}${unit}。`;
}

/** A task's short heading: no digits, no colon, at most one comma. */
function heading(rng: Random): string {
  const text = `${rng.pick(VERBS)}${rng.chance(0.4) ? rng.pick(REGIONS) : ""}${rng.pick(OBJECTS)}`;
  return text.length <= 30 ? text : text.slice(0, 30);
}

function body(rng: Random, p: Punctuation): string {
  const parts: string[] = [];
  const n = rng.int(2, 5);
  for (let i = 0; i < n; i += 1) parts.push(sentence(rng, p));
  if (rng.chance(0.25)) parts.splice(rng.int(0, parts.length), 0, targetSentence(rng, p));
  return parts.join("");
}

// ——— Items ———————————————————————————————————————————————————————————————————————————————————————————————

/**
 * A task's lines: heading and body (sometimes the heading alone on its line, sometimes the body broken mid-sentence)
 * and its attribution, or none when it inherits one.
 */
function taskLines(rng: Random, p: Punctuation, numberText: string, attr: Attribution | null): string[] {
  const title = heading(rng);
  const text = body(rng, p);
  const lines: string[] = [];
  let last: string;
  if (rng.chance(0.15)) {
    lines.push(`${numberText}${title}`);
    last = text;
  } else {
    last = `${numberText}${title}。${text}`;
  }
  if (attr?.placement === "bracket") last += bracketed(rng, p, attr.text);
  else if (attr?.placement === "sentence") last += `${attr.text}。`;
  // A copied PDF breaks lines anywhere: split inside a sentence, before a Chinese character.
  if (rng.chance(0.1)) {
    const from = Math.floor(last.length / 3);
    const at = [...last.slice(from)].findIndex((ch, i) => /[\u4e00-\u9fff]/.test(ch) && !/[。]/.test(last[from + i - 1] ?? "")) + from;
    if (at > from && at < last.length - 1) {
      lines.push(last.slice(0, at), last.slice(at));
    } else lines.push(last);
  } else lines.push(last);
  if (attr?.placement === "own-line") lines.push(`${attr.text}。`);
  return lines;
}

const CHAPTER_TITLES = [
  "科技共兴,持续增强区域创新能力",
  "产业共融,加快构建现代产业体系",
  "平台共建,提升创新平台支撑能力",
  "成果共享,促进科技成果转化",
  "人才共育,激发创新创业活力",
  "生态共优,营造一流创新环境",
  "开放共赢,深化国际科技合作",
  "要素共通,强化资源要素保障",
  "机制共商,健全跨区域协同机制",
  "数字赋能,推动产业数字化转型",
];

const LEAD_INS = ["加快建设科技强省。", "着力提升自主创新能力。", "推动区域协同发展。", "持续优化创新生态。"];

const GUARANTEES = [
  ["加强组织领导", "建立大走廊建设联席会议制度,统筹推进重大事项,协调解决重大问题。"],
  ["强化政策支持", "统筹用好各类财政资金和政策工具,加大对大走廊重点项目的支持力度。"],
  ["加强宣传引导", "及时总结推广典型经验和做法,营造全社会关心支持大走廊建设的良好氛围。"],
  ["强化监测评估", "建立统计监测和评估机制,定期开展实施情况评估,评估结果作为资金安排的重要依据。"],
] as const;

type Writer = { lines: string[]; bytes: number; expected: ExpectedTask[] };

function write(w: Writer, ...lines: string[]): void {
  for (const line of lines) {
    w.lines.push(line);
    w.bytes += Buffer.byteLength(line, "utf8") + 1;
  }
}

function addTask(w: Writer, path: string[], units: Units): void {
  w.expected.push({ path, leadUnits: units.leadUnits, responsibleUnits: units.responsibleUnits });
}

/** One work chapter: sections that are tasks, sections of items, or items right under the chapter. */
function workChapter(rng: Random, w: Writer, chapterNumber: string, runOn: { next: number }, scale: number): void {
  const p = rng.chance(0.75) ? FULL : HALF;
  write(w, `${chapterNumber}、${rng.pick(CHAPTER_TITLES).replace(",", p.comma)}`);
  if (rng.chance(0.15)) write(w, rng.pick(LEAD_INS));
  const layout = rng.int(0, 9);
  const itemNumber = (n: number) => `${n}${rng.pick([".", ".", "、", "．"])}`;
  const sectionNumber = (n: number) => (p === FULL ? `（${chineseNumeral(n)}）` : `(${chineseNumeral(n)})`);
  const sectionPath = (n: number) => `(${chineseNumeral(n)})`;

  if (layout < 4) {
    // Sections that are tasks.
    const sections = rng.int(3, 8 * scale);
    for (let s = 1; s <= sections; s += 1) {
      const attr = attribution(rng, p);
      write(w, ...taskLines(rng, p, sectionNumber(s), attr));
      addTask(w, [chapterNumber, sectionPath(s)], attr.units);
    }
    return;
  }
  if (layout < 8) {
    // Sections holding items; a section's attribution is inherited by items that have none.
    const sections = rng.int(2, 5 * scale);
    for (let s = 1; s <= sections; s += 1) {
      const inherited = rng.chance(0.3) ? attribution(rng, p) : null;
      const sectionHeading = heading(rng);
      write(w, inherited ? `${sectionNumber(s)}${sectionHeading}${bracketed(rng, p, inherited.text)}` : `${sectionNumber(s)}${sectionHeading}`);
      const items = rng.int(2, 6 * scale);
      for (let i = 1; i <= items; i += 1) {
        const path = [chapterNumber, sectionPath(s), String(i)];
        if (rng.chance(0.08)) {
          // An item of sub-items (1)(2): the sub-items are the tasks.
          write(w, `${itemNumber(i)}${heading(rng)}`);
          const subs = rng.int(2, 3);
          for (let k = 1; k <= subs; k += 1) {
            const attr = attribution(rng, p);
            const subNumber = p === FULL ? `（${k}）` : `(${k})`;
            write(w, ...taskLines(rng, p, subNumber, { ...attr, placement: "bracket" }));
            addTask(w, [...path, `(${k})`], attr.units);
          }
          continue;
        }
        const own = inherited && rng.chance(0.7) ? null : attribution(rng, p);
        write(w, ...taskLines(rng, p, itemNumber(i), own));
        const units = own?.units ?? inherited?.units;
        if (!units) throw new Error("a task without units");
        addTask(w, path, units);
      }
    }
    return;
  }
  // Items right under the chapter (a level skipped), sometimes numbered on from the chapter before.
  const items = rng.int(4, 10 * scale);
  if (rng.chance(0.6) || runOn.next + items > 999) runOn.next = 1;
  for (let i = 0; i < items; i += 1) {
    const n = runOn.next++;
    const attr = attribution(rng, p);
    write(w, ...taskLines(rng, p, itemNumber(n), attr));
    addTask(w, [chapterNumber, String(n)], attr.units);
    if (rng.chance(0.05)) write(w, rng.pick(LEAD_INS));
  }
}

const TITLES = [
  "加快推进光谷科技创新大走廊协同创新高质量发展行动方案",
  "光谷科技创新大走廊建设重点任务分工方案",
  "关于推动光谷科技创新大走廊高质量发展的实施方案",
];

/**
 * A plan text of at least `bytes` UTF-8 bytes (plus the footer), and what a correct parser finds in it. The same
 * seed and size give the same text.
 */
export function generatePlanText(options: { seed: number; bytes: number }): GeneratedPlan {
  const rng = new Random(options.seed);
  const title = `${rng.pick(TITLES)}(2023—2025年)`;
  const w: Writer = { lines: [], bytes: 0, expected: [] };
  write(
    w,
    "首页 > 政务公开 > 政策文件 > 规范性文件",
    "索引号:011043386/2023-04528",
    "发文机关:湖北省人民政府办公厅",
    "成文日期:2023年04月29日",
    "字号: 大 中 小",
    "",
    title,
    "为着力推进以东湖科学城为核心区域的光谷科技创新大走廊协同创新高质量发展,加快建设武汉具有全国影响力的科技创新中心,特制定本行动方案。各项任务中列第一位者为牵头单位。",
    "一、总体要求",
    "以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大精神,建立健全光谷科技创新大走廊跨区域协同创新机制,进一步增强创新引领功能。",
    "到2025年,光谷科技创新大走廊区域创新能力明显增强。全社会R&D经费支出占地区生产总值的比重超过4.2%,高新技术企业突破15000家,高新技术产业增加值占地区生产总值的比重达到36%,省级以上科技创新平台超过1500个。",
  );
  const footer = ["相关链接", "1.湖北省人民政府关于加快建设科技强省的意见", "打印本页 关闭窗口", "版权所有:湖北省人民政府办公厅", "鄂ICP备05003305号-1"];
  const footerBytes = footer.reduce((n, l) => n + Buffer.byteLength(l, "utf8") + 1, 0);
  const guaranteeBudget = 4000;
  const runOn = { next: 1 };
  // Bigger chapters for bigger plans, so that chapter numbers stay within 一 … 九百九十九.
  const scale = Math.max(1, Math.ceil(options.bytes / 4_000_000));
  let chapter = 2;
  while (w.bytes + footerBytes + guaranteeBudget < options.bytes && chapter < 999) {
    workChapter(rng, w, chineseNumeral(chapter), runOn, scale);
    chapter += 1;
  }
  // The last chapter: 保障措施, whose items are no tasks unless they carry an attribution.
  const last = chineseNumeral(chapter);
  write(w, `${last}、保障措施`);
  GUARANTEES.forEach(([head, text], i) => {
    const n = i + 1;
    if (i === 1 || i === 3) {
      const attr = attribution(rng, FULL);
      write(w, `（${chineseNumeral(n)}）${head}。${text}${bracketed(rng, FULL, attr.text)}`);
      // A labelled sentence or own-line attribution is printed in brackets here, so it reads the same.
      addTask(w, [last, `(${chineseNumeral(n)})`], attr.units);
    } else {
      write(w, `（${chineseNumeral(n)}）${head}。${text}`);
    }
  });
  // Pad with more guarantee prose if the chapters stopped short (tiny sizes); prose is no task.
  while (w.bytes + footerBytes < options.bytes) write(w, `${rng.pick(LEAD_INS).replace("。", "")},${rng.pick(CLOSERS)}。`);
  write(w, ...footer);
  const text = `${w.lines.join("\n")}\n`;
  return { text, title, bytes: Buffer.byteLength(text, "utf8"), tasks: w.expected.length, chapters: chapter, expected: w.expected };
}
