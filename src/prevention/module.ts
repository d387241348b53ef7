import type { AppModule } from "../platform/module.js";
import {
  remindMeasuresJob,
  scanMeasureRemindersJob,
  scheduleMeasureReminderScan,
} from "./measure-reminders.js";
import { preventionMessages } from "./prevention.messages.js";
import { preventionPages } from "./prevention.pages.js";
import { preventionApi } from "./prevention.routes.js";

/**
 * The statutory lägesbild and åtgärdsplan (lag 2023:196): problems with analysis and the police's
 * figures, measures linked to problems and to promise points, their follow-up, the flags, and the
 * documents in the report-back's three formats. Measures' owners are reminded in step with the
 * round (measure-reminders.ts).
 */
export const preventionModule: AppModule = {
  name: "prevention",
  api: preventionApi,
  pages: preventionPages,
  messages: preventionMessages,
  jobs: [scanMeasureRemindersJob, remindMeasuresJob],
  daily: scheduleMeasureReminderScan,
  menu: [
    {
      path: (slug) => `/arbete/${slug}/lagesbild`,
      label: "prevention.nav",
      roles: "all",
      order: 45,
    },
  ],
};
