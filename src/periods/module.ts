import type { AppModule } from "../platform/module.js";
import { periodsPages } from "./calendar.pages.js";
import { periodsMessages } from "./periods.messages.js";
import { periodsApi } from "./periods.routes.js";

/** The reporting calendar: a partnership's rhythm (administrator) and each period's deadline (coordinator). */
export const periodsModule: AppModule = {
  name: "periods",
  api: periodsApi,
  pages: periodsPages,
  messages: periodsMessages,
  menu: [
    {
      path: (slug) => `/arbete/${slug}/installningar/rapportering`,
      label: "periods.nav",
      roles: ["administrator"],
      order: 85,
    },
  ],
};
