/**
 * Page chrome: what the web page around a plan adds when it is copied (site navigation, breadcrumbs, the
 * 索引号/发文机关/成文日期 block, 字号 大中小, 打印本页 关闭窗口, WeChat's 点击上方蓝字关注我们 and 阅读原文,
 * 来源/编辑/审核 lines, 版权所有 and ICP lines). Recognised by the words sites use, never by a site's name.
 */
import { readNumbering } from "./numbering.ts";
import type { SourceLine } from "./normalize.ts";

export type KeptLine = SourceLine & {
  /** A blank line or removed chrome stood directly above: the line does not continue the one before. */
  gapAbove: boolean;
};

/** Labels of the metadata block government sites print above a document. */
const METADATA_LABEL =
  /^(索引号|信息索引号|发文机关|发布机构|发布机关|发布单位|发布部门|成文日期|发文日期|发布日期|印发日期|生效日期|废止日期|主题分类|主题词|体裁分类|组配分类|服务对象|文号|发文字号|有效性|时效性|效力状态|信息名称|公开方式|公开范围|公开日期|信息类别|所属主题|所属机构|标题|名称|分类|文种)(?=$|[:\s])/;

/** Byline and counter lines: 来源:… 编辑:… 审核:… 浏览次数:… */
const BYLINE =
  /(^|\s)(来源|来 源|文章来源|信息来源|稿件来源|编辑|责任编辑|审核|审校|校对|初审|复审|终审|作者|记者|通讯员|供稿|撰稿|摄影|发布时间|发布日期|时间|日期|浏览次数|浏览量|点击数|点击量|阅读量|阅读次数|访问量)\s*:/;

/** Words that only page furniture uses; a line holding one and no full sentence is chrome. */
const FURNITURE =
  /打印本页|打印此页|关闭窗口|关闭本页|【打印】|【关闭】|\[打印\]|\[关闭\]|点击.{0,6}关注|关注我们|阅读原文|长按.{0,8}二维码|扫一扫|分享到|返回顶部|上一篇|下一篇|网站地图|联系我们|友情链接|版权所有|copyright|©|all rights reserved|icp备|icp证|公网安备|网站标识码|网站识别码|当前位置|您的位置|所在位置|现在的位置|技术支持\s*:|主办单位\s*:|主办\s*:|承办\s*:|【转载】|\[转载\]|【原创】|大\s*中\s*小|^(字号|字体)\s*:?/i;

/** WeChat and share-bar buttons that stand alone on a line. */
const BUTTON = /^(赞|在看|分享|收藏|点赞|留言|写留言|阅读|喜欢|推荐|打印|关闭|首页|返回|更多|预览时标签不可点|微信扫一扫关注该公众号|知道了|取消|允许)$/;

/** A breadcrumb: 首页 > 政务公开 > … or 当前位置. */
const BREADCRUMB = /^首页\s*(>|»|›|\/|-|\|)|(>|»|›).*(>|»|›)/;

/**
 * Lines that open the page's footer: once the plan's numbered items have begun, nothing after them is the plan
 * (a 相关链接 list may even hold numbered titles of other documents).
 */
const FOOTER_START =
  /^(相关链接|相关阅读|相关文章|相关新闻|相关文件|相关政策|相关解读|延伸阅读|推荐阅读|往期推荐|往期回顾|上一篇|下一篇|【?打印本页|关闭窗口|版权所有|copyright|©|网站地图|主办单位|扫一扫在手机|end$)/i;

export function isChromeLine(line: SourceLine): boolean {
  if (readNumbering(line.text)) return false;
  const spaced = line.spaced;
  if (METADATA_LABEL.test(spaced) || BYLINE.test(spaced) || BREADCRUMB.test(spaced) || BUTTON.test(line.text)) return true;
  // Table rules and separators left by a copied layout (|||||, ———, ***).
  if (!/[\p{L}\p{N}]/u.test(line.text)) return true;
  // A sentence of the plan may mention 技术支持 or 版权; page furniture never ends a sentence.
  return FURNITURE.test(spaced) && !/。/.test(spaced);
}

/** A metadata label alone on its line (索引号 ⏎ 011043386/2023-04528): the next line is its value. */
function isBareMetadataLabel(line: SourceLine): boolean {
  return METADATA_LABEL.test(line.spaced) && !/[:\s]/.test(line.spaced);
}

export function removeChrome(lines: SourceLine[]): KeptLine[] {
  const kept: KeptLine[] = [];
  let removedAbove = false;
  let valueExpected = false;
  let itemsBegun = false;
  for (const line of lines) {
    if (itemsBegun && FOOTER_START.test(line.spaced)) break;
    itemsBegun ||= readNumbering(line.text) !== null;
    const bareLabel = isBareMetadataLabel(line);
    if (bareLabel || valueExpected || isChromeLine(line)) {
      valueExpected = bareLabel;
      removedAbove = true;
      continue;
    }
    kept.push({ ...line, gapAbove: line.blankAbove || removedAbove });
    removedAbove = false;
  }
  return kept;
}
