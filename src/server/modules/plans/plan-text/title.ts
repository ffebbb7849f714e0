/**
 * The document's own title: the plan's name as printed above its body, joined when a long title is broken over
 * lines. Not the site's name, not the breadcrumb (both are chrome by then), not the wrapper 《…关于印发…的通知》.
 * The title is the last line before the first numbered item that ends the way plan titles end (…方案, …措施,
 * …分解, optionally with (2023—2025年)); the page's own heading repeats it higher up, which is why the last wins.
 * A pasted notice may number its own paragraphs (一、请各地…); its signature's date marks where the plan begins.
 */
import type { KeptLine } from "./chrome.ts";
import { readNumbering } from "./numbering.ts";

export type TitleFound = {
  title: string;
  /** Index of the first line after the title: where the preamble or the first item starts. */
  bodyStart: number;
};

const GENRE_ENDING = /(方案|措施|意见|计划|规划|要点|清单|办法|细则|分解|分工|纲要|举措|安排|指引|条例|规定|决定|任务)$/;
const TRAILING_BRACKETS = /(\([^()]*\))+$/;
const EDITION_BRACKET = /^\((\d{4}[—\-–~至到]+\d{4}年?|\d{4}(年)?(版|修订)?|试行|暂行|修订|修订版|征求意见稿|送审稿)\)$/;
const WRAPPER = /关于印发|印发.*的通知$|的通知$/;
const MAX_FRAGMENTS = 2;

function unquote(text: string): string {
  return text.replace(/^《(.*)》$/, "$1");
}

function isTitleLine(lines: KeptLine[], at: number): boolean {
  const text = unquote(lines[at]?.text ?? "");
  const next = lines[at + 1]?.text ?? "";
  return (
    !readNumbering(text) &&
    text.length >= 4 &&
    text.length <= 80 &&
    !/[。!?;]/.test(text) &&
    !/^附件/.test(text) &&
    !WRAPPER.test(text) &&
    !/^的通知/.test(next) &&
    GENRE_ENDING.test(text.replace(TRAILING_BRACKETS, ""))
  );
}

/** Whether the line continues onto the next without a break the layout would show. */
function joinsNext(line: KeptLine, next: KeptLine, doubleSpaced: boolean): boolean {
  return !next.gapAbove || (doubleSpaced && next.blankAbove);
}

/** A line that could be (part of) a heading: no sentence, no date, no document number, no signature, no site name. */
function isHeadingLike(text: string, next: string, maxLength: number): boolean {
  const issuer = /(办公厅|办公室|人民政府|委员会|管委会|厅|局|委)$/.test(text) && !/^关于/.test(next);
  const siteName = /(网|网站|门户|官网|平台|客户端|公众号|首页|专栏|频道)$|[|/]/.test(text);
  return (
    text.length >= 6 &&
    text.length <= maxLength &&
    !/[。!?;:]/.test(text) &&
    !/^[《(—附]/.test(text) &&
    !readNumbering(text) &&
    !WRAPPER.test(text) &&
    !/\d{4}年\d{1,2}月|\d{4}-\d{1,2}-\d{1,2}|〔\d{4}〕|\[\d{4}\]|\d+号$/.test(text) &&
    !issuer &&
    !siteName
  );
}

/** The first half of a title broken over two lines (加快推进光谷科技创新大走廊协同创新 ⏎ 高质量发展行动方案). */
function isFragment(text: string, next: string): boolean {
  return isHeadingLike(text, next, 40) && !GENRE_ENDING.test(text.replace(TRAILING_BRACKETS, ""));
}

function titleAround(lines: KeptLine[], at: number, doubleSpaced: boolean): TitleFound {
  let first = at;
  while (first > 0 && at - first < MAX_FRAGMENTS) {
    const above = lines[first - 1];
    const current = lines[first];
    if (!above || !current || !joinsNext(above, current, doubleSpaced) || !isFragment(above.text, current.text)) break;
    first -= 1;
  }
  let last = at;
  const editionAfter = (i: number) => {
    const current = lines[i];
    const next = lines[i + 1];
    return !!current && !!next && joinsNext(current, next, doubleSpaced) && EDITION_BRACKET.test(next.text);
  };
  while (editionAfter(last)) last += 1;
  const title = lines
    .slice(first, last + 1)
    .map((l) => unquote(l.text))
    .join("");
  return { title, bodyStart: last + 1 };
}

/** The title named by a pasted notice (关于印发《X》的通知 → X); the plan starts after the notice. */
function titleFromWrapper(lines: KeptLine[], start: number, end: number): TitleFound | null {
  for (let i = 0; i < end; i += 1) {
    const named = /印发(.+?)的通知/.exec(lines[i]?.text ?? "")?.[1];
    if (named) return { title: unquote(named), bodyStart: Math.max(start, i + 1) };
  }
  return null;
}

/** A notice's signature date: 2023年5月10日, possibly after the issuer on the same line. */
const SIGNATURE_DATE = /^[^。,;:]{0,30}\d{4}年\d{1,2}月\d{1,2}日$/;
/** A notice is short; a date further down belongs to the plan. */
const NOTICE_MAX_LINES = 30;

/**
 * Where the plan may begin: after the signature date of a notice pasted before the first item. A title-like line
 * before any date means the notice went unsigned, and the plan is looked for as usual.
 */
function planStart(lines: KeptLine[]): number {
  const firstItem = lines.findIndex((l) => readNumbering(l.text) !== null);
  const before = firstItem < 0 ? lines.length : firstItem;
  const notice = lines.slice(0, before).findLastIndex((l) => WRAPPER.test(l.text));
  if (notice < 0) return 0;
  for (let i = notice + 1; i < Math.min(lines.length, notice + NOTICE_MAX_LINES); i += 1) {
    if (SIGNATURE_DATE.test(lines[i]?.text ?? "")) return i + 1;
    if (isTitleLine(lines, i)) return 0;
  }
  return 0;
}

export function findTitle(lines: KeptLine[]): TitleFound {
  const start = planStart(lines);
  const firstItem = lines.findIndex((l, i) => i >= start && readNumbering(l.text) !== null);
  const end = firstItem < 0 ? lines.length : firstItem;
  const doubleSpaced = lines.filter((l) => l.blankAbove).length > lines.length * 0.6;
  for (let i = end - 1; i >= start; i -= 1) {
    if (isTitleLine(lines, i)) return titleAround(lines, i, doubleSpaced);
  }
  const wrapper = titleFromWrapper(lines, start, end);
  if (wrapper) return wrapper;
  // A title that ends some other way (…三年行动): the nearest heading-like line above the preamble.
  for (let i = end - 1; i >= start; i -= 1) {
    if (isHeadingLike(lines[i]?.text ?? "", lines[i + 1]?.text ?? "", 80)) return titleAround(lines, i, doubleSpaced);
  }
  return { title: "", bodyStart: start };
}
