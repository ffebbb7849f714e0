import { describe, expect, it } from "vitest";
import { removeChrome } from "./chrome.ts";
import { toSourceLines } from "./normalize.ts";

const kept = (text: string) => removeChrome(toSourceLines(text)).map((l) => l.text);

describe("page chrome", () => {
  it.each([
    "首页 > 政务公开 > 政府文件",
    "当前位置:首页 > 政策文件",
    "首页 | 机构概况 | 政务公开 | 互动交流",
    "索引号:011043386/2023-04528",
    "发文机关:湖北省人民政府办公厅",
    "成文日期:2023年05月10日",
    "主题分类:科技",
    "【字号:大 中 小】",
    "字体:[大 中 小]",
    "打印本页 关闭窗口",
    "【打印】【关闭】",
    "点击上方蓝字关注我们",
    "点击蓝字 关注我们",
    "来源:湖北日报",
    "编辑:张三 审核:李四",
    "发布时间:2023-06-01 浏览次数:1024",
    "时间:2023-04-29 【转载】",
    "阅读原文",
    "分享到:",
    "版权所有:湖北省人民政府办公厅",
    "Copyright 2019 All rights reserved.",
    "鄂ICP备05003305号",
    "鄂公网安备 42010602000001号",
    "网站标识码:4200000001",
    "技术支持: 某某科技 | 管理登录",
    "扫一扫在手机打开当前页",
    "在看",
    "发布单位: | 市科技局 |",
    "|||||||||||",
    "————————",
  ])("removes %s", (line) => {
    expect(kept(`${line}\n正文。`)).toEqual(["正文。"]);
  });

  it("removes a metadata label printed alone together with its value on the next line", () => {
    expect(kept("索引号\n011043386/2023-04528\n发文机关\n湖北省人民政府办公厅\n正文。")).toEqual(["正文。"]);
  });

  it("keeps plan sentences that mention the same words", () => {
    const text = "为企业提供技术支持。\n(三)强化技术支持\n加强知识产权保护,维护版权所有人权益。";
    expect(kept(text)).toEqual(["为企业提供技术支持。", "(三)强化技术支持", "加强知识产权保护,维护版权所有人权益。"]);
  });

  it("drops the page footer once the plan's items have begun", () => {
    expect(kept("一、任务\n1.建设平台。\n相关链接\n1.关于印发另一方案的通知")).toEqual(["一、任务", "1.建设平台。"]);
    expect(kept("打印本页\n标题方案\n一、任务")).toEqual(["标题方案", "一、任务"]);
  });

  it("marks a line whose neighbour above was removed or blank", () => {
    const lines = removeChrome(toSourceLines("甲\n来源:某网\n乙\n丙\n\n丁"));
    expect(lines.map((l) => [l.text, l.gapAbove])).toEqual([
      ["甲", false],
      ["乙", true],
      ["丙", false],
      ["丁", true],
    ]);
  });
});
