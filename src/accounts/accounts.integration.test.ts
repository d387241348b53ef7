import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/db.js";
import { linkFromOutbox, mailsTo } from "../../test/mail-links.js";
import { principal } from "../../test/principals.js";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../demo/accounts.js";
import { loadDemo } from "../demo/load-demo.js";
import { DEMO_PARTNERSHIP_ID, PARTY, UNIT } from "../demo/skaggetorp-2017-ids.js";
import { partnerships } from "../partnerships/partnerships.schema.js";
import { auditEvents } from "../platform/audit/audit.schema.js";
import { loadConfig } from "../platform/config.js";
import type { Database } from "../platform/db/client.js";
import { PUBLIC_VIEWER, type Viewer } from "../platform/viewer.js";
import { redeemAccountLink } from "./account-links.js";
import { insertSignInAttempt } from "./accounts.repository.js";
import { accounts, sessions } from "./accounts.schema.js";
import {
  createPartnershipAccount,
  grantRole,
  listPartnershipAccounts,
  revokeRole,
  sendPasswordLink,
  setAccountDisabled,
} from "./administer-accounts.js";
import { createApiToken, resolveApiToken, revokeOwnApiToken } from "./api-tokens.js";
import { changeOwnPassword } from "./change-password.js";
import { fieldErrorsOf } from "./field-errors.js";
import { resolveSession, SESSION_TTL_MS, signIn, signOut } from "./sessions.js";

let database: Database;
const OTHER_PARTNERSHIP = "0f8a4c9e-2b7d-4e61-9a3f-5c1d7e2b8a40";
beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemo(database.db);
  await database.db.insert(partnerships).values({
    id: OTHER_PARTNERSHIP,
    slug: "norrkoping",
    name: "Norrköping",
    municipalityName: "Norrköping",
  });
});
afterAll(() => database.close());

const db = () => database.db;
const mail = { config: loadConfig({ DEMO: "false", PUBLIC_URL: "https://lofte.example.se" }) };
const hours = (h: number) => h * 60 * 60 * 1000;

async function signedIn(email: string, password = DEMO_PASSWORD, ipAddress = "10.0.0.1", now = new Date()) {
  const result = await signIn({ db: db(), email, password, ipAddress, now });
  if (result.outcome !== "signed_in") throw new Error(`sign-in failed: ${result.outcome}`);
  return result;
}

async function adminViewer() {
  const { token } = await signedIn(DEMO_ACCOUNTS.administrator.email);
  const session = await resolveSession({ db: db(), token });
  if (!session) throw new Error("no session");
  return session.principal;
}

describe("sessions", () => {
  it("store only the token's hash, resolve to the principal with all grants and units, and slide", async () => {
    const start = new Date();
    const { token } = await signedIn(
      " Rapportor.Kultur@demo.medborgarlofte.se ",
      DEMO_PASSWORD,
      "10.0.0.1",
      start,
    );
    const rows = await db()
      .select()
      .from(sessions)
      .where(eq(sessions.accountId, DEMO_ACCOUNTS.cultureReporter.id));
    expect(rows.map((r) => r.tokenHash)).not.toContain(token);
    const resolved = await resolveSession({ db: db(), token, now: start });
    expect(resolved?.principal).toMatchObject({
      accountId: DEMO_ACCOUNTS.cultureReporter.id,
      name: "Sofia Testberg",
      mustChangePassword: false,
      grants: [
        {
          partnershipId: DEMO_PARTNERSHIP_ID,
          role: "reporter",
          partyId: PARTY.municipality,
          unitIds: [UNIT.cultureAndLeisure],
        },
      ],
    });
    // 11 hours later the session is alive and moves its expiry forward; 13 hours after that it is gone.
    const later = new Date(start.getTime() + hours(11));
    expect((await resolveSession({ db: db(), token, now: later }))?.extended).toBe(true);
    expect(
      await resolveSession({ db: db(), token, now: new Date(later.getTime() + hours(11.9)) }),
    ).not.toBeNull();
    expect(
      await resolveSession({
        db: db(),
        token,
        now: new Date(later.getTime() + hours(11.9) + SESSION_TTL_MS + 1000),
      }),
    ).toBeNull();
  });

  it("end at sign-out (the row is deleted)", async () => {
    const { token } = await signedIn(DEMO_ACCOUNTS.reader.email);
    const session = await resolveSession({ db: db(), token });
    expect(session).not.toBeNull();
    // The public (a stale cookie) ends nothing; the session's own account does.
    await signOut({ db: db(), viewer: PUBLIC_VIEWER, token });
    expect(await resolveSession({ db: db(), token })).not.toBeNull();
    await signOut({ db: db(), viewer: session?.principal ?? PUBLIC_VIEWER, token });
    expect(await resolveSession({ db: db(), token })).toBeNull();
  });

  it("do not resolve unknown tokens", async () => {
    expect(await resolveSession({ db: db(), token: "nope" })).toBeNull();
  });
});

