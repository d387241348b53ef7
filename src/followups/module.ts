import type { AppModule } from "../platform/module.js";
import { followUpsApi } from "./followups.routes.js";

/** The follow-up round's API: save, submit, approve, return; close and reopen periods. */
export const followUpsModule: AppModule = { name: "followups", api: followUpsApi };
