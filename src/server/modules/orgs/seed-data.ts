/**
 * Base organisations seeded on first start: the province's departments that lead the plan's tasks, the five city
 * governments, 东湖新技术开发区 (a zone inside 武汉 with no GB/T 2260 code of its own), and a few universities and
 * enterprises. Credit codes appear only where the code is published and checks (shared/domain/vectors.json).
 */
import { CITIES } from "../../../shared/regions.ts";
import type { OrgKind } from "../../../shared/regions.ts";

export type SeedOrg = {
  name: string;
  kind: OrgKind;
  cityCode: string;
  aliases?: string[];
  creditCode?: string;
  isZone?: boolean;
  description?: string;
};

export const PROVINCIAL_DEPARTMENTS: SeedOrg[] = [
  { name: "湖北省科学技术厅", aliases: ["省科技厅"], kind: "provincial_department", cityCode: "420000" },
  { name: "湖北省发展和改革委员会", aliases: ["省发改委", "省发展改革委"], kind: "provincial_department", cityCode: "420000" },
  { name: "湖北省经济和信息化厅", aliases: ["省经信厅"], kind: "provincial_department", cityCode: "420000" },
  { name: "湖北省教育厅", aliases: ["省教育厅"], kind: "provincial_department", cityCode: "420000" },
  { name: "湖北省财政厅", aliases: ["省财政厅"], kind: "provincial_department", cityCode: "420000" },
  { name: "湖北省人力资源和社会保障厅", aliases: ["省人社厅"], kind: "provincial_department", cityCode: "420000" },
  { name: "湖北省自然资源厅", aliases: ["省自然资源厅"], kind: "provincial_department", cityCode: "420000" },
  { name: "湖北省商务厅", aliases: ["省商务厅"], kind: "provincial_department", cityCode: "420000" },
  { name: "湖北省市场监督管理局", aliases: ["省市场监管局"], kind: "provincial_department", cityCode: "420000" },
  { name: "湖北省知识产权局", aliases: ["省知识产权局"], kind: "provincial_department", cityCode: "420000" },
  { name: "湖北省地方金融管理局", aliases: ["省地方金融局", "省地方金融监管局"], kind: "provincial_department", cityCode: "420000" },
  { name: "湖北省科学技术协会", aliases: ["省科协"], kind: "provincial_department", cityCode: "420000" },
];

export const CITY_GOVERNMENTS: SeedOrg[] = CITIES.map((c) => ({
  name: `${c.name}人民政府`,
  aliases: [`${c.name}政府`, c.name],
  kind: "city_government" as const,
  cityCode: c.code,
}));

export const DEMO_ORGS: SeedOrg[] = [
  {
    name: "武汉东湖新技术开发区",
    aliases: ["东湖高新区", "中国光谷", "光谷"],
    kind: "district",
    cityCode: "420100",
    isZone: true,
    description: "国家级高新区，光谷科技创新大走廊核心承载区（开发区，无单独的 GB/T 2260 行政区划代码）",
  },
  { name: "武汉大学", kind: "university", cityCode: "420100" },
  { name: "华中科技大学", kind: "university", cityCode: "420100" },
  { name: "湖北理工学院", kind: "university", cityCode: "420200" },
  { name: "湖北师范大学", kind: "university", cityCode: "420200" },
  { name: "黄冈师范学院", kind: "university", cityCode: "421100" },
  { name: "湖北科技学院", kind: "university", cityCode: "421200" },
  { name: "长飞光纤光缆股份有限公司", aliases: ["长飞光纤"], kind: "enterprise", cityCode: "420100", creditCode: "91420100616400352X" },
  { name: "武汉光庭信息技术股份有限公司", aliases: ["光庭信息"], kind: "enterprise", cityCode: "420100", creditCode: "91420100568359390C" },
];
