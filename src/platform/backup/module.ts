import type { AppModule } from "../module.js";
import { nightlyBackupJob, scheduleNightlyBackup } from "./backup.job.js";

/**
 * Backup, restore and move work on whatever tables the catalog lists and know no module, so they
 * live in platform/. This module only plugs the nightly backup job into the scheduler (off unless
 * BACKUP_DIR is set); the commands are in the CLI and the admin socket is started by the server.
 */
export const backupModule: AppModule = {
  name: "backup",
  jobs: [nightlyBackupJob],
  daily: scheduleNightlyBackup,
};
