import { describe, expect, it } from "vitest";
import { headingOf, isShortHeading, readItemText } from "./item-text.ts";

describe("an item's title and body", () => {
  it("takes a short first sentence as the title and the rest, without the attribution, as the body", () => {
    expect(readItemText(["强化辐射带动作用。大力推进建设,加快创建实验室。(牵头单位:省科技厅)"])).toMatchObject({
      title: "强化辐射带动作用",
      body: "大力推进建设,加快创建实验室。",
    });
  });

  it("takes a heading alone on its line as the title", () => {
    expect(readItemText(["推进东湖科学城建设", "加快建设国家实验室。", "牵头单位:市科技局"])).toMatchObject({
      title: "推进东湖科学城建设",
      body: "加快建设国家实验室。",
    });
  });

  it("gives no title when the first sentence is content, not a heading", () => {
    expect(readItemText(["加快推进重大项目建设,全年完成固定资产投资增长8%左右。(市发改委牵头)"])).toMatchObject({
      title: "",
      body: "加快推进重大项目建设,全年完成固定资产投资增长8%左右。",
    });
    expect(readItemText(["重点支持以下领域:光电子信息、生命健康。"])).toMatchObject({ title: "" });
  });

  it("keeps non-attribution brackets in the body", () => {
    expect(readItemText(["建设飞地园区。推进黄石(武汉)离岸科创园(以下简称“飞地园区”)建设。"]).body).toBe(
      "推进黄石(武汉)离岸科创园(以下简称“飞地园区”)建设。",
    );
  });

  it("joins lines broken mid-sentence and keeps paragraphs apart", () => {
    const read = readItemText(["组织联合攻关。聚焦光电子信息、新能源", "等领域开展攻关。", "支持企业联合高校院所。"]);
    expect(read.paragraphs).toEqual(["组织联合攻关。聚焦光电子信息、新能源等领域开展攻关。", "支持企业联合高校院所。"]);
    expect(read.body).toBe("聚焦光电子信息、新能源等领域开展攻关。\n支持企业联合高校院所。");
  });

  it("merges attributions printed on separate lines", () => {
    const read = readItemText(["推进建设", "牵头单位:市科技局", "责任单位:各区人民政府"]);
    expect(read.attribution?.listed).toEqual([
      { name: "市科技局", role: "lead" },
      { name: "各区人民政府", role: "responsible" },
    ]);
  });

  it("names a heading by its title, or else its first sentence", () => {
    expect(headingOf(readItemText(["科技共兴,持续增强区域创新能力"]))).toBe("科技共兴,持续增强区域创新能力");
    expect(headingOf(readItemText(["到2025年,建成平台100个。"]))).toBe("到2025年,建成平台100个");
  });

  it("tells headings from sentences", () => {
    expect(isShortHeading("促进科技成果跨区域转移转化")).toBe(true);
    expect(isShortHeading("打造“1+8”城市圈协同创新体系")).toBe(true);
    expect(isShortHeading("到2025年,建成平台")).toBe(false);
    expect(isShortHeading("聚焦光电子信息、新能源与智能网联汽车、生命健康、高端装备、北斗、人工智能等领域开展联合攻关")).toBe(false);
  });
});
