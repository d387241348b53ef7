import type { AppModule } from "../platform/module.js";
import { publishingMessages } from "./publishing.messages.js";
import { publishingPages } from "./publishing.pages.js";
import { publishingApi } from "./publishing.routes.js";

/**
 * What residents see: the public pages, the public read API, and the workspace preview of a
 * promise page. The single owner of "what is public" (`publishing.policy.ts`).
 */
export const publishingModule: AppModule = {
  name: "publishing",
  api: publishingApi,
  pages: publishingPages,
  messages: publishingMessages,
};
