import type { AppModule } from "../platform/module.js";
import { reportsMessages } from "./reports.messages.js";
import { reportsPages } from "./reports.pages.js";

/** The report-back and period reports: pages, documents and the decision chain. */
export const reportsModule: AppModule = {
  name: "reports",
  pages: reportsPages,
  messages: reportsMessages,
  menu: [{ path: (slug) => `/arbete/${slug}/rapporter`, label: "reports.nav", roles: "all", order: 40 }],
};
