/** Request and response schemas of the orgs module; they validate and they make the OpenAPI document. */
import { z, addMessageIssue, CreditCode } from "../../platform/validation.ts";
import { isRegionCode, ORG_KINDS } from "../../../shared/regions.ts";
import { ROLES } from "../../platform/context.ts";
import { PageQuery } from "../../platform/http.ts";



const RegionCode = z.string().superRefine((value, ctx) => {
  if (!isRegionCode(value)) addMessageIssue(ctx, { key: "org.city_unknown", params: { value } });
});

const optionalText = (max: number) => z.string().trim().max(max).nullish();

export const OrgCreate = z
  .object({
    name: z.string().trim().min(2).max(100),
    shortName: optionalText(50),
    aliases: z.array(z.string().trim().min(1).max(100)).max(20).optional(),
    kind: z.enum(ORG_KINDS),
    cityCode: RegionCode,
    districtCode: z.string().regex(/^\d{6}$/).nullish(),
    isZone: z.boolean().optional(),
    creditCode: CreditCode.nullish(),
    parentId: z.uuid().nullish(),
    address: optionalText(200),
    contactName: optionalText(50),
    contactPhone: z.string().trim().regex(/^[0-9+\-() ]{5,30}$/).nullish(),
    website: z.url().max(200).nullish(),
    description: optionalText(2000),
  })
  .openapi("OrganisationCreate");
export type OrgCreate = z.infer<typeof OrgCreate>;

export const OrgUpdate = OrgCreate.partial()
  .extend({ status: z.enum(["active", "pending", "archived"]).optional() })
  .openapi("OrganisationUpdate");
export type OrgUpdate = z.infer<typeof OrgUpdate>;

export const Organisation = z
  .object({
    id: z.string(),
    name: z.string(),
    shortName: z.string().nullable(),
    aliases: z.array(z.string()),
    kind: z.string(),
    cityCode: z.string(),
    districtCode: z.string().nullable(),
    isZone: z.boolean(),
    creditCode: z.string().nullable(),
    parentId: z.string().nullable(),
    status: z.string(),
    address: z.string().nullable(),
    contactName: z.string().nullable(),
    contactPhone: z.string().nullable(),
    website: z.string().nullable(),
    description: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    abilities: z.object({ read: z.boolean(), update: z.boolean() }).optional(),
  })
  .openapi("Organisation");
export type Organisation = z.infer<typeof Organisation>;

export const OrgListQuery = PageQuery.extend({
  kind: z.enum(ORG_KINDS).optional(),
  cityCode: RegionCode.optional(),
  status: z.enum(["active", "pending", "archived"]).optional(),
});
export type OrgListQuery = z.infer<typeof OrgListQuery>;

export const Region = z.object({ code: z.string(), name: z.string(), nameEn: z.string(), level: z.string() }).openapi("Region");

export const HistoryEvent = z
  .object({
    id: z.number(),
    occurredAt: z.string(),
    actorName: z.string(),
    action: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    clientIp: z.string().nullable(),
  })
  .openapi("HistoryEvent");

const Username = z.string().trim().superRefine((value, ctx) => {
  if (!/^[A-Za-z][A-Za-z0-9_.-]{2,31}$/.test(value)) addMessageIssue(ctx, { key: "field.username", params: {} });
});

export const MembershipInput = z.object({ orgId: z.uuid(), role: z.enum(ROLES) }).openapi("MembershipInput");
export type MembershipInput = z.infer<typeof MembershipInput>;

export const UserCreate = z
  .object({
    username: Username,
    displayName: z.string().trim().min(1).max(50),
    password: z.string().min(1).max(128),
    memberships: z.array(MembershipInput).max(20).default([]),
  })
  .openapi("UserCreate");
export type UserCreate = z.infer<typeof UserCreate>;

export const UserUpdate = z
  .object({ displayName: z.string().trim().min(1).max(50).optional(), disabled: z.boolean().optional() })
  .openapi("UserUpdate");
export type UserUpdate = z.infer<typeof UserUpdate>;

export const MembershipView = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  orgKind: z.string(),
  cityCode: z.string(),
  role: z.string(),
});

export const User = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    disabled: z.boolean(),
    lockedUntil: z.string().nullable(),
    createdAt: z.string(),
    memberships: z.array(MembershipView),
  })
  .openapi("User");
export type User = z.infer<typeof User>;

export const UserListQuery = PageQuery.extend({ orgId: z.uuid().optional() });
export type UserListQuery = z.infer<typeof UserListQuery>;

export const MergeBody = z.object({ intoId: z.uuid() }).openapi("OrganisationMerge");
