import { createRouter } from "../platform/http/router.js";

/** API routes of the reminders module (mounted under /api/v1). */
export const remindersApi = createRouter();
