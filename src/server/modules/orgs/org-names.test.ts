import { describe, expect, it } from "vitest";
import { guessFromName, matchNames, type NamedOrg } from "./org-names.ts";

const org = (id: string, name: string, aliases: string[] = [], status = "active"): NamedOrg => ({ id, name, shortName: null, aliases, status });
const ORGS = [
  org("fgw", "湖北省发展和改革委员会", ["省发展改革委"]),
  org("kjt", "湖北省科学技术厅"),
  org("wh", "武汉市人民政府"),
  org("dup1", "光谷服务中心"),
  org("dup2", "光谷服务中心 "),
  org("old", "湖北省旧机构", [], "archived"),
];

describe("matching printed unit names", () => {
  it("matches by name, alias and the 省 short form of 湖北省", () => {
    const m = matchNames(["湖北省发展和改革委员会", "省发展改革委", "省发展和改革委员会", "省科学技术厅", "武汉市人民政府"], ORGS);
    expect(m.map((x) => x.org?.id)).toEqual(["fgw", "fgw", "fgw", "kjt", "wh"]);
  });
  it("leaves unknown and ambiguous names unmatched, listing candidates", () => {
    const [unknown, ambiguous, archived] = matchNames(["省未知局", "光谷服务中心", "省旧机构"], ORGS);
    expect(unknown?.org).toBeNull();
    expect(ambiguous?.org).toBeNull();
    expect(ambiguous?.candidates.map((c) => c.id)).toEqual(["dup1", "dup2"]);
    expect(archived?.org).toBeNull();
  });
  it("ignores full-width forms and spaces", () => {
    expect(matchNames(["武汉市 人民政府"], ORGS)[0]?.org?.id).toBe("wh");
  });
});

describe("guessing what an unknown name is", () => {
  it.each([
    ["鄂州市人民政府", "city_government", "420700"],
    ["省地震局", "provincial_department", "420000"],
    ["黄冈市科技局", "city_government", "421100"],
    ["武汉东湖新技术开发区管委会", "district", "420100"],
    ["湖北工业大学", "university", "420000"],
    ["咸宁高新区", "district", "421200"],
  ])("%s → %s in %s", (name, kind, cityCode) => {
    expect(guessFromName(name)).toEqual({ kind, cityCode });
  });
});
