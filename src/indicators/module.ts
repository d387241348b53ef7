import type { AppModule } from "../platform/module.js";
import { rolesOf } from "../platform/policy.js";
import { indicatorsMessages } from "./indicators.messages.js";
import { indicatorsPages } from "./indicators.pages.js";
import { indicatorsPolicy } from "./indicators.policy.js";
import { indicatorsApi } from "./indicators.routes.js";
import { SURVEY_UPLOAD_LIMIT } from "./upload-limit.js";

/**
 * Survey indicators: trygghetsmätning and NTU-style results imported from CSV, drawn as charts by
 * gender with their data tables; used by the report-back's jämställdhet section and shown to
 * residents through the publishing boundary (`/<partnership>/trygghet`).
 */
export const indicatorsModule: AppModule = {
  name: "indicators",
  api: indicatorsApi,
  pages: indicatorsPages,
  messages: indicatorsMessages,
  bodyLimits: [SURVEY_UPLOAD_LIMIT],
  menu: [
    {
      path: (slug) => `/arbete/${slug}/trygghet`,
      label: "indicators.nav",
      roles: rolesOf(indicatorsPolicy.rules.read),
      order: 60,
    },
  ],
};
