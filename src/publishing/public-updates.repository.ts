/**
 * The queries of `public-updates.ts`: what became public since a moment (approved follow-ups per
 * promise and period, published report-back editions), filtered in SQL by the publishing policy.
 */
import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "../platform/db/client.js";
import { queryRows } from "../platform/db/rows.js";
import type { LocalizedText } from "../platform/i18n/localized-text.js";
import {
  PUBLIC_FOLLOW_UP_STATES,
  PUBLIC_PROMISE_STATUSES,
  PUBLIC_REPORT_STATUSES,
} from "./publishing.policy.js";

const list = (values: readonly string[]): SQL =>
  sql`(${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;

interface UpdatePromiseRow {
  promiseId: string;
  promiseRef: string;
  promiseTitle: LocalizedText;
  partnershipId: string;
  partnershipSlug: string;
  partnershipName: string;
  areaIds: string[];
}

export interface PeriodUpdateRow extends UpdatePromiseRow {
  periodId: string;
  periodCode: string;
  /** The latest approval in the period (compared with when a subscriber confirmed). */
  latestAt: Date;
  /** Approved results of the promise in the period (all of them, not only the latest). */
  approvedCount: number;
}

export interface ReportUpdateRow extends UpdatePromiseRow {
  reportId: string;
  edition: number;
  publishedAt: Date;
}

const promiseColumns = sql`p.id as "promiseId", p.ref as "promiseRef", p.title as "promiseTitle",
  pa.id as "partnershipId", pa.slug as "partnershipSlug", pa.name as "partnershipName",
  (select coalesce(json_agg(x.area_id order by x.area_id), '[]'::json) from promise_areas x
    where x.promise_id = p.id) as "areaIds"`;

/** Per public promise and period: approved results, when the latest was approved after `since`. */
export function selectPeriodUpdatesSince(ex: Executor, since: Date): Promise<PeriodUpdateRow[]> {
  return queryRows<PeriodUpdateRow>(
    ex,
    sql`select ${promiseColumns}, rp.id as "periodId", rp.code as "periodCode",
          max(f.approved_at) as "latestAt", count(*)::int as "approvedCount"
        from follow_ups f
        join commitments c on c.id = f.commitment_id
        join promises p on p.id = c.promise_id
        join partnerships pa on pa.id = p.partnership_id
        join reporting_periods rp on rp.id = f.period_id
        where f.state in ${list(PUBLIC_FOLLOW_UP_STATES)} and p.status in ${list(PUBLIC_PROMISE_STATUSES)}
        group by p.id, pa.id, rp.id
        having max(f.approved_at) > ${since}
        order by rp.code, p.ref`,
  );
}

/** Report-back editions of public promises published (and not replaced) after `since`. */
export function selectReportUpdatesSince(ex: Executor, since: Date): Promise<ReportUpdateRow[]> {
  return queryRows<ReportUpdateRow>(
    ex,
    sql`select ${promiseColumns}, rb.id as "reportId", rb.edition, rb.updated_at as "publishedAt"
        from report_backs rb
        join promises p on p.id = rb.promise_id
        join partnerships pa on pa.id = p.partnership_id
        where rb.status in ${list(PUBLIC_REPORT_STATUSES)} and rb.replaced_at is null
          and p.status in ${list(PUBLIC_PROMISE_STATUSES)} and rb.updated_at > ${since}
        order by p.ref`,
  );
}
