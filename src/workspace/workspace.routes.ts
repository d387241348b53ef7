import { createRouter } from "../platform/http/router.js";

/** API routes of the workspace module (mounted under /api/v1). */
export const workspaceApi = createRouter();
