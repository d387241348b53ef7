import type { AppModule } from "../platform/module.js";
import { editorMessages } from "./editor.messages.js";
import { editorPages } from "./editor.pages.js";
import { editorApi } from "./editor.routes.js";
import { SPREADSHEET_UPLOAD_LIMIT } from "./upload-limit.js";

/**
 * Promises and their points: the editor, carry-over and spreadsheets. Their public pages and read
 * API are the publishing module's.
 */
export const promisesModule: AppModule = {
  name: "promises",
  api: editorApi,
  pages: editorPages,
  messages: editorMessages,
  bodyLimits: [SPREADSHEET_UPLOAD_LIMIT],
  menu: [{ path: (slug) => `/arbete/${slug}/loften`, label: "editor.nav", roles: "all", order: 30 }],
};
