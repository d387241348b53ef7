import { AppError } from "../platform/errors.js";
import type { AppModule } from "../platform/module.js";
import { LOGO_MAX_BYTES } from "./report-defaults.js";
import { reportsMessages } from "./reports.messages.js";
import { reportsPages } from "./reports.pages.js";
import { reportsApi } from "./reports.routes.js";

/** The report-back and period reports: pages, documents and the decision chain. */
export const reportsModule: AppModule = {
  name: "reports",
  api: reportsApi,
  pages: reportsPages,
  messages: reportsMessages,
  /** The logo upload: the file's limit and a little room for the form around it. */
  bodyLimits: [
    {
      path: /^\/arbete\/[^/]+\/rapporter\/standard\/logotyp$/,
      maxBytes: LOGO_MAX_BYTES + 16 * 1024,
      error: () => new AppError("payload_too_large", { entity: "logo", max: LOGO_MAX_BYTES / 1024 }),
    },
  ],
  menu: [{ path: (slug) => `/arbete/${slug}/rapporter`, label: "reports.nav", roles: "all", order: 40 }],
};
