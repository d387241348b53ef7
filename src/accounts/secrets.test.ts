import { describe, expect, it } from "vitest";
import { csrfTokenOf, isValidCsrfToken, newApiToken, randomToken, sha256Hex } from "./secrets.js";

describe("tokens", () => {
  it("are random, 256-bit, and API tokens carry the mbl_ prefix", () => {
    expect(randomToken()).toMatch(/^[\w-]{43}$/);
    expect(randomToken()).not.toBe(randomToken());
    expect(newApiToken()).toMatch(/^mbl_[\w-]{43}$/);
  });

  it("are stored as SHA-256 hex", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("derive a CSRF token per session secret that only that secret accepts", () => {
    const token = csrfTokenOf("secret-a");
    expect(token).toBe(csrfTokenOf("secret-a"));
    expect(isValidCsrfToken("secret-a", token)).toBe(true);
    expect(isValidCsrfToken("secret-b", token)).toBe(false);
    expect(isValidCsrfToken("secret-a", `${token}x`)).toBe(false);
    expect(isValidCsrfToken("secret-a", "")).toBe(false);
    expect(isValidCsrfToken("secret-a", undefined)).toBe(false);
  });
});
