/** The orgs module's public surface: its router, and what the platform and other modules may call. */
export { orgRoutes } from "./routes.ts";
export { loadMemberships } from "./service/users.ts";
export { findVisibleOrg } from "./service/organisations.ts";
export { seedBaseData } from "./seed.ts";
export { ensureAdmin, provisionUser, type ProvisionInput } from "./service/provision.ts";
export { organisations, regions, memberships } from "./schema.ts";
export { matchOrganisationNames, createPendingOrganisation, onOrganisationMerge, type MergeHook, type NameMatch } from "./service/names.ts";
export { orgAbilities } from "./policy.ts";
export { ensureOrganisationsByName, insertEnterpriseOrganisations, organisationById, organisationsByCreditCode, setOrganisationDistrict, type EnterpriseOrg, type EnterpriseOrgInput, type NamedOrgInput } from "./service/enterprise-orgs.ts";
