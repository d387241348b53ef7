import { createRouter } from "../platform/http/router.js";

/** API routes of the accounts module (mounted under /api/v1). */
export const accountsApi = createRouter();
