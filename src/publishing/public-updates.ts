/**
 * What became public since a moment, for mail to residents who follow a promise or an area
 * (`subscriptions/`): approved results per promise and period, and published report-back
 * editions. Like every public reader it takes no viewer; only what residents may see comes out.
 */
import type { Executor } from "../platform/db/client.js";
import type { LocalizedText } from "../platform/i18n/localized-text.js";
import { publicPromisePath } from "./public-paths.js";
import { selectPeriodUpdatesSince, selectReportUpdatesSince } from "./public-updates.repository.js";

interface UpdateBase {
  promiseId: string;
  promiseTitle: LocalizedText;
  partnershipId: string;
  partnershipName: string;
  /** The promise's areas (an area's followers hear about each of its promises). */
  areaIds: string[];
  /** The public page to read (a local path). */
  path: string;
  /** When it became public (compared with when a follower confirmed). */
  at: Date;
}

export type PublicUpdate =
  | (UpdateBase & { kind: "period"; periodId: string; periodCode: string; approvedCount: number })
  | (UpdateBase & { kind: "report"; reportId: string; edition: number });

/** Results approved and reports published after `since`, oldest period first. */
export async function readPublicUpdatesSince(ex: Executor, since: Date): Promise<PublicUpdate[]> {
  const [periods, reports] = await Promise.all([
    selectPeriodUpdatesSince(ex, since),
    selectReportUpdatesSince(ex, since),
  ]);
  const base = (r: (typeof periods)[number] | (typeof reports)[number]) => ({
    promiseId: r.promiseId,
    promiseTitle: r.promiseTitle,
    partnershipId: r.partnershipId,
    partnershipName: r.partnershipName,
    areaIds: r.areaIds,
    path: publicPromisePath(r.partnershipSlug, r.promiseRef),
  });
  return [
    ...periods.map((r) => ({
      ...base(r),
      kind: "period" as const,
      at: new Date(r.latestAt),
      periodId: r.periodId,
      periodCode: r.periodCode,
      approvedCount: r.approvedCount,
    })),
    ...reports.map((r) => ({
      ...base(r),
      kind: "report" as const,
      at: new Date(r.publishedAt),
      reportId: r.reportId,
      edition: r.edition,
      path: `${publicPromisePath(r.partnershipSlug, r.promiseRef)}/aterrapportering`,
    })),
  ];
}
