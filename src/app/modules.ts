/**
 * The composition root's list of modules, and their registration: texts into the catalogs,
 * menu entries into the workspace menu. Importing this file installs them (once).
 */
import { accountsModule } from "../accounts/module.js";
import { dialoguesModule } from "../dialogues/module.js";
import { followUpsModule } from "../followups/module.js";
import { incidentsModule } from "../incidents/module.js";
import { indicatorsModule } from "../indicators/module.js";
import { openDataModule } from "../opendata/module.js";
import { partnershipsModule } from "../partnerships/module.js";
import { periodsModule } from "../periods/module.js";
import { backupModule } from "../platform/backup/module.js";
import { registerMessages } from "../platform/i18n/index.js";
import type { AppModule } from "../platform/module.js";
import { registerMenu } from "../platform/web/menu.js";
import { preventionModule } from "../prevention/module.js";
import { promisesModule } from "../promises/module.js";
import { publishingModule } from "../publishing/module.js";
import { remindersModule } from "../reminders/module.js";
import { reportsModule } from "../reports/module.js";
import { setupModule } from "../setup/module.js";
import { subscriptionsModule } from "../subscriptions/module.js";
import { systemModule } from "../system/module.js";
import { walksModule } from "../walks/module.js";
import { workspaceModule } from "../workspace/module.js";

/** Every module, in the order their routes are mounted. */
export const MODULES: readonly AppModule[] = [
  // Before publishing: its /:partnership/:ref would take /<partnership>/folj for a promise.
  subscriptionsModule,
  publishingModule,
  openDataModule,
  partnershipsModule,
  promisesModule,
  accountsModule,
  // Before the workspace: /arbete/system is the installation's, not a partnership's.
  systemModule,
  followUpsModule,
  workspaceModule,
  periodsModule,
  remindersModule,
  reportsModule,
  setupModule,
  preventionModule,
  dialoguesModule,
  incidentsModule,
  walksModule,
  indicatorsModule,
  backupModule,
];

for (const module of MODULES) {
  if (module.messages) registerMessages(module.messages);
  if (module.menu) registerMenu(module.menu);
}
