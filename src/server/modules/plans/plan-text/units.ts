/**
 * Unit lists as plans print them. Names are kept as printed (matching 省发改委 to 湖北省发展和改革委员会 is the
 * import step's job); this file only decides where one name ends and the next begins:
 * - 、 , ; separate names, but not inside brackets: 省市场监管局(省知识产权局) and 各县(市、区)人民政府 are one each;
 * - a suffix printed once is shared: 武汉市、鄂州市、黄石市人民政府 is three governments;
 * - a collective stays one unit: 各市、州、直管市人民政府 names one set of governments, not 各市 and 州.
 */
import { splitOutsideBrackets } from "./brackets.ts";

/** Endings of organisation names (厅, 局, 委, 人民政府, 管委会, 中心, 大学 …) and of the places that act as units. */
const ORG_ENDING =
  /(厅|局|委|办|会|部|院|中心|公司|集团|银行|分行|支行|所|校|大学|学院|处|室|站|台|馆|社|团|队|署|司|关|府|市|区|州|县|省|镇|乡|街道|单位|部门|机构|企业|高校|园区|实验室|联|协|盟|组|庭|基地|各地)$/;

/**
 * What marks a phrase as an explanation or a clause, not a name: (以下简称“飞地园区”), (含…),
 * (支持武汉牵头建设平台).
 */
const NOT_A_NAME = /[。,;:“”"《》!?\d]|以下|简称|包括|含|即|其中|等等|方面|支持|加快|加强|牵头|负责|参与|配合|涉及|不再|具体|分工/;

/** Whether the text could be a name at all: short, and no sentence or explanation in it. */
export function couldBeUnit(name: string): boolean {
  return name.length >= 2 && name.length <= 40 && !NOT_A_NAME.test(name);
}

/** Whether the text reads as one organisation's name (the bracket of 省市场监管局(省知识产权局) aside). */
export function looksLikeUnit(name: string): boolean {
  return couldBeUnit(name) && ORG_ENDING.test(name.replace(/\([^()]*\)$/, ""));
}

/** Kinds of place a collective counts over: 各市、州、直管市; 各区、县级市; 各县(市、区). */
const PLACE_KIND = "(?:省直管市|县级市|直管市|自治州|自治县|市州|县市区|县区|市区|乡镇|街道|林区|新区|开发区|高新区|功能区|园区|市|州|县|区|乡|镇|\\([^()]*\\))";
const PLACE_KINDS_ONLY = new RegExp(`^各?${PLACE_KIND}+$`);
/**
 * The member that closes a collective: 直管市人民政府, 县级市人民政府, or a named place's government in
 * 各市、州、直管市、神农架林区人民政府 (the province's usual way to address every local government at once).
 */
const PLACE_KINDS_THEN_GOVERNMENT = new RegExp(
  `^(${PLACE_KIND}+|[\u4e00-\u9fff]{2,8}(林区|区|县|市|州))(人民政府|政府|管委会|管理委员会|党委|党工委|人大常委会|政协)$`,
);

/** Suffixes that fit a city, county and district alike, so they may be shared across mixed kinds of place. */
const ANY_PLACE_SUFFIX = /^(人民政府|政府|党委|人大常委会|政协)$/;

/** A named place standing alone: 鄂州市, 东湖高新区 (not 各区, which is a collective). */
const BARE_PLACE = /^(?!各|有关|相关|省直|市直)[\u4e00-\u9fff]{1,12}(省|市|州|县|区|旗|盟)$/;
const PLACE_CHARS = "省市州县区旗盟";

/** Joins each collective back into one name: 各市 ‧ 州 ‧ 直管市人民政府 → 各市、州、直管市人民政府. */
function joinCollectives(names: string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < names.length; ) {
    let end = i + 1;
    if (names[i]?.startsWith("各") && PLACE_KINDS_ONLY.test(names[i] ?? "")) {
      const member = (n: string | undefined) => n !== undefined && !n.startsWith("各");
      while (member(names[end]) && PLACE_KINDS_ONLY.test(names[end] ?? "")) end += 1;
      if (member(names[end]) && PLACE_KINDS_THEN_GOVERNMENT.test(names[end] ?? "")) end += 1;
    }
    joined.push(names.slice(i, end).join("、"));
    i = end;
  }
  return joined;
}

/**
 * Splits "黄冈市人民政府" into place and suffix, preferring the kind of place the bare names before it end with
 * (so 鄂州市市场监管局 is 鄂州市 + 市场监管局, not 鄂州 + 市市场监管局).
 */
function splitPlaceSuffix(name: string, kind: string): { place: string; suffix: string } | null {
  const candidates = [name.indexOf(kind, 2), ...[...PLACE_CHARS].map((c) => name.indexOf(c, 2))];
  for (const at of candidates) {
    if (at < 2 || at >= name.length - 1) continue;
    const suffix = name.slice(at + 1);
    const sameKind = name[at] === kind;
    if (looksLikeUnit(suffix) && (sameKind || ANY_PLACE_SUFFIX.test(suffix))) {
      return { place: name.slice(0, at + 1), suffix };
    }
  }
  return null;
}

/** Gives bare places the suffix of the name that closes their run: 东湖高新区、武汉经开区管委会 → two 管委会. */
function shareSuffixes(names: string[]): string[] {
  const result: string[] = [];
  let pending: string[] = [];
  for (const name of names) {
    if (BARE_PLACE.test(name)) {
      pending.push(name);
      continue;
    }
    const kind = pending[pending.length - 1]?.slice(-1) ?? "";
    const split = pending.length > 0 ? splitPlaceSuffix(name, kind) : null;
    result.push(...pending.map((p) => (split && (p.endsWith(kind) || ANY_PLACE_SUFFIX.test(split.suffix)) ? p + split.suffix : p)), name);
    pending = [];
  }
  return [...result, ...pending];
}

/** Removes what surrounds a name in a list: 由省科技厅 → 省科技厅, 省财政厅等 → 省财政厅. */
function cleanName(name: string): string {
  const trimmed = name.replace(/^(由|请)/, "").replace(/[。.,;:\s]+$/, "");
  const withoutEtc = trimmed.replace(/等((有关|相关)?(部门|单位))?$/, "");
  return withoutEtc.length >= 2 ? withoutEtc : trimmed;
}

/** 省教育厅和省科技厅 is two names; 省人力资源和社会保障厅 is one (its first half is not a name). */
function splitConjunctions(name: string): string[] {
  const parts = name.split(/和|及|与/);
  return parts.length > 1 && parts.every(looksLikeUnit) ? parts : [name];
}

/** The names in a printed unit list, in printed order, each once. */
export function splitUnitList(text: string): string[] {
  const units: string[] = [];
  for (const group of splitOutsideBrackets(text, ",;")) {
    const names = splitOutsideBrackets(group, "、").map(cleanName).flatMap(splitConjunctions).filter((n) => n !== "");
    units.push(...shareSuffixes(joinCollectives(names)));
  }
  return [...new Set(units)];
}