describe("sign-in throttling", () => {
  it("slows the client that guessed five times (growing delay) but never locks the account for another client", async () => {
    const now = new Date();
    const email = DEMO_ACCOUNTS.communicator.email;
    for (let i = 0; i < 5; i++)
      expect(
        (await signIn({ db: db(), email, password: "fel lösenord!!", ipAddress: "10.1.0.1", now })).outcome,
      ).toBe("invalid");
    const refused = await signIn({ db: db(), email, password: DEMO_PASSWORD, ipAddress: "10.1.0.1", now });
    expect(refused).toEqual({ outcome: "throttled", retryAt: new Date(now.getTime() + 30 * 1000) });
    // The staff member at their own computer is not affected.
    expect(
      (await signIn({ db: db(), email, password: DEMO_PASSWORD, ipAddress: "10.1.0.99", now })).outcome,
    ).toBe("signed_in");
    // The guessing client: one more wrong attempt after the delay doubles it.
    const later = new Date(now.getTime() + 30 * 1000 + 1);
    expect(
      (await signIn({ db: db(), email, password: "fel igen!!", ipAddress: "10.1.0.1", now: later })).outcome,
    ).toBe("invalid");
    expect(
      await signIn({ db: db(), email, password: DEMO_PASSWORD, ipAddress: "10.1.0.1", now: later }),
    ).toEqual({ outcome: "throttled", retryAt: new Date(later.getTime() + 60 * 1000) });
  });

  it("answers an unknown e-mail exactly like a wrong password, throttle included", async () => {
    const now = new Date();
    const email = "finns.inte@example.se";
    expect(
      await signIn({ db: db(), email, password: "vad som helst 1", ipAddress: "10.2.0.1", now }),
    ).toEqual({ outcome: "invalid" });
    for (let i = 0; i < 4; i++) await signIn({ db: db(), email, password: "x", ipAddress: "10.2.0.1", now });
    expect((await signIn({ db: db(), email, password: "x", ipAddress: "10.2.0.1", now })).outcome).toBe(
      "throttled",
    );
  });

  it("refuses an address after 20 failures across e-mails", async () => {
    const now = new Date();
    // 20 failures recorded as signIn records them (without 20 scrypt runs).
    for (let i = 0; i < 20; i++)
      await insertSignInAttempt(db(), {
        email: `spray${i}@example.se`,
        ipAddress: "10.3.0.1",
        succeeded: false,
        attemptedAt: now,
      });
    const refused = await signIn({
      db: db(),
      email: DEMO_ACCOUNTS.policeReporter.email,
      password: DEMO_PASSWORD,
      ipAddress: "10.3.0.1",
      now,
    });
    expect(refused.outcome).toBe("throttled");
    const elsewhere = await signIn({
      db: db(),
      email: DEMO_ACCOUNTS.policeReporter.email,
      password: DEMO_PASSWORD,
      ipAddress: "10.3.0.2",
      now,
    });
    expect(elsewhere.outcome).toBe("signed_in");
  });
});

