import { describe, expect, it } from "vitest";
import { AppError } from "./errors.js";
import { customRule, definePolicy, partnershipRule, refuse, rolesOf } from "./policy.js";
import { type Principal, PUBLIC_VIEWER, type Role, SYSTEM_VIEWER } from "./viewer.js";

const P1 = "p1";
const P2 = "p2";

function account(role: Role, partnershipId = P1, partyId: string | null = null): Principal {
  return {
    kind: "account",
    accountId: `a-${role}`,
    personId: null,
    name: role,
    email: `${role}@example.se`,
    grants: [{ partnershipId, role, partyId, unitIds: [] }],
    mustChangePassword: false,
  };
}

interface Point {
  partnershipId: string;
  partyIds: string[];
}

const examplePolicy = definePolicy<{ write: Point; read: Point; own: { accountId: string } }>("example", {
  write: partnershipRule({
    roles: {
      coordinator: true,
      reporter: (grant, point) => grant.partyId !== null && point.partyIds.includes(grant.partyId),
    },
  }),
  read: partnershipRule({ roles: { coordinator: true, reader: true }, public: "hidden" }),
  own: customRule((viewer, r) =>
    viewer.kind === "account" && viewer.accountId === r.accountId ? { allowed: true } : refuse("role"),
  ),
});

const point: Point = { partnershipId: P1, partyIds: ["police"] };

describe("definePolicy", () => {
  it("allows a role the table names, and the system always", () => {
    expect(examplePolicy.can(account("coordinator"), "write", point)).toEqual({ allowed: true });
    expect(examplePolicy.allows(SYSTEM_VIEWER, "write", point)).toBe(true);
  });

  it("gives the reason of each refusal", () => {
    expect(examplePolicy.can(PUBLIC_VIEWER, "write", point)).toEqual({ allowed: false, reason: "sign_in" });
    expect(examplePolicy.can(PUBLIC_VIEWER, "read", point)).toEqual({ allowed: false, reason: "not_member" });
    expect(examplePolicy.can(account("coordinator", P2), "write", point)).toEqual({
      allowed: false,
      reason: "not_member",
    });
    expect(examplePolicy.can(account("reader"), "write", point)).toEqual({ allowed: false, reason: "role" });
    expect(examplePolicy.can(account("reporter", P1, "municipality"), "write", point)).toEqual({
      allowed: false,
      reason: "condition",
    });
    expect(examplePolicy.allows(account("reporter", P1, "police"), "write", point)).toBe(true);
  });

  it("throws 401, 404 naming the entity, or 403 naming the policy and action", () => {
    const thrown = (fn: () => void): AppError => {
      try {
        fn();
      } catch (e) {
        if (e instanceof AppError) return e;
      }
      throw new Error("nothing thrown");
    };
    expect(thrown(() => examplePolicy.authorize(PUBLIC_VIEWER, "write", point)).code).toBe("unauthorized");
    const hidden = thrown(() =>
      examplePolicy.authorize(account("coordinator", P2), "write", point, {
        entity: "commitment",
        value: "c1",
      }),
    );
    expect([hidden.code, hidden.params]).toEqual(["not_found", { entity: "commitment", value: "c1" }]);
    const forbidden = thrown(() => examplePolicy.authorize(account("reader"), "write", point));
    expect([forbidden.code, forbidden.params]).toEqual([
      "forbidden",
      { entity: "example.write", reason: "role" },
    ]);
    expect(() => examplePolicy.authorize(account("coordinator"), "write", point)).not.toThrow();
  });

  it("keeps custom rules and exposes the role table of partnership rules", () => {
    expect(examplePolicy.allows(account("reader"), "own", { accountId: "a-reader" })).toBe(true);
    expect(examplePolicy.allows(account("reader"), "own", { accountId: "someone" })).toBe(false);
    expect(Object.keys(examplePolicy.rules.write.roles ?? {})).toEqual(["coordinator", "reporter"]);
    expect(examplePolicy.rules.own.roles).toBeUndefined();
    expect(rolesOf(examplePolicy.rules.read)).toEqual(["coordinator", "reader"]);
    expect(rolesOf(examplePolicy.rules.own)).toEqual([]);
  });

  it("refuses a second policy of the same name", () => {
    expect(() => definePolicy("example", {})).toThrow(/declared twice/);
  });
});
