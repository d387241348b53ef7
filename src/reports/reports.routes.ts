import { createRouter } from "../platform/http/router.js";

/** API routes of the reports module (mounted under /api/v1). */
export const reportsApi = createRouter();
