import type { AppModule } from "../platform/module.js";
import { accountsMessages } from "./accounts.messages.js";
import { accountsPages } from "./accounts.pages.js";
import { accountsApi } from "./accounts.routes.js";

/** Accounts, sign-in, sessions, API tokens and account administration. */
export const accountsModule: AppModule = {
  name: "accounts",
  api: accountsApi,
  pages: accountsPages,
  messages: accountsMessages,
  menu: [
    {
      path: (slug) => `/arbete/${slug}/konton`,
      label: "accounts.nav.accounts",
      roles: ["administrator"],
      order: 90,
    },
    {
      path: (slug) => `/arbete/${slug}/inloggning`,
      label: "accounts.nav.signIn",
      roles: ["administrator"],
      order: 91,
    },
  ],
};
