import { describe, expect, it } from "vitest";
import { removeChrome } from "./chrome.ts";
import { toSourceLines } from "./normalize.ts";
import { findTitle } from "./title.ts";

const titleOf = (text: string) => findTitle(removeChrome(toSourceLines(text)));

describe("the plan's title", () => {
  it("is the line above the body that ends the way plan titles end", () => {
    expect(titleOf("关于加快建设科技强省的若干措施\n为加快建设,制定以下措施。\n一、任务")).toEqual({
      title: "关于加快建设科技强省的若干措施",
      bodyStart: 1,
    });
  });

  it("joins a title broken over two lines", () => {
    expect(titleOf("加快推进光谷科技创新大走廊协同创新\n高质量发展行动方案(2023—2025年)\n一、总体要求").title).toBe(
      "加快推进光谷科技创新大走廊协同创新高质量发展行动方案(2023—2025年)",
    );
  });

  it("joins the edition printed on its own line under the title", () => {
    expect(titleOf("鄂州市科技创新行动计划\n(2023-2025年)\n一、目标").title).toBe("鄂州市科技创新行动计划(2023-2025年)");
    expect(titleOf("湖北省科技创新条例实施办法\n(试行)\n一、总则").title).toBe("湖北省科技创新条例实施办法(试行)");
  });

  it("joins across blank lines only when the whole page is double-spaced", () => {
    expect(titleOf("鄂州市科技创新行动计划\n\n(2023-2025年)\n\n为…,制定本计划。\n\n一、目标").title).toBe(
      "鄂州市科技创新行动计划(2023-2025年)",
    );
    expect(titleOf("通知公告栏目说明文字\n\n某市科技创新行动计划\n为…,制定本计划。\n一、目标").title).toBe("某市科技创新行动计划");
  });

  it("prefers the plan's own title to the page heading above it and to a pasted notice", () => {
    const page = [
      "首页 > 文件 > 湖北省促进科技成果转化若干举措实施方案",
      "湖北省促进科技成果转化若干举措实施方案",
      "发布时间:2023-05-10",
      "省人民政府办公厅关于印发湖北省促进科技成果转化若干举措实施方案的通知",
      "各市、州、县人民政府,省政府各部门:",
      "《湖北省促进科技成果转化若干举措实施方案》已经省人民政府同意,现印发给你们,请认真组织实施。",
      "湖北省人民政府办公厅",
      "2023年5月10日",
      "湖北省促进科技成果转化",
      "若干举措实施方案",
      "一、总体目标",
    ].join("\n");
    // The breadcrumb and the 发布时间 line are chrome, so the body starts at the ninth kept line.
    expect(titleOf(page)).toEqual({ title: "湖北省促进科技成果转化若干举措实施方案", bodyStart: 8 });
  });

  it("does not take a notice's title broken over lines for the plan's", () => {
    const text = "省科技厅关于印发武汉科技创新\n行动方案的通知\n各市州:\n现印发给你们。\n武汉科技创新行动方案\n一、任务";
    expect(titleOf(text).title).toBe("武汉科技创新行动方案");
  });

  it("does not join a site name, a signature or a date to the title", () => {
    expect(titleOf("湖北省人民政府门户网站\n关于支持企业创新的若干措施\n一、任务").title).toBe("关于支持企业创新的若干措施");
    expect(titleOf("湖北省科学技术厅\n支持企业创新的若干措施\n一、任务").title).toBe("支持企业创新的若干措施");
    expect(titleOf("2023年5月10日\n关于支持企业创新的若干措施\n一、任务").title).toBe("关于支持企业创新的若干措施");
  });

  it("joins an issuer printed above a title that starts with 关于", () => {
    expect(titleOf("武汉市人民政府\n关于加快科技创新的实施意见\n一、任务").title).toBe("武汉市人民政府关于加快科技创新的实施意见");
  });

  it("falls back to the plan named by the pasted notice when the plan's own title is missing", () => {
    const text = "省人民政府办公厅关于印发《湖北省科技强省建设行动方案》的通知\n各市州:\n现印发给你们。\n一、任务";
    expect(titleOf(text)).toEqual({ title: "湖北省科技强省建设行动方案", bodyStart: 1 });
  });

  it("looks for the plan after the signature of a notice that numbers its own paragraphs", () => {
    const text = [
      "市政府办公厅关于印发2020年重点工作责任分解的通知",
      "各区人民政府,市政府各部门:",
      "《2020年重点工作责任分解》已经市政府同意,现印发给你们,请结合以下要求认真贯彻执行。",
      "一、各级各部门要提高站位,强化责任,确保各项年度目标任务圆满完成。",
      "二、责任分解中,列第一位的责任单位为牵头单位。",
      "市政府办公厅",
      "2020年5月20日",
      "2020年重点工作责任分解",
      "一、稳定经济增长",
    ].join("\n");
    expect(titleOf(text)).toEqual({ title: "2020年重点工作责任分解", bodyStart: 8 });
    expect(titleOf(text.replace("\n2020年重点工作责任分解", ""))).toEqual({ title: "2020年重点工作责任分解", bodyStart: 7 });
  });

  it("does not take a date at the end of the plan for a notice's signature", () => {
    const text = "省科技厅关于印发科技强省行动方案的通知\n各市州:\n科技强省行动方案\n一、任务\n1.建设平台。\n2023年5月10日";
    expect(titleOf(text)).toEqual({ title: "科技强省行动方案", bodyStart: 3 });
  });

  it("takes the nearest heading-like line above the preamble when no line ends like a plan title", () => {
    const text = "文章\n搜索\n光谷科技创新大走廊\n协同创新三年行动\n2023年5月10日\n为加快建设,制定本行动。\n一、任务";
    expect(titleOf(text)).toEqual({ title: "光谷科技创新大走廊协同创新三年行动", bodyStart: 4 });
  });

  it("is empty when nothing precedes the first item", () => {
    expect(titleOf("一、任务\n1.建设平台。")).toEqual({ title: "", bodyStart: 0 });
  });
});
