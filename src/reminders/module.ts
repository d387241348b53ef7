import type { AppModule } from "../platform/module.js";
import { rolesOf } from "../platform/policy.js";
import { outboxPolicy } from "./outbox.policy.js";
import { scanRemindersJob, scheduleReminderScan, sendRemindersJob } from "./reminders.jobs.js";
import { remindersMessages } from "./reminders.messages.js";
import { remindersPages } from "./reminders.pages.js";
import { remindersApi } from "./reminders.routes.js";

/** Reminders before and after a period's deadline, and the outbox page and API. */
export const remindersModule: AppModule = {
  name: "reminders",
  api: remindersApi,
  pages: remindersPages,
  messages: remindersMessages,
  jobs: [scanRemindersJob, sendRemindersJob],
  daily: scheduleReminderScan,
  menu: [
    {
      path: (slug) => `/arbete/${slug}/utkorg`,
      label: "reminders.outbox.nav",
      roles: rolesOf(outboxPolicy.rules.read),
      order: 80,
    },
  ],
};
