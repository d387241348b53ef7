import type { Progress } from "./followups.types.js";
import { PROGRESS_RULE_VERSION, progressByParty, rollUpProgress } from "./progress.js";
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from "./statuses.js";

export interface ProgressCommitment {
  id: string;
  number: number;
  weight: number;
  responsibleParties: { id: string; name: string }[];
  status: FollowUpStatus | null;
}

/**
 * Presents a promise's progress as of a period by the published rule (`progress.ts`): overall,
 * per responsible party, and per point, so that a reader can recompute every figure.
 */
export function presentProgress(period: string | null, commitments: ProgressCommitment[]): Progress {
  const inputs = commitments.map((c) => ({
    commitmentId: c.id,
    weight: c.weight,
    partyIds: c.responsibleParties.map((p) => p.id),
    status: c.status,
  }));
  const names = new Map(commitments.flatMap((c) => c.responsibleParties.map((p) => [p.id, p.name] as const)));
  const overall = rollUpProgress(inputs);
  const byParty = [...progressByParty(inputs)].map(([partyId, rollUp]) => ({
    partyId,
    name: names.get(partyId) ?? "",
    ...rollUp,
  }));
  const byCommitment = commitments.map((c) => {
    const info = c.status ? FOLLOW_UP_STATUSES.find((s) => s.code === c.status) : undefined;
    return {
      commitmentId: c.id,
      number: c.number,
      status: c.status,
      weight: c.weight,
      value: info?.countsTowardProgress ? info.defaultProgress : null,
    };
  });
  return {
    period,
    rule: {
      version: PROGRESS_RULE_VERSION,
      statuses: FOLLOW_UP_STATUSES.map(({ code, defaultProgress, countsTowardProgress }) => ({
        code,
        defaultProgress,
        countsTowardProgress,
      })),
    },
    overall,
    byParty,
    byCommitment,
  };
}