describe("API tokens", () => {
  it("resolve to the principal until revoked or expired; only the hash is stored", async () => {
    const viewer = principal("coordinator", { accountId: DEMO_ACCOUNTS.coordinator.id });
    const now = new Date();
    const created = await createApiToken({ db: db(), viewer, name: "Skript", lifetimeDays: 30, now });
    expect(created.token).toMatch(/^mbl_/);
    expect((await resolveApiToken({ db: db(), token: created.token, now }))?.accountId).toBe(
      DEMO_ACCOUNTS.coordinator.id,
    );
    expect(
      await resolveApiToken({
        db: db(),
        token: created.token,
        now: new Date(now.getTime() + hours(24 * 31)),
      }),
    ).toBeNull();
    // Another account cannot revoke it.
    const other = principal("reader", { accountId: DEMO_ACCOUNTS.reader.id });
    await expect(revokeOwnApiToken({ db: db(), viewer: other, tokenId: created.id })).rejects.toMatchObject({
      code: "not_found",
    });
    await revokeOwnApiToken({ db: db(), viewer, tokenId: created.id });
    expect(await resolveApiToken({ db: db(), token: created.token })).toBeNull();
    const audits = await db().select().from(auditEvents).where(eq(auditEvents.entityId, created.id));
    expect(audits.map((a) => a.action)).toEqual(["api_token.created", "api_token.revoked"]);
    expect(JSON.stringify(audits)).not.toContain(created.token);
  });
});

