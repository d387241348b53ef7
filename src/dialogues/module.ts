import type { AppModule } from "../platform/module.js";
import { dialoguesMessages } from "./dialogues.messages.js";
import { dialoguesPages } from "./dialogues.pages.js";
import { dialoguesApi } from "./dialogues.routes.js";

/**
 * Dialogues (medarbetardialog, medborgardialog): the evidence behind the promise's points —
 * participants counted by gender and age (never named), findings linked to points ("varför den
 * här punkten"), återkoppling to the participants. Residents see the findings behind a public
 * promise's points through the publishing boundary (publishing/public-reasons.ts).
 */
export const dialoguesModule: AppModule = {
  name: "dialogues",
  api: dialoguesApi,
  pages: dialoguesPages,
  messages: dialoguesMessages,
  menu: [{ path: (slug) => `/arbete/${slug}/dialoger`, label: "dialogues.nav", roles: "all", order: 35 }],
};
