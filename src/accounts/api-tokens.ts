import type { Db } from "../platform/db/client.js";
import { actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import type { Principal, Viewer } from "../platform/viewer.js";
import { ownAccount } from "./accounts.policy.js";
import {
  findLiveApiToken,
  insertApiToken,
  listApiTokensOfAccount,
  markApiTokenUsed,
  revokeApiToken,
} from "./accounts.repository.js";
import { TOKEN_NAME_MAX, type TokenLifetime } from "./accounts.types.js";
import { invalidFields } from "./field-errors.js";
import { API_TOKEN_PREFIX, newApiToken, sha256Hex } from "./secrets.js";
import { principalOf } from "./sessions.js";

export interface ApiTokenSummary {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  /** Usable now: neither revoked nor expired. */
  active: boolean;
}

/** The viewer's own tokens, newest first (never the token itself: only its hash is stored). */
export async function listOwnApiTokens(options: {
  db: Db;
  viewer: Viewer;
  now?: Date;
}): Promise<ApiTokenSummary[]> {
  const viewer = ownAccount(options.viewer);
  const now = options.now ?? new Date();
  const rows = await listApiTokensOfAccount(options.db, viewer.accountId);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    createdAt: r.createdAt,
    lastUsedAt: r.lastUsedAt,
    expiresAt: r.expiresAt,
    revokedAt: r.revokedAt,
    active: r.revokedAt === null && (r.expiresAt === null || r.expiresAt > now),
  }));
}

/** Creates a personal token; the returned `token` is shown once and never stored. */
export async function createApiToken(options: {
  db: Db;
  viewer: Viewer;
  name: string;
  lifetimeDays: TokenLifetime;
  now?: Date;
}): Promise<{ id: string; token: string; expiresAt: Date }> {
  const viewer = ownAccount(options.viewer);
  const name = options.name.trim();
  if (name.length === 0 || name.length > TOKEN_NAME_MAX)
    throw invalidFields({ name: name.length === 0 ? "required" : "too_long" });
  const now = options.now ?? new Date();
  const token = newApiToken();
  const expiresAt = new Date(now.getTime() + options.lifetimeDays * 24 * 60 * 60 * 1000);
  const row = await mutate(options.db, actorOf(viewer), async (tx, audit) => {
    const inserted = await insertApiToken(tx, {
      accountId: viewer.accountId,
      name,
      tokenHash: sha256Hex(token),
      createdAt: now,
      expiresAt,
    });
    const { tokenHash: _hash, ...safe } = inserted;
    audit({ action: "api_token.created", entityType: "api_token", entityId: inserted.id, after: safe });
    return inserted;
  });
  return { id: row.id, token, expiresAt };
}

/** Revokes one of the viewer's own tokens; another account's token is "not found". */
export async function revokeOwnApiToken(options: {
  db: Db;
  viewer: Viewer;
  tokenId: string;
  now?: Date;
}): Promise<void> {
  const viewer = ownAccount(options.viewer);
  const now = options.now ?? new Date();
  await mutate(options.db, actorOf(viewer), async (tx, audit) => {
    const row = await revokeApiToken(tx, viewer.accountId, options.tokenId, now);
    if (!row) throw new AppError("not_found", { entity: "api_token", value: options.tokenId });
    const { tokenHash: _hash, ...safe } = row;
    audit({ action: "api_token.revoked", entityType: "api_token", entityId: row.id, after: safe });
  });
}

/** The principal behind a bearer token, or null when it is unknown, revoked or expired. */
export async function resolveApiToken(options: {
  db: Db;
  token: string;
  now?: Date;
}): Promise<Principal | null> {
  if (!options.token.startsWith(API_TOKEN_PREFIX)) return null;
  const now = options.now ?? new Date();
  const found = await findLiveApiToken(options.db, sha256Hex(options.token), now);
  if (!found) return null;
  if (!found.token.lastUsedAt || now.getTime() - found.token.lastUsedAt.getTime() > 60_000)
    await markApiTokenUsed(options.db, found.token.id, now);
  return principalOf(options.db, found.account);
}
