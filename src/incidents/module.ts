import type { AppModule } from "../platform/module.js";
import { rolesOf } from "../platform/policy.js";
import { compileSituationsJob, incidentRetentionJob, scheduleIncidentJobs } from "./incidents.jobs.js";
import { incidentsMessages } from "./incidents.messages.js";
import { incidentsPages } from "./incidents.pages.js";
import { incidentsPolicy } from "./incidents.policy.js";
import { incidentsApi } from "./incidents.routes.js";

/**
 * Weekly incident reports (EST): händelserapportörer report incidents for their organisation; the
 * weekly lägesbild is compiled each Monday (and on demand), assessed and shared by the
 * coordinator; raw reports are folded into weekly counts and deleted after the retention.
 */
export const incidentsModule: AppModule = {
  name: "incidents",
  api: incidentsApi,
  pages: incidentsPages,
  messages: incidentsMessages,
  jobs: [incidentRetentionJob, compileSituationsJob],
  daily: scheduleIncidentJobs,
  menu: [
    {
      path: (slug) => `/arbete/${slug}/handelser`,
      label: "incidents.nav",
      roles: rolesOf(incidentsPolicy.rules.readSituation),
      order: 40,
    },
  ],
};
