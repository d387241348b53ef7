import { describe, expect, it } from "vitest";
import {
  hashPassword,
  isCommonPassword,
  parseStoredHash,
  passwordProblem,
  SCRYPT_PARAMS,
  verifyPassword,
} from "./password.js";

describe("password hashing (scrypt)", () => {
  it("stores the parameters and a random salt, and verifies only the right password", async () => {
    const a = await hashPassword("rätt lösenord 123");
    const b = await hashPassword("rätt lösenord 123");
    expect(a).toMatch(/^scrypt\$N=32768,r=8,p=3\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("rätt lösenord 123", a)).toBe(true);
    expect(await verifyPassword("rätt lösenord 124", a)).toBe(false);
    expect(await verifyPassword("", a)).toBe(false);
  });

  it("verifies hashes made with other parameters (read from the stored string)", async () => {
    const cheap = await hashPassword("ett annat lösenord", { N: 1024, r: 8, p: 1 });
    expect(parseStoredHash(cheap)?.params).toEqual({ N: 1024, r: 8, p: 1 });
    expect(await verifyPassword("ett annat lösenord", cheap)).toBe(true);
    expect(SCRYPT_PARAMS.N).toBeGreaterThanOrEqual(2 ** 15);
  });

  it("treats composed and decomposed å as the same password", async () => {
    const stored = await hashPassword("långt lösenord!", { N: 1024, r: 8, p: 1 });
    expect(await verifyPassword("la\u030angt lösenord!", stored)).toBe(true);
  });

  it("refuses malformed or absurd stored hashes without throwing", async () => {
    expect(await verifyPassword("x", "plain")).toBe(false);
    expect(await verifyPassword("x", "scrypt$N=1073741824,r=8,p=1$AAAA$AAAA")).toBe(false);
    expect(parseStoredHash("scrypt$N=16384,r=8,p=1$$AAAA")).toBeNull();
  });
});

describe("password rules", () => {
  it("needs at least 12 characters and not the e-mail address", () => {
    expect(passwordProblem("kort", "a@b.se")).toBe("too_short");
    expect(passwordProblem("elva tecken", "a@b.se")).toBe("too_short");
    expect(passwordProblem("tolv tecken!", "a@b.se")).toBeNull();
    expect(passwordProblem("Lena.Exempel@kommun.se", "lena.exempel@kommun.se")).toBe("is_email");
    expect(passwordProblem("x".repeat(201), "a@b.se")).toBe("too_long");
  });
});

describe("common passwords", () => {
  it("refuses the bundled list's passwords and their obvious variants, and says so", () => {
    for (const p of [
      "password1234",
      "PASSWORD1234",
      "P@ssw0rd2026!",
      "qwerty123456",
      "lösenord1234",
      "!Sommar2026!",
      "123456789012",
      "sommarsommar",
      "aaaaaaaaaaaa",
    ])
      expect([p, passwordProblem(p, "a@b.se")]).toEqual([p, "common"]);
    expect(isCommonPassword("dragon")).toBe(true);
  });

  it("accepts long passphrases and the demo password", () => {
    for (const p of ["ett långt lösenord", "correct horse battery", "demo-losenord-2017", "tolv tecken!"])
      expect([p, passwordProblem(p, "a@b.se")]).toEqual([p, null]);
  });
});
