/**
 * Whole plans of different shapes, each written for this test (fixtures/*.txt), parsed end to end. Between them
 * they use every attribution form, numbering form and target word of plan-text.md; see the README in fixtures/.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parsePlanText, type ParsedTask, type Target } from "./parse.ts";

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures");
const parseFixture = (name: string) => parsePlanText(readFileSync(path.join(fixtures, name), "utf8"));

function task(taskPath: string[], title: string, body: string, lead: string[], responsible: string[], targets: Target[] = []): ParsedTask {
  return {
    chapter: taskPath[0] ?? "",
    number: taskPath[taskPath.length - 1] ?? "",
    path: taskPath,
    title,
    body,
    leadUnits: lead,
    responsibleUnits: responsible,
    targets,
  };
}

function target(text: string, indicator: string, comparator: Target["comparator"], value: number, unit: string, year: number | null): Target {
  return { text, indicator, comparator, value, unit, year };
}

const FIVE_CITIES = ["武汉市人民政府", "鄂州市人民政府", "黄石市人民政府", "黄冈市人民政府", "咸宁市人民政府"];

describe("a 实施方案 behind a government site's page and a pasted 印发 notice, with labelled attributions", () => {
  const plan = parseFixture("wrapper-labelled.txt");

  it("takes the plan's own title, joined from two lines, not the notice's", () => {
    expect(plan.title).toBe("湖北省促进科技成果转化若干举措实施方案");
  });

  it("lists the chapters", () => {
    expect(plan.chapters).toEqual([
      { number: "一", title: "总体目标" },
      { number: "二", title: "重点任务" },
      { number: "三", title: "保障措施" },
    ]);
  });

  it("puts the preamble's and the goal chapter's targets at the top level", () => {
    expect(plan.targets).toEqual([
      target("全省技术合同成交额突破3000亿元", "全省技术合同成交额", ">", 3000, "亿元", 2025),
      target("建成省级以上技术转移示范机构不少于200家", "建成省级以上技术转移示范机构", ">=", 200, "家", 2025),
      target("科技成果转化中试基地达到50个以上", "科技成果转化中试基地", ">=", 50, "个", 2025),
    ]);
  });

  it("reads tasks, inherited and trailing-sentence attributions, and a 保障措施 item only when attributed", () => {
    expect(plan.tasks).toEqual([
      task(["二", "(一)", "1"], "建设技术转移机构", "支持高校院所设立技术转移机构,培育技术经理人。", ["省科技厅"], []),
      task(["二", "(一)", "2"], "发展技术市场", "推进湖北技术交易大市场建设,完善线上交易平台。", ["省科技厅", "省教育厅"], [
        "省财政厅",
        "武汉市人民政府",
        "黄石市人民政府",
      ]),
      task(["二", "(二)", "3"], "支持企业承接成果", "引导企业与高校院所共建研发机构。", ["省经信厅"], ["各市、州、直管市人民政府"]),
      task(
        ["二", "(二)", "4"],
        "推动中试熟化",
        "建设一批中试基地,2024年底前建成中试基地30个以上。",
        ["省发改委"],
        ["东湖高新区管委会", "武汉经开区管委会"],
        [target("建成中试基地30个以上", "建成中试基地", ">=", 30, "个", 2024)],
      ),
      task(["二", "(二)", "5"], "加强知识产权运用", "", ["省市场监管局(省知识产权局)"], ["各县(市、区)人民政府"]),
      task(["三", "(一)"], "加强组织领导", "建立省级统筹协调机制。", ["省科技厅"], []),
    ]);
  });
});

describe("a 分工方案 in full-width forms, A牵头,B参与 attributions, 1. items running on across chapters", () => {
  const plan = parseFixture("division-of-labour.txt");

  it("reads the whole plan", () => {
    expect(plan).toEqual({
      title: "武汉市2023年政府工作报告重点任务分工方案",
      chapters: [
        { number: "一", title: "着力扩大有效需求" },
        { number: "二", title: "着力推进科技创新" },
        { number: "三", title: "着力保障和改善民生" },
      ],
      targets: [],
      tasks: [
        task(["一", "(一)", "1"], "", "加快推进重大项目建设,全年完成固定资产投资增长8%左右。", ["市发改委"], ["市财政局", "市自然资源和规划局"], [
          target("全年完成固定资产投资增长8%左右", "全年完成固定资产投资增长", "=", 8, "%", null),
        ]),
        task(["一", "(一)", "2"], "实施城市更新行动", "", ["市住房和城乡建设局", "市城管执法委"], ["各区人民政府"]),
        task(["一", "(二)", "3"], "", "开展消费促进活动,社会消费品零售总额增长10%以上。", ["市商务局"], ["市文化和旅游局"], [
          target("社会消费品零售总额增长10%以上", "社会消费品零售总额增长", ">=", 10, "%", null),
        ]),
        task(["二", "4"], "建设东湖科学城", "", ["东湖高新区管委会"], ["市科技局", "市发改委"]),
        task(["二", "5"], "", "培育高新技术企业,高新技术企业数量超过15000家。", ["市科技局"], ["各区、县级市人民政府"], [
          target("高新技术企业数量超过15000家", "高新技术企业数量", ">", 15000, "家", null),
        ]),
        task(["三", "6"], "", "稳定和扩大就业,城镇新增就业不少于20万人。", ["市人社局"], [], [
          target("城镇新增就业不少于20万人", "城镇新增就业", ">=", 20, "万人", null),
        ]),
        task(["三", "7"], "办好民生实事", "", ["市政府办公厅"], ["市财政局"]),
      ],
    });
  });
});

describe("若干措施 whose chapters are the tasks, A、B、C负责 with the lead rule in a closing note, WeChat chrome", () => {
  const plan = parseFixture("first-listed-note.txt");

  it("reads the whole plan", () => {
    expect(plan).toEqual({
      title: "关于加快建设科技强省的若干措施",
      chapters: [
        { number: "一", title: "强化创新平台建设" },
        { number: "二", title: "支持企业加大研发投入" },
        { number: "三", title: "加快培育创新型企业" },
        { number: "四", title: "优化创新生态" },
      ],
      targets: [],
      tasks: [
        task(["一"], "强化创新平台建设", "对新认定的国家重点实验室,给予最高1000万元奖励。到2025年,省级以上创新平台超过2000个。", ["省科技厅"], [
          "省发改委",
          "省财政厅",
        ], [target("省级以上创新平台超过2000个", "省级以上创新平台", ">", 2000, "个", 2025)]),
        task(["二"], "支持企业加大研发投入", "按企业研发费用的10%给予补助,每家企业每年补助不超过500万元。", ["省财政厅"], []),
        task(["三"], "加快培育创新型企业", "2023年全省高新技术企业已达到20000家。到2025年,高新技术企业达到30000家以上。", ["省科技厅"], [
          "省经信厅",
          "省税务局",
        ], [target("高新技术企业达到30000家以上", "高新技术企业", ">=", 30000, "家", 2025)]),
        task(["四"], "优化创新生态", "", ["省科技厅"], ["各市、州、直管市人民政府"]),
      ],
    });
  });
});

describe("a 实施方案 stating the lead rule in its first attribution with 下同, down to (1) items", () => {
  const plan = parseFixture("first-listed-inline.txt");

  it("joins the edition line to the title and lists the chapters", () => {
    expect(plan.title).toBe("黄冈市推进光谷黄冈科技产业园建设实施方案(2023-2025年)");
    expect(plan.chapters).toEqual([
      { number: "一", title: "主要任务" },
      { number: "二", title: "保障措施" },
    ]);
    expect(plan.targets).toEqual([]);
  });

  it("carries the rule on to later attributions and treats a heading with (1) children as no task", () => {
    expect(plan.tasks).toEqual([
      task(["一", "(一)", "1"], "完善基础设施", "加快园区道路、供水等配套建设,2025年前标准厂房面积达到100万平方米。", ["市发改委"], [
        "市住建局",
        "黄州区人民政府",
      ], [target("标准厂房面积达到100万平方米", "标准厂房面积", ">=", 100, "万平方米", 2025)]),
      task(["一", "(一)", "2"], "提升服务水平", "建设园区综合服务中心。", ["市政务服务局"], ["黄州区人民政府"]),
      task(["一", "(二)", "3", "(1)"], "", "围绕光电子信息产业精准招商,引进投资额10亿元以上项目5个。", ["市招商服务中心"], ["市经信局"]),
      task(["一", "(二)", "3", "(2)"], "支持企业技术改造", "", ["市经信局"], []),
      task(["一", "(二)", "4"], "培育科技企业", "培育高新技术企业50家左右。", ["市科技局"], [], [
        target("培育高新技术企业50家左右", "培育高新技术企业", "=", 50, "家", null),
      ]),
      task(["二", "(一)"], "强化要素保障", "", ["市自然资源和规划局"], ["市财政局"]),
    ]);
  });
});

describe("a double-spaced 行动计划 in full-width forms with no lead rule and every comparator word", () => {
  const plan = parseFixture("no-lead-rule.txt");

  it("reads title and chapters, leaving explanatory brackets in the text", () => {
    expect(plan.title).toBe("鄂州市科技创新能力提升行动计划(2023—2025年)");
    expect(plan.chapters).toEqual([{ number: "一", title: "目标任务" }]);
  });

  it("makes every listed unit responsible when no rule names a lead", () => {
    expect(plan.tasks.map((t) => [t.leadUnits, t.responsibleUnits])).toEqual([
      [[], ["市科技局", "市统计局"]],
      [[], ["市科技局", "市政务服务局"]],
      [[], ["人行鄂州市中心支行"]],
      [[], ["市委组织部", "市人社局"]],
    ]);
  });

  it("reads every comparator, letting a trailing word decide, with each paragraph's year", () => {
    expect(plan.tasks.map((t) => t.targets)).toEqual([
      [
        target("全社会研发投入强度高于3%", "全社会研发投入强度", ">", 3, "%", 2025),
        target("规模以上工业企业研发机构覆盖率不低于50%", "规模以上工业企业研发机构覆盖率", ">=", 50, "%", 2025),
      ],
      [
        target("科技服务机构多于120家", "科技服务机构", ">", 120, "家", 2024),
        target("企业开办时间压缩至1个工作日以内", "企业开办时间", "<=", 1, "个工作日", 2024),
      ],
      [
        target("企业平均融资成本低于4.5%", "企业平均融资成本", "<", 4.5, "%", 2025),
        target("科技型企业贷款不良率控制在3%以内", "科技型企业贷款不良率", "<=", 3, "%", 2025),
        target("单位产值能耗降至0.4吨标准煤以下", "单位产值能耗", "<=", 0.4, "吨标准煤", 2025),
        target("单个项目审批时限不超过20个工作日", "单个项目审批时限", "<=", 20, "个工作日", 2025),
      ],
      [
        target("人才资源总量约20万人", "人才资源总量", "=", 20, "万人", null),
        target("研发人员占从业人员比重提高到2%左右", "研发人员占从业人员比重", "=", 2, "%", null),
        target("人才流失率少于5%", "人才流失率", "<", 5, "%", null),
        target("科研人员数量稳定在8000人以上", "科研人员数量", ">=", 8000, "人", null),
        target("每万人发明专利拥有量多于15件", "每万人发明专利拥有量", ">", 15, "件", null),
      ],
    ]);
  });
});

describe("a 重点工作责任分解 with attributions on their own lines, headings alone on theirs and lead-in sentences", () => {
  const plan = parseFixture("breakdown-lines.txt");

  it("reads the whole plan", () => {
    expect(plan).toEqual({
      title: "武汉市2024年科技创新重点工作责任分解",
      chapters: [
        { number: "一", title: "建设具有全国影响力的科技创新中心" },
        { number: "二", title: "营造一流创新生态" },
      ],
      targets: [],
      tasks: [
        task(["一", "1"], "推进东湖科学城建设", "加快建设国家实验室和重大科技基础设施,到2024年底,新增省级以上创新平台超过100个。", ["市科技局"], [
          "东湖高新区管委会",
          "武汉经开区管委会",
        ], [target("新增省级以上创新平台超过100个", "新增省级以上创新平台", ">", 100, "个", 2024)]),
        task(["一", "2"], "强化企业创新主体地位", "支持企业牵头组建创新联合体。", ["市经信局", "市科技局"], ["各区人民政府"]),
        task(["一", "3", "(1)"], "开展赋权改革试点", "", ["市科技局"], ["武汉大学", "华中科技大学"]),
        task(["一", "3", "(2)"], "完善科技评价机制", "", [], []),
        task(["二", "4"], "优化人才发展环境", "实施人才安居工程,全年新增大学毕业生留汉就业创业不少于30万人。", ["市委人才办"], [
          "市人社局",
          "市住房和城乡建设局",
        ], [target("全年新增大学毕业生留汉就业创业不少于30万人", "全年新增大学毕业生留汉就业创业", ">=", 30, "万人", null)]),
      ],
    });
  });
});

describe("a 实施方案 with a breadcrumb, a prose chapter of numbered goals, past facts and an 组织实施 chapter", () => {
  const plan = parseFixture("targets-and-prose.txt");

  it("reads the whole plan", () => {
    expect(plan).toEqual({
      title: "咸宁市加快科技成果转化推动高质量发展实施方案",
      chapters: [
        { number: "一", title: "总体要求" },
        { number: "二", title: "重点任务" },
        { number: "三", title: "组织实施" },
      ],
      targets: [
        target("全市技术合同成交额超过100亿元", "全市技术合同成交额", ">", 100, "亿元", 2025),
        target("高新技术企业数量突破500家", "高新技术企业数量", ">", 500, "家", 2025),
      ],
      tasks: [
        task(["二", "(一)"], "建设成果转化平台", "支持咸宁高新区建设成果转化基地。", ["市科技局", "咸宁高新区管委会"], ["市发改委"]),
        task(["二", "(二)"], "引进科技成果", "", ["市科技局"], ["市财政局"]),
        task(["三", "(二)"], "强化考核评估", "将成果转化纳入年度考核。", ["市委督查室"], []),
      ],
    });
  });
});

describe("a flat WeChat 政策措施 numbered 1、 with the lead rule in its preamble", () => {
  const plan = parseFixture("wechat-flat.txt");

  it("reads the whole plan", () => {
    expect(plan).toEqual({
      title: "关于支持光谷科技创新大走廊人才发展的若干政策措施",
      chapters: [
        { number: "1", title: "支持引进高层次人才" },
        { number: "2", title: "支持青年人才创新创业" },
        { number: "3", title: "加强人才服务保障" },
      ],
      targets: [],
      tasks: [
        task(["1"], "支持引进高层次人才", "对新引进的顶尖人才团队,给予最高1亿元综合资助。", ["省委人才办"], ["省科技厅"]),
        task(["2"], "支持青年人才创新创业", "每年支持青年人才创业项目不少于100个。", ["省人社局"], ["省财政厅"], [
          target("每年支持青年人才创业项目不少于100个", "每年支持青年人才创业项目", ">=", 100, "个", null),
        ]),
        task(["3"], "加强人才服务保障", "", ["省人社局"], FIVE_CITIES),
      ],
    });
  });
});

describe("page source pasted with its tags: a notice that numbers its own paragraphs, attributions in 〔…〕 and 【…】", () => {
  const plan = parseFixture("numbered-notice.txt");

  it("reads the plan after the notice, with the notice's lead rule, and stops at the page footer", () => {
    expect(plan).toEqual({
      title: "2024年创新驱动发展重点工作责任分解",
      chapters: [
        { number: "一", title: "打造“1+8”城市圈协同创新体系" },
        { number: "二", title: "培育壮大创新主体" },
      ],
      targets: [],
      tasks: [
        task(["一", "1"], "建设区域科技创新中心", "高水平建设东湖科学城,全年技术合同成交额突破1500亿元。", ["市科技局"], [
          "东湖高新区管委会",
          "市发改委",
        ], [target("全年技术合同成交额突破1500亿元", "全年技术合同成交额", ">", 1500, "亿元", null)]),
        task(["一", "2"], "推动科技成果就地转化", "", ["市科技局"], ["市教育局"]),
        task(["二", "3"], "实施科技企业梯次培育", "新增高新技术企业1500家以上,对首次认定的企业给予30万元奖励。", ["市科技局"], [
          "市财政局",
          "市税务局",
        ], [target("新增高新技术企业1500家以上", "新增高新技术企业", ">=", 1500, "家", null)]),
      ],
    });
  });
});
