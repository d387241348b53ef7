import type { AppModule } from "../platform/module.js";
import { systemMessages } from "./system.messages.js";
import { systemPages } from "./system.pages.js";
import { systemApi } from "./system.routes.js";

/**
 * The installation's administration: system administrators set up partnerships and invite their
 * first administrators (/arbete/system and /api/v1/system/…). Mounted before the workspace.
 */
export const systemModule: AppModule = {
  name: "system",
  api: systemApi,
  pages: systemPages,
  messages: systemMessages,
};
