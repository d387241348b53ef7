import { AppError } from "../platform/errors.js";
import type { AppModule } from "../platform/module.js";
import { PHOTO_MAX_BYTES } from "./photo.js";
import { schedulePhotoRetention, walkPhotoRetentionJob } from "./photo-retention.js";
import { remindOverdueFindingJob, scanOverdueFindingsJob, scheduleOverdueScan } from "./walk-reminders.js";
import { walksMessages } from "./walks.messages.js";
import { walksPages } from "./walks.pages.js";
import { walksApi } from "./walks.routes.js";

const tooLarge = () => new AppError("payload_too_large", { entity: "photo", max: PHOTO_MAX_BYTES / 1024 });

/**
 * Safety walks (trygghetsvandringar): walks in the partnership's areas, their findings on the
 * area's map, followed up by their owners (Att rapportera, weekly reminders when overdue); the
 * public map is publishing's (`publishing/public-walks.ts`). Photos of findings closed longer than
 * the partnership's retention are deleted daily (photo-retention.ts).
 */
export const walksModule: AppModule = {
  name: "walks",
  api: walksApi,
  pages: walksPages,
  messages: walksMessages,
  jobs: [scanOverdueFindingsJob, remindOverdueFindingJob, walkPhotoRetentionJob],
  daily: async (ex, clock) => {
    await scheduleOverdueScan(ex, clock);
    await schedulePhotoRetention(ex, clock);
  },
  menu: [
    { path: (slug) => `/arbete/${slug}/trygghetsvandringar`, label: "walks.nav", roles: "all", order: 45 },
  ],
  /**
   * A finding with a photo, added or corrected: the photo (2 MB) and the form around it; the API's
   * base64 is a third larger.
   */
  bodyLimits: [
    {
      path: /^\/arbete\/[^/]+\/trygghetsvandringar\/[^/]+\/fynd(\/[^/]+\/andra)?$/,
      maxBytes: PHOTO_MAX_BYTES + 64 * 1024,
      error: tooLarge,
    },
    {
      path: /^\/api\/v1\/partnerships\/[^/]+\/walks\/[^/]+\/findings(\/[^/]+)?$/,
      maxBytes: Math.ceil((PHOTO_MAX_BYTES * 4) / 3) + 64 * 1024,
      error: tooLarge,
    },
  ],
};
