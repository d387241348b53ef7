import { roundPolicy } from "../followups/followups.policy.js";
import type { AppModule } from "../platform/module.js";
import { rolesOf } from "../platform/policy.js";
import { roundPages } from "./round.pages.js";
import { workspaceMessages } from "./workspace.messages.js";

/** The staff workspace's round pages: Att rapportera, the follow-up form, periods, progress, history. */
export const workspaceModule: AppModule = {
  name: "workspace",
  pages: roundPages,
  messages: workspaceMessages,
  menu: [
    { path: (slug) => `/arbete/${slug}`, label: "workspace.nav.toReport", roles: "all", order: 10 },
    { path: (slug) => `/arbete/${slug}/perioder`, label: "workspace.nav.periods", roles: "all", order: 20 },
    {
      path: (slug) => `/arbete/${slug}/installningar/uppfoljning`,
      label: "workspace.nav.settings",
      roles: rolesOf(roundPolicy.rules.configure),
      order: 95,
    },
  ],
};
