import { Hono } from "hono";
import type { AppEnv } from "../platform/http/env.js";
import { createRouter } from "../platform/http/router.js";
import type { AppModule } from "../platform/module.js";
import { editorMessages } from "./editor.messages.js";
import { editorPages } from "./editor.pages.js";
import { editorApi } from "./editor.routes.js";
import { translationsMessages } from "./translations.messages.js";
import { translationsPages } from "./translations.pages.js";
import { translationsApi } from "./translations.routes.js";
import { SPREADSHEET_UPLOAD_LIMIT } from "./upload-limit.js";

/**
 * Promises and their points: the editor, carry-over, spreadsheets and translations of the public texts. Their public pages and read
 * API are the publishing module's.
 */
export const promisesModule: AppModule = {
  name: "promises",
  api: createRouter().route("/", editorApi).route("/", translationsApi),
  pages: new Hono<AppEnv>().route("/", editorPages).route("/", translationsPages),
  messages: {
    sv: { ...editorMessages.sv, ...translationsMessages.sv },
    en: { ...editorMessages.en, ...translationsMessages.en },
  },
  bodyLimits: [SPREADSHEET_UPLOAD_LIMIT],
  menu: [{ path: (slug) => `/arbete/${slug}/loften`, label: "editor.nav", roles: "all", order: 30 }],
};
