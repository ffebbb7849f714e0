/**
 * The marketplace's first-response promise (issue #5): a published demand that no provider has answered within
 * SLA_HOURS is flagged to the service agencies of its city. The server flags and reports by it; the demand's page
 * runs its clock by it.
 */
export const SLA_HOURS = 48;
