import { describe, expect, it } from "vitest";
import { principal } from "../../test/principals.js";
import { DEMO_PARTNERSHIP_ID } from "../demo/skaggetorp-2017-ids.js";
import { PUBLIC_VIEWER, SYSTEM_VIEWER } from "../platform/viewer.js";
import { accountsPolicy, ownAccount } from "./accounts.policy.js";

const OTHER = "0f8a4c9e-2b7d-4e61-9a3f-5c1d7e2b8a40";
const here = { partnershipId: DEMO_PARTNERSHIP_ID };
const account = (...partnershipIds: string[]) => ({
  partnershipId: DEMO_PARTNERSHIP_ID,
  accountGrants: partnershipIds.map((partnershipId) => ({ partnershipId })),
});

describe("the accounts policy", () => {
  const admin = principal("administrator");

  it("lets administrators of the partnership administer it; other roles are refused, outsiders see nothing", () => {
    expect(accountsPolicy.can(admin, "administer", here)).toEqual({ allowed: true });
    expect(accountsPolicy.can(SYSTEM_VIEWER, "administer", here)).toEqual({ allowed: true });
    expect(accountsPolicy.can(principal("coordinator"), "administer", here)).toEqual({
      allowed: false,
      reason: "role",
    });
    expect(
      accountsPolicy.can(principal("administrator", { partnershipId: OTHER }), "administer", here),
    ).toEqual({ allowed: false, reason: "not_member" });
    expect(accountsPolicy.can(PUBLIC_VIEWER, "administer", here)).toEqual({
      allowed: false,
      reason: "sign_in",
    });
  });

  it("treats an account without a role in the partnership as not found, even for the system", () => {
    for (const viewer of [admin, SYSTEM_VIEWER]) {
      expect(accountsPolicy.can(viewer, "seeAccount", account(OTHER))).toEqual({
        allowed: false,
        reason: "not_member",
      });
      expect(accountsPolicy.can(viewer, "changeRoles", account(DEMO_PARTNERSHIP_ID, OTHER)).allowed).toBe(
        true,
      );
    }
    expect(() =>
      accountsPolicy.authorize(admin, "seeAccount", account(OTHER), { entity: "account", value: "x" }),
    ).toThrow(expect.objectContaining({ code: "not_found", params: { entity: "account", value: "x" } }));
  });

  it("leaves password and status of an account working elsewhere to that partnership's administrators", () => {
    expect(accountsPolicy.can(admin, "manageAccount", account(DEMO_PARTNERSHIP_ID)).allowed).toBe(true);
    expect(accountsPolicy.can(admin, "manageAccount", account(DEMO_PARTNERSHIP_ID, OTHER))).toEqual({
      allowed: false,
      reason: "condition",
    });
    const both = principal("administrator");
    both.grants.push({ partnershipId: OTHER, role: "administrator", partyId: null, unitIds: [] });
    expect(accountsPolicy.can(both, "manageAccount", account(DEMO_PARTNERSHIP_ID, OTHER)).allowed).toBe(true);
    expect(() =>
      accountsPolicy.authorize(admin, "manageAccount", account(DEMO_PARTNERSHIP_ID, OTHER)),
    ).toThrow(
      expect.objectContaining({
        code: "forbidden",
        params: { entity: "accounts.manageAccount", reason: "condition" },
      }),
    );
  });

  it("lets any signed-in account manage its own credentials; the public signs in, the system has none", () => {
    expect(ownAccount(principal("reader")).kind).toBe("account");
    expect(() => ownAccount(PUBLIC_VIEWER)).toThrow(expect.objectContaining({ code: "unauthorized" }));
    expect(() => ownAccount(SYSTEM_VIEWER)).toThrow(expect.objectContaining({ code: "forbidden" }));
  });
});
