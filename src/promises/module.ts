import type { AppModule } from "../platform/module.js";
import { editorMessages } from "./editor.messages.js";
import { editorPages } from "./editor.pages.js";
import { editorApi } from "./editor.routes.js";
import { promisesApi } from "./promises.routes.js";
import { promisesPages } from "./promises.pages.js";

/** Promises and their points: the read API, the public pages, the editor, carry-over and spreadsheets. */
export const promisesModule: AppModule = {
  name: "promises",
  api: promisesApi.route("/", editorApi),
  pages: promisesPages.route("/", editorPages),
  messages: editorMessages,
  menu: [{ path: (slug) => `/arbete/${slug}/loften`, label: "editor.nav", roles: "all", order: 30 }],
};
