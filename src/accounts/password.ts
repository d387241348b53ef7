import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * Password hashing with scrypt (node:crypto). The stored string carries its parameters, so they
 * can be raised later without invalidating existing hashes:
 * `scrypt$N=32768,r=8,p=3$<salt base64url>$<hash base64url>`.
 * Parameters follow OWASP's scrypt table (N=2^15, r=8, p=3: 32 MiB, ~0.2 s).
 *
 * @example
 * const stored = await hashPassword("ett långt lösenord");
 * await verifyPassword("ett långt lösenord", stored); // true
 */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

export const SCRYPT_PARAMS: ScryptParams = { N: 2 ** 15, r: 8, p: 3 };
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

function derive(password: string, salt: Buffer, params: ScryptParams, keyLength: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize("NFC"),
      salt,
      keyLength,
      { ...params, maxmem: 256 * params.N * params.r },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

export async function hashPassword(password: string, params: ScryptParams = SCRYPT_PARAMS): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, params, KEY_LENGTH);
  return `scrypt$N=${params.N},r=${params.r},p=${params.p}$${salt.toString("base64url")}$${key.toString("base64url")}`;
}

/** Parses a stored hash; null when it is not one of ours. */
export function parseStoredHash(stored: string): { params: ScryptParams; salt: Buffer; key: Buffer } | null {
  const match = /^scrypt\$N=(\d+),r=(\d+),p=(\d+)\$([\w-]+)\$([\w-]+)$/.exec(stored);
  if (!match) return null;
  const [, n, r, p, salt, key] = match as unknown as [string, string, string, string, string, string];
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  // Refuse absurd parameters rather than let a corrupt row exhaust memory.
  if (params.N < 2 || params.N > 2 ** 20 || params.r < 1 || params.r > 32 || params.p < 1 || params.p > 16)
    return null;
  return { params, salt: Buffer.from(salt, "base64url"), key: Buffer.from(key, "base64url") };
}

/** Timing-safe comparison against a stored hash; false for a malformed one. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseStoredHash(stored);
  if (!parsed || parsed.key.length === 0) return false;
  const key = await derive(password, parsed.salt, parsed.params, parsed.key.length);
  return timingSafeEqual(key, parsed.key);
}

/** A hash of nothing, verified against when the account does not exist, so both take as long. */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  return dummyHash;
}

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordProblem = "too_short" | "too_long" | "is_email" | "common";

/**
 * The one password check, used wherever a password is set (own change, an administrator's new
 * account or new password, any invitation or reset): at least 12 characters, at most 200, not the
 * e-mail address, and not one of the most common passwords (see `isCommonPassword`).
 */
export function passwordProblem(password: string, email: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return "too_short";
  if (length > PASSWORD_MAX_LENGTH) return "too_long";
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) return "is_email";
  if (isCommonPassword(password)) return "common";
  return null;
}

/** Swedish passwords that lists in English miss. */
const SWEDISH_COMMON = [
  "lösenord",
  "losenord",
  "lösen",
  "hemligt",
  "sommar",
  "vinter",
  "hösten",
  "våren",
  "sverige",
  "stockholm",
  "göteborg",
  "malmö",
  "linköping",
  "hejhej",
  "hejsan",
  "jagälskardig",
  "medborgarlöfte",
  "polisen",
  "kommunen",
  "välkommen",
  "valkommen",
];

let common: Set<string> | null = null;
function commonPasswords(): Set<string> {
  common ??= new Set([...(dictionary["passwords-common"] as string[]), ...SWEDISH_COMMON]);
  return common;
}

const LEET: Record<string, string> = {
  "@": "a",
  "4": "a",
  "3": "e",
  "1": "i",
  "!": "i",
  "0": "o",
  $: "s",
  "5": "s",
  "7": "t",
};

/**
 * True for one of the ~49,000 most common passwords (the bundled zxcvbn-ts list plus Swedish
 * ones) or an obvious variant: any case, digits or symbols added at the end or the start
 * (`password1234`, `!Sommar2026`), letters written as digits (`p@ssw0rd`), one word repeated.
 */
export function isCommonPassword(password: string): boolean {
  const list = commonPasswords();
  const lower = password.normalize("NFC").trim().toLowerCase();
  const stripped = lower.replace(/^[\d\W_]+/u, "").replace(/[\d\W_]+$/u, "");
  const candidates = [lower, stripped, stripped.replace(/[@4310!$57]/g, (c) => LEET[c] ?? c)];
  // Only digits and symbols, or one character repeated: as weak as any listed.
  if (stripped === "" || /^(.)\1*$/u.test(stripped)) return true;
  // One word twice (`sommarsommar`).
  const half = stripped.length / 2;
  if (Number.isInteger(half) && stripped.slice(0, half) === stripped.slice(half))
    candidates.push(stripped.slice(0, half));
  return candidates.some((c) => c !== "" && list.has(c));
}
