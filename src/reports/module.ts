import type { AppModule } from "../platform/module.js";
import { reportsMessages } from "./reports.messages.js";
import { reportsPages } from "./reports.pages.js";
import { reportsApi } from "./reports.routes.js";

/** The report-back and period reports: pages, documents and the decision chain. */
export const reportsModule: AppModule = {
  name: "reports",
  api: reportsApi,
  pages: reportsPages,
  messages: reportsMessages,
  menu: [{ path: (slug) => `/arbete/${slug}/rapporter`, label: "reports.nav", roles: "all", order: 40 }],
};
