import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Random tokens and their digests. Sessions and API tokens store only the SHA-256 of the token
 * the client holds, so a copy of the database signs nobody in.
 */

/** 32 random bytes, base64url (43 characters). */
export function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

export function sha256Hex(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

/** API tokens are recognisable in logs and secret scanners by their prefix. */
export const API_TOKEN_PREFIX = "mbl_";

export function newApiToken(): string {
  return `${API_TOKEN_PREFIX}${randomToken()}`;
}

/** The CSRF token of a session's forms: an HMAC of a fixed label under the session's secret. */
export function csrfTokenOf(csrfSecret: string): string {
  return createHmac("sha256", csrfSecret).update("mbl-csrf-v1").digest("base64url");
}

export function isValidCsrfToken(csrfSecret: string, presented: string | undefined | null): boolean {
  if (!presented) return false;
  const expected = Buffer.from(csrfTokenOf(csrfSecret));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