describe("account administration", () => {
  it("creates an account without a password; the welcome mail's link sets it once, then it signs in", async () => {
    const admin = await adminViewer();
    const { id } = await createPartnershipAccount({
      db: db(),
      viewer: admin,
      partnershipId: DEMO_PARTNERSHIP_ID,
      mail,
      email: "Ny.Person@Linkoping.se",
      name: "Ny Person",
      personId: null,
      firstRole: { role: "reporter", partyId: PARTY.municipality, unitIds: [UNIT.youthCentre] },
    });
    const [welcome] = await mailsTo(db(), "ny.person@linkoping.se");
    expect(welcome?.kind).toBe("account.invitation");
    expect(welcome?.partnershipId).toBe(DEMO_PARTNERSHIP_ID);
    const link = await linkFromOutbox(db(), "ny.person@linkoping.se");
    expect(link.url).toBe(`https://lofte.example.se/inbjudan/${link.token}`);
    // Nothing signs in before the password is chosen.
    expect(
      (await signIn({ db: db(), email: "ny.person@linkoping.se", password: "", ipAddress: "10.7.0.1" }))
        .outcome,
    ).toBe("invalid");
    const weak = await redeemAccountLink({
      db: db(),
      token: link.token,
      purpose: "invitation",
      newPassword: "kort",
      repeatPassword: "kort",
    }).catch(fieldErrorsOf);
    expect(weak).toEqual({ newPassword: "too_short" });
    await redeemAccountLink({
      db: db(),
      token: link.token,
      purpose: "invitation",
      newPassword: "mitt eget långa lösenord",
      repeatPassword: "mitt eget långa lösenord",
    });
    const [row] = await db().select().from(accounts).where(eq(accounts.id, id));
    expect(row?.mustChangePassword).toBe(false);
    expect((await signedIn("ny.person@linkoping.se", "mitt eget långa lösenord")).mustChangePassword).toBe(
      false,
    );
    const audits = await db().select().from(auditEvents).where(eq(auditEvents.entityId, id));
    expect(audits.map((a) => a.action)).toEqual(
      expect.arrayContaining(["account.created", "account.link_sent", "role.granted", "account.link_used"]),
    );
    expect(JSON.stringify(audits)).not.toContain(link.token);
  });

  it("refuses duplicate e-mails and units of another party, with field errors", async () => {
    const admin = await adminViewer();
    const errors = await createPartnershipAccount({
      db: db(),
      viewer: admin,
      partnershipId: DEMO_PARTNERSHIP_ID,
      mail,
      email: DEMO_ACCOUNTS.reader.email,
      name: "",
      personId: null,
      firstRole: { role: "reporter", partyId: PARTY.police, unitIds: [UNIT.cultureAndLeisure] },
    }).catch(fieldErrorsOf);
    expect(errors).toEqual({
      email: "email_taken",
      name: "required",
      unitIds: "unit_invalid",
    });
  });

  it("disabling ends the account's sessions and refuses sign-in; enabling restores it", async () => {
    const admin = await adminViewer();
    const { token } = await signedIn(DEMO_ACCOUNTS.policeCoordinator.email, DEMO_PASSWORD, "10.9.0.1");
    const scope = {
      db: db(),
      viewer: admin,
      partnershipId: DEMO_PARTNERSHIP_ID,
      accountId: DEMO_ACCOUNTS.policeCoordinator.id,
    };
    const version =
      (await listPartnershipAccounts(scope)).find((a) => a.id === scope.accountId)?.version ?? 0;
    await setAccountDisabled({ ...scope, version, disabled: true });
    expect(await resolveSession({ db: db(), token })).toBeNull();
    const viewer = principal("police_coordinator", { accountId: DEMO_ACCOUNTS.policeCoordinator.id });
    const apiToken = await createApiToken({ db: db(), viewer, name: "t", lifetimeDays: 30 });
    expect(await resolveApiToken({ db: db(), token: apiToken.token })).toBeNull();
    const ip = "10.9.0.2";
    expect(
      (
        await signIn({
          db: db(),
          email: DEMO_ACCOUNTS.policeCoordinator.email,
          password: DEMO_PASSWORD,
          ipAddress: ip,
        })
      ).outcome,
    ).toBe("disabled");
    expect(
      (
        await signIn({
          db: db(),
          email: DEMO_ACCOUNTS.policeCoordinator.email,
          password: "fel lösenord",
          ipAddress: ip,
        })
      ).outcome,
    ).toBe("invalid");
    // A stale version is refused.
    await expect(setAccountDisabled({ ...scope, version, disabled: false })).rejects.toMatchObject({
      code: "conflict",
    });
    await setAccountDisabled({ ...scope, version: version + 1, disabled: false });
    expect(
      (
        await signIn({
          db: db(),
          email: DEMO_ACCOUNTS.policeCoordinator.email,
          password: DEMO_PASSWORD,
          ipAddress: ip,
        })
      ).outcome,
    ).toBe("signed_in");
  });

  it("sends a reset link: the old password works until the link is used, which ends the sessions", async () => {
    const admin = await adminViewer();
    const later = new Date(Date.now() + hours(1));
    const { token } = await signedIn(DEMO_ACCOUNTS.communicator.email, DEMO_PASSWORD, "10.8.0.1", later);
    const scope = {
      db: db(),
      viewer: admin,
      partnershipId: DEMO_PARTNERSHIP_ID,
      accountId: DEMO_ACCOUNTS.communicator.id,
    };
    const version =
      (await listPartnershipAccounts(scope)).find((a) => a.id === scope.accountId)?.version ?? 0;
    await sendPasswordLink({ ...scope, version, mail });
    const link = await linkFromOutbox(db(), DEMO_ACCOUNTS.communicator.email, "account.reset");
    expect(await resolveSession({ db: db(), token, now: later })).not.toBeNull();
    await redeemAccountLink({
      db: db(),
      token: link.token,
      purpose: "reset",
      newPassword: "ett nytt eget lösenord",
      repeatPassword: "ett nytt eget lösenord",
    });
    expect(await resolveSession({ db: db(), token, now: later })).toBeNull();
    const again = await signedIn(
      DEMO_ACCOUNTS.communicator.email,
      "ett nytt eget lösenord",
      "10.8.0.2",
      later,
    );
    expect(again.mustChangePassword).toBe(false);
  });

  it("grants and revokes roles, keeping the last one and the administrator's own", async () => {
    const admin = await adminViewer();
    const scope = { db: db(), viewer: admin, partnershipId: DEMO_PARTNERSHIP_ID };
    const accountId = DEMO_ACCOUNTS.reader.id;
    await expect(
      revokeRole({ ...scope, accountId, grantId: DEMO_ACCOUNTS.reader.grantId }).catch(fieldErrorsOf),
    ).resolves.toEqual({ grant: "last_role" });
    await grantRole({ ...scope, accountId, role: { role: "communicator", partyId: null, unitIds: [] } });
    expect(
      await grantRole({
        ...scope,
        accountId,
        role: { role: "communicator", partyId: null, unitIds: [] },
      }).catch(fieldErrorsOf),
    ).toEqual({ role: "role_exists" });
    expect(
      await grantRole({ ...scope, accountId, role: { role: "reporter", partyId: null, unitIds: [] } }).catch(
        fieldErrorsOf,
      ),
    ).toEqual({ partyId: "party_required" });
    await revokeRole({ ...scope, accountId, grantId: DEMO_ACCOUNTS.reader.grantId });
    const reader = (await listPartnershipAccounts(scope)).find((a) => a.id === accountId);
    expect(reader?.grants.map((g) => g.role)).toEqual(["communicator"]);
    await grantRole({
      ...scope,
      accountId: DEMO_ACCOUNTS.administrator.id,
      role: { role: "reader", partyId: null, unitIds: [] },
    });
    expect(
      await revokeRole({
        ...scope,
        accountId: DEMO_ACCOUNTS.administrator.id,
        grantId: DEMO_ACCOUNTS.administrator.grantId,
      }).catch(fieldErrorsOf),
    ).toEqual({ grant: "own_admin_role" });
  });

  it("is refused to every other role (403), and hidden from administrators of another partnership and the public", async () => {
    const target = { accountId: DEMO_ACCOUNTS.reader.id, version: 1 };
    const refusals = [
      ...(["coordinator", "police_coordinator", "reporter", "reader", "communicator"] as const).map((r) => ({
        viewer: principal(r) as Viewer,
        code: "forbidden",
      })),
      // Not a member of the demo partnership: nothing of it is revealed.
      { viewer: principal("administrator", { partnershipId: OTHER_PARTNERSHIP }), code: "not_found" },
      { viewer: PUBLIC_VIEWER, code: "unauthorized" },
    ];
    for (const { viewer, code } of refusals) {
      const scope = { db: db(), viewer, partnershipId: DEMO_PARTNERSHIP_ID };
      const attempts = [
        listPartnershipAccounts(scope),
        createPartnershipAccount({
          ...scope,
          mail,
          email: "x@y.se",
          name: "X",
          personId: null,
          firstRole: { role: "reader", partyId: null, unitIds: [] },
        }),
        sendPasswordLink({ ...scope, ...target, mail }),
        setAccountDisabled({ ...scope, ...target, disabled: true }),
        grantRole({
          ...scope,
          accountId: target.accountId,
          role: { role: "coordinator", partyId: null, unitIds: [] },
        }),
        revokeRole({ ...scope, accountId: target.accountId, grantId: DEMO_ACCOUNTS.reader.grantId }),
      ];
      for (const attempt of attempts) await expect(attempt).rejects.toMatchObject({ code });
    }
    // The other partnership's administrator, in their own partnership, does not see the demo's accounts.
    const foreign = principal("administrator", { partnershipId: OTHER_PARTNERSHIP });
    expect(
      await listPartnershipAccounts({ db: db(), viewer: foreign, partnershipId: OTHER_PARTNERSHIP }),
    ).toEqual([]);
    await expect(
      sendPasswordLink({
        db: db(),
        viewer: foreign,
        partnershipId: OTHER_PARTNERSHIP,
        ...target,
        mail,
      }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("leaves password and status of an account that also works in another partnership to its administrators there", async () => {
    const admin = await adminViewer();
    const scope = { db: db(), viewer: admin, partnershipId: DEMO_PARTNERSHIP_ID };
    const shared = await createPartnershipAccount({
      ...scope,
      mail,
      email: "delad@example.se",
      name: "Delad",
      personId: null,
      firstRole: { role: "reader", partyId: null, unitIds: [] },
    });
    const foreignAdmin = principal("administrator", { partnershipId: OTHER_PARTNERSHIP });
    // Made visible in the other partnership by a grant written directly (as its administrator would).
    const { insertGrant } = await import("./accounts.repository.js");
    await insertGrant(
      db(),
      { accountId: shared.id, partnershipId: OTHER_PARTNERSHIP, role: "reader", partyId: null },
      [],
    );
    const listed = (await listPartnershipAccounts(scope)).find((a) => a.id === shared.id);
    expect(listed?.manageable).toBe(false);
    await expect(
      sendPasswordLink({ ...scope, accountId: shared.id, version: 1, mail }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(
      (
        await listPartnershipAccounts({ db: db(), viewer: foreignAdmin, partnershipId: OTHER_PARTNERSHIP })
      ).map((a) => a.email),
    ).toEqual(["delad@example.se"]);
  });
});
