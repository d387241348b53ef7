/**
 * Retention of walk photos (issue 11.6, "retention per kind"): a finding's photo is deleted once
 * the finding has been closed (åtgärdad or avvisad) for longer than the partnership's setting
 * (default 12 months; `walk_settings`). A daily job at 02:00 Swedish time, one job a day (its key
 * names the day), one audit event per partnership with how many (never the photo); a second run
 * finds nothing and writes nothing. The setting is changed by the samordnare and the
 * administratör (`walks.configure`), version-checked and audited.
 */
import { z } from "zod";
import { type Clock, retentionCutoff, swedishHourOn } from "../platform/clock.js";
import type { Executor } from "../platform/db/client.js";
import { actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import { IsoDateSchema } from "../platform/http/schemas.js";
import { defineJob } from "../platform/jobs/job.js";
import { scheduleJob } from "../platform/jobs/schedule-job.js";
import { authorizeRead, type WalkScope } from "./walks.js";
import { walksPolicy } from "./walks.policy.js";
import * as repo from "./walks.repository.js";
import { DEFAULT_PHOTO_RETENTION_MONTHS, type WalkSettingsInput } from "./walks.types.js";

export interface WalkSettings {
  photoRetentionMonths: number;
  version: number;
  /** Whether the viewer may change them (samordnare, administratör). */
  canConfigure: boolean;
}

const DEFAULTS = { photoRetentionMonths: DEFAULT_PHOTO_RETENTION_MONTHS, version: 1 };

/** The partnership's walk settings (no row: the defaults, version 1); every role reads them. */
export async function getWalkSettings(scope: WalkScope): Promise<WalkSettings> {
  authorizeRead(scope);
  const row = await repo.findSettings(scope.db, scope.partnershipId);
  return {
    photoRetentionMonths: row?.photoRetentionMonths ?? DEFAULTS.photoRetentionMonths,
    version: row?.version ?? DEFAULTS.version,
    canConfigure: walksPolicy.allows(scope.viewer, "configure", { partnershipId: scope.partnershipId }),
  };
}

/** Changes the photo retention (`walks.configure`); 409 on a stale version. */
export async function changeWalkSettings(scope: WalkScope, input: WalkSettingsInput) {
  walksPolicy.authorize(
    scope.viewer,
    "configure",
    { partnershipId: scope.partnershipId },
    { entity: "partnership", value: scope.partnershipId },
  );
  const { partnershipId } = scope;
  return mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    const before = await repo.findSettings(tx, partnershipId);
    const values = { photoRetentionMonths: input.photoRetentionMonths };
    const row = before
      ? await repo.updateSettings(tx, partnershipId, input.version, values)
      : input.version === DEFAULTS.version
        ? await repo.insertSettings(tx, { partnershipId, ...values })
        : null;
    if (!row) throw new AppError("conflict", { entity: "walk_settings", value: partnershipId });
    audit({
      action: "walk_settings.changed",
      entityType: "partnership",
      entityId: partnershipId,
      partnershipId,
      before: before ?? DEFAULTS,
      after: row,
    });
    return { photoRetentionMonths: row.photoRetentionMonths, version: row.version };
  });
}

export const walkPhotoRetentionJob = defineJob({
  kind: "walks.photoRetention",
  payload: z.object({ date: IsoDateSchema }),
  async handle({ tx, deps, audit }) {
    const now = deps.clock.now();
    for (const p of await repo.listPhotoRetentions(tx)) {
      const cutoff = retentionCutoff(now, p.photoRetentionMonths);
      const deleted = await repo.deleteClosedPhotosBefore(tx, p.partnershipId, cutoff);
      if (deleted === 0) continue;
      audit({
        action: "walk_finding.photos_deleted",
        entityType: "partnership",
        entityId: p.partnershipId,
        partnershipId: p.partnershipId,
        after: { cutoff: cutoff.toISOString(), months: p.photoRetentionMonths, deleted },
      });
    }
  },
});

/** Daily at 02:00 Swedish time, once a day (the key names the day). */
export async function schedulePhotoRetention(ex: Executor, clock: Clock): Promise<void> {
  const today = clock.today();
  await scheduleJob(ex, {
    job: walkPhotoRetentionJob,
    uniqueKey: `walks:photo-retention:${today}`,
    runAt: swedishHourOn(today, 2),
    payload: { date: today },
  });
}
