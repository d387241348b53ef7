import { followUpsApi } from "../followups/followups.routes.js";
import { createRouter } from "../platform/http/router.js";

/** API routes of the workspace module (mounted under /api/v1): the follow-up round. */
export const workspaceApi = createRouter().route("/", followUpsApi);
