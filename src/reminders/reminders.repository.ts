import { sql } from "drizzle-orm";
import type { Executor } from "../platform/db/client.js";
import { queryRows } from "../platform/db/rows.js";
import type { GrantHolder, PointState } from "./due.js";

/** An open reporting period with what the reminders need of its partnership. */
export interface ReminderPeriod {
  id: string;
  code: string;
  year: number;
  deadline: string;
  closed: boolean;
  partnershipId: string;
  partnershipSlug: string;
  partnershipName: string;
  reminderDaysBefore: number;
}

const PERIOD_COLUMNS = sql`rp.id, rp.code, rp.year, rp.deadline::text AS deadline, rp.closed_at IS NOT NULL AS closed,
  pa.id AS "partnershipId", pa.slug AS "partnershipSlug", pa.name AS "partnershipName",
  coalesce(rp.reminder_days_before, pa.reminder_days_before) AS "reminderDaysBefore"`;

/** Open periods whose deadline lies within the given range (inclusive), in every partnership. */
export function listOpenPeriodsWithDeadlineBetween(
  ex: Executor,
  from: string,
  to: string,
): Promise<ReminderPeriod[]> {
  return queryRows<ReminderPeriod>(
    ex,
    sql`SELECT ${PERIOD_COLUMNS}
        FROM reporting_periods rp JOIN partnerships pa ON pa.id = rp.partnership_id
        WHERE rp.closed_at IS NULL AND rp.deadline BETWEEN ${from}::date AND ${to}::date
        ORDER BY rp.deadline, pa.slug`,
  );
}

export async function findReminderPeriod(ex: Executor, periodId: string): Promise<ReminderPeriod | null> {
  const [row] = await queryRows<ReminderPeriod>(
    ex,
    sql`SELECT ${PERIOD_COLUMNS}
        FROM reporting_periods rp JOIN partnerships pa ON pa.id = rp.partnership_id
        WHERE rp.id = ${periodId}`,
  );
  return row ?? null;
}

/**
 * Every point of the partnership's promises that cover the period's year, with its responsible
 * parties, units and the state of its follow-up for the period (null: none written).
 */
export function listPeriodPoints(ex: Executor, period: ReminderPeriod): Promise<PointState[]> {
  return queryRows<PointState>(
    ex,
    sql`SELECT c.id AS "commitmentId", c.number, c.text->>'sv' AS text, c.responsible_kind AS "responsibleKind",
          p.id AS "promiseId", p.title->>'sv' AS "promiseTitle", p.status AS "promiseStatus",
          p.partnership_id AS "partnershipId",
          f.state AS "followUpState",
          coalesce((SELECT json_agg(cp.party_id ORDER BY cp.party_id) FROM commitment_parties cp
                    WHERE cp.commitment_id = c.id AND cp.role = 'responsible'), '[]'::json) AS "partyIds",
          coalesce((SELECT json_agg(cu.unit_id ORDER BY cu.unit_id) FROM commitment_units cu
                    WHERE cu.commitment_id = c.id), '[]'::json) AS "unitIds"
        FROM commitments c
        JOIN promises p ON p.id = c.promise_id
        LEFT JOIN follow_ups f ON f.commitment_id = c.id AND f.period_id = ${period.id}
        WHERE p.partnership_id = ${period.partnershipId}
          AND ${period.year}::int BETWEEN p.from_year AND p.to_year
        ORDER BY p.from_year, p.ref, c.number`,
  );
}

/** Active accounts holding a reporter, kommunpolis or coordinator role in the partnership. */
export function listReminderGrants(ex: Executor, partnershipId: string): Promise<GrantHolder[]> {
  return queryRows<GrantHolder>(
    ex,
    sql`SELECT a.id AS "accountId", a.email, a.name, g.role, g.party_id AS "partyId",
          coalesce((SELECT json_agg(u.unit_id ORDER BY u.unit_id) FROM role_grant_units u
                    WHERE u.grant_id = g.id), '[]'::json) AS "unitIds"
        FROM role_grants g JOIN accounts a ON a.id = g.account_id
        WHERE g.partnership_id = ${partnershipId} AND a.disabled_at IS NULL
          AND g.role IN ('reporter', 'police_coordinator', 'coordinator')
        ORDER BY a.name, a.email, g.id`,
  );
}

export async function listPartyNames(ex: Executor, partnershipId: string): Promise<Map<string, string>> {
  const rows = await queryRows<{ id: string; name: string }>(
    ex,
    sql`SELECT id, name FROM parties WHERE partnership_id = ${partnershipId}`,
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A reminder round that was sent, as recorded in the audit log (for the period overview). */
export interface SentReminder {
  kind: string;
  dueOn: string;
  recipients: string[];
  at: string;
}

/**
 * The reminders sent for a period, oldest first. Callers apply their own policy (the coordinator's
 * period overview shows "reminders sent").
 */
export async function listSentReminders(ex: Executor, periodId: string): Promise<SentReminder[]> {
  const rows = await queryRows<{ after: { kind: string; dueOn: string; recipients: string[] }; at: string }>(
    ex,
    sql`SELECT after, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at
        FROM audit_events
        WHERE action = 'reminders.sent' AND entity_type = 'reporting_period' AND entity_id = ${periodId}
        ORDER BY seq`,
  );
  return rows.map((r) => ({
    kind: r.after.kind,
    dueOn: r.after.dueOn,
    recipients: r.after.recipients,
    at: r.at,
  }));
}
