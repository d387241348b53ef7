import { createRouter } from "../platform/http/router.js";

/** API routes of the editor module (mounted under /api/v1). */
export const editorApi = createRouter();
