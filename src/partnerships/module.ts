import type { AppModule } from "../platform/module.js";
import { partnershipsApi } from "./partnerships.routes.js";

/** Partnerships (tenants), their parties, units and people; the read API. */
export const partnershipsModule: AppModule = { name: "partnerships", api: partnershipsApi };
