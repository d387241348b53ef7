import { sql } from "drizzle-orm";
import { COMMITMENT, PARTY, PERIOD, UNIT } from "../../src/demo/skaggetorp-2017-ids.js";
import type { Executor } from "../../src/platform/db/client.js";
import { createAccount } from "./accounts.js";

/**
 * On the loaded demo: the follow-ups of one period put in every state a reminder cares about,
 * and accounts for every role a reminder goes to (or must not go to).
 *
 * Period state afterwards: point 1 draft, 3 none, 4 returned, 5 draft, 7 none (all awaiting a
 * report); 2 and 8 approved, 6 submitted (nothing to remind).
 */
export async function prepareReminderScenario(ex: Executor, period: 1 | 2 | 3 = 3): Promise<void> {
  const periodId = PERIOD[period];
  // The demo's own accounts are disabled, so that this scenario's accounts are every recipient.
  await ex.execute(sql`UPDATE accounts SET disabled_at = now() WHERE email LIKE '%@demo.medborgarlofte.se'`);
  const setState = (n: keyof typeof COMMITMENT, state: string) =>
    ex.execute(sql`UPDATE follow_ups SET state = ${state}, approved_at = NULL, approved_by_id = NULL
                   WHERE commitment_id = ${COMMITMENT[n]} AND period_id = ${periodId}`);
  const remove = async (n: keyof typeof COMMITMENT) => {
    await ex.execute(sql`DELETE FROM follow_up_measurements WHERE follow_up_id IN
      (SELECT id FROM follow_ups WHERE commitment_id = ${COMMITMENT[n]} AND period_id = ${periodId})`);
    await ex.execute(
      sql`DELETE FROM follow_ups WHERE commitment_id = ${COMMITMENT[n]} AND period_id = ${periodId}`,
    );
  };
  await setState(1, "draft");
  await remove(3);
  await setState(4, "returned");
  await setState(5, "draft");
  await setState(6, "submitted");
  await remove(7);
  if (period !== 3) return;
  await createAccount(ex, {
    email: "kommun@example.se",
    name: "Maja Kommun",
    grants: [{ role: "reporter", partyId: PARTY.municipality }],
  });
  await createAccount(ex, {
    email: "kultur@example.se",
    name: "Kim Kultur",
    grants: [{ role: "reporter", partyId: PARTY.municipality, unitIds: [UNIT.cultureAndLeisure] }],
  });
  await createAccount(ex, {
    email: "polis@example.se",
    name: "Per Polis",
    grants: [{ role: "reporter", partyId: PARTY.police }],
  });
  await createAccount(ex, {
    email: "kommunpolis@example.se",
    name: "Kerstin Kommunpolis",
    grants: [{ role: "police_coordinator" }],
  });
  await createAccount(ex, {
    email: "samordnare@example.se",
    name: "Sam Samordnare",
    grants: [{ role: "coordinator" }],
  });
  await createAccount(ex, {
    email: "admin@example.se",
    name: "Ada Admin",
    grants: [{ role: "administrator" }],
  });
  await createAccount(ex, {
    email: "avstangd@example.se",
    name: "Avstängd Rapportör",
    grants: [{ role: "reporter", partyId: PARTY.municipality }],
    disabled: true,
  });
  await createAccount(ex, {
    email: "fastighet@example.se",
    name: "Fia Fastighet",
    grants: [{ role: "reporter", partyId: PARTY.propertyOwners }],
  });
}
