import type { AppModule } from "../platform/module.js";

/**
 * Partnerships (tenants), their parties, units and people. Their public facts (the read API) are
 * read through the publishing module.
 */
export const partnershipsModule: AppModule = { name: "partnerships" };
