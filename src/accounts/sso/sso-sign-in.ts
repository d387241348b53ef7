/**
 * Signing in through an OpenID provider (Authorization Code with PKCE). Accounts and roles stay
 * ours: the provider only says who the person is. The identity is matched by the provider's
 * subject, or the first time by a verified e-mail in one of the provider's allowed domains; an
 * unknown person gets nothing, or — when the provider's partnership allows it — an account with
 * the reader role only. Every sign-in and every refusal is audited.
 */
import type { Config } from "../../platform/config.js";
import type { Db } from "../../platform/db/client.js";
import { type Actor, mutate, SYSTEM_ACTOR } from "../../platform/db/mutation.js";
import { AppError } from "../../platform/errors.js";
import type { Viewer } from "../../platform/viewer.js";
import {
  findAccount,
  findAccountByEmail,
  insertAccount,
  insertGrant,
  listGrantsOfAccounts,
} from "../accounts.repository.js";
import { hashPassword } from "../password.js";
import { randomToken, sha256Hex } from "../secrets.js";
import { clientOf, normalizeEmail, openSession, signOut } from "../sessions.js";
import {
  authorizationUrl,
  endSessionUrl,
  exchangeCode,
  ProviderError,
  type ProviderFailure,
  redirectUriOf,
} from "./oidc-client.js";
import {
  findIdentity,
  findProvider,
  insertIdentity,
  insertSignInRequest,
  listEnabledProviders,
  type ProviderRow,
  takeSignInRequest,
  touchIdentity,
} from "./sso.repository.js";

/** A pending sign-in lives this long (the person signs in at the provider meanwhile). */
const REQUEST_TTL_MS = 10 * 60 * 1000;

/** Why a sign-in through a provider was refused (each has a Swedish and an English text). */
export type SsoRefusal =
  | ProviderFailure
  | "state_mismatch" // no pending sign-in in this browser, a used or expired one, or another state
  | "email_unverified" // no e-mail, or the provider does not say it is verified
  | "domain_not_allowed"
  | "unknown_person"
  | "account_elsewhere" // the account works in a partnership this provider may not vouch for
  | "account_disabled";

export type SsoResult =
  | { outcome: "signed_in"; token: string; accountId: string; next: string | null; created: boolean }
  | { outcome: "refused"; reason: SsoRefusal; providerName: string | null };

/** A button of the sign-in page. */
export interface ProviderButton {
  id: string;
  name: string;
}

/** The enabled providers, for the sign-in page's buttons. */
export async function listSignInButtons(db: Db): Promise<ProviderButton[]> {
  const rows = await listEnabledProviders(db);
  return rows.map((p) => ({ id: p.id, name: p.name }));
}

/**
 * Starts a sign-in: a pending request (state, nonce, PKCE verifier) bound to a new browser
 * cookie, and the provider's address to send the browser to. An unknown or disabled provider is
 * 404; a provider that cannot be reached or is misconfigured is refused (and audited).
 */
export async function startSsoSignIn(options: {
  db: Db;
  config: Config;
  providerId: string;
  next: string | null;
  now?: Date;
}): Promise<
  { outcome: "redirect"; url: string; cookieToken: string } | Extract<SsoResult, { outcome: "refused" }>
> {
  const { db, config } = options;
  const now = options.now ?? new Date();
  const provider = await findProvider(db, options.providerId);
  if (!provider || !provider.enabled)
    throw new AppError("not_found", { entity: "sign_in_provider", value: options.providerId });
  let started: Awaited<ReturnType<typeof authorizationUrl>>;
  try {
    started = await authorizationUrl(config, provider);
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    await auditRefusal(db, provider, error.failure, { stage: "start", detail: error.detail });
    return { outcome: "refused", reason: error.failure, providerName: provider.name };
  }
  const cookieToken = randomToken();
  await insertSignInRequest(db, {
    tokenHash: sha256Hex(cookieToken),
    providerId: provider.id,
    state: started.state,
    nonce: started.nonce,
    codeVerifier: started.codeVerifier,
    nextPath: options.next,
    createdAt: now,
    expiresAt: new Date(now.getTime() + REQUEST_TTL_MS),
  });
  return { outcome: "redirect", url: started.url.href, cookieToken };
}

/**
 * Finishes a sign-in at the callback: takes the browser's pending request (once), checks the
 * state, exchanges the code (openid-client checks PKCE, nonce and the ID token), matches the
 * identity to an account and opens a session that remembers the provider.
 */
export async function finishSsoSignIn(options: {
  db: Db;
  config: Config;
  cookieToken: string | undefined;
  /** The callback's query string (with its leading "?"), as the provider sent it. */
  search: string;
  ipAddress: string;
  userAgent?: string | null;
  viewer?: Viewer;
  sessionToken?: string | undefined;
  now?: Date;
}): Promise<SsoResult> {
  const { db, config } = options;
  const now = options.now ?? new Date();
  const request = options.cookieToken
    ? await takeSignInRequest(db, sha256Hex(options.cookieToken), now)
    : null;
  const provider = request ? await findProvider(db, request.providerId) : null;
  const returnedState = new URLSearchParams(options.search).get("state");
  if (!request || !provider || returnedState !== request.state) {
    await auditRefusal(db, provider, "state_mismatch", {
      stage: "callback",
      detail: request ? "state differs" : "no pending sign-in in this browser",
    });
    return { outcome: "refused", reason: "state_mismatch", providerName: provider?.name ?? null };
  }
  const refuse = async (reason: SsoRefusal, detail: Record<string, unknown>): Promise<SsoResult> => {
    await auditRefusal(db, provider, reason, { stage: "callback", ...detail });
    return { outcome: "refused", reason, providerName: provider.name };
  };
  if (!provider.enabled) return refuse("misconfigured", { detail: "provider disabled" });

  let claims: Record<string, unknown>;
  try {
    claims = await exchangeCode(config, provider, {
      url: new URL(`${redirectUriOf(config)}${options.search}`),
      state: request.state,
      nonce: request.nonce,
      codeVerifier: request.codeVerifier,
    });
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    return refuse(error.failure, { detail: error.detail });
  }

  const subject = String(claims.sub);
  const rawEmail = claims[provider.emailClaim];
  const email = typeof rawEmail === "string" ? normalizeEmail(rawEmail) : null;
  const verifiedClaim = claims[provider.emailVerifiedClaim];
  const verified = verifiedClaim === true || verifiedClaim === "true";
  const rawName = claims[provider.nameClaim];
  const name = typeof rawName === "string" && rawName.trim() !== "" ? rawName.trim().slice(0, 200) : null;
  const who = { subject, email };

  // 1. The subject is known.
  let accountId = (await findIdentity(db, provider.id, subject))?.accountId ?? null;
  let link = false;
  let create = false;
  if (!accountId) {
    // 2. The first time: a verified e-mail in an allowed domain.
    if (!email || !verified || !email.includes("@")) return refuse("email_unverified", who);
    const domain = email.slice(email.lastIndexOf("@") + 1);
    if (!provider.allowedDomains.includes(domain)) return refuse("domain_not_allowed", { ...who, domain });
    const byEmail = await findAccountByEmail(db, email);
    if (byEmail) {
      accountId = byEmail.id;
      link = true;
    } else if (provider.selfService && provider.partnershipId) {
      create = true;
    } else {
      return refuse("unknown_person", who);
    }
  }

  let account = accountId ? await findAccount(db, accountId) : null;
  if (accountId && !account) return refuse("unknown_person", who);
  if (account) {
    if (account.disabledAt) return refuse("account_disabled", { ...who, accountId: account.id });
    // A partnership's provider vouches only for accounts that work in that partnership alone:
    // otherwise one partnership's administrator could sign in as someone of another partnership.
    if (provider.partnershipId) {
      const grants = await listGrantsOfAccounts(db, [account.id]);
      if (grants.some((g) => g.partnershipId !== provider.partnershipId))
        return refuse("account_elsewhere", { ...who, accountId: account.id });
    }
  }

  const unusablePassword = create ? await hashPassword(randomToken()) : null;
  const token = randomToken();
  const actorFor = (id: string, label: string): Actor => ({ kind: "person", id, label });
  const signedIn = await mutate(
    db,
    account ? actorFor(account.id, account.name) : SYSTEM_ACTOR,
    async (tx, audit) => {
      let target = account;
      if (!target && email && unusablePassword && provider.partnershipId) {
        // Self-service: a reader account, nothing more. Its password is random and never told.
        target = await insertAccount(tx, {
          email,
          name: name ?? email,
          personId: null,
          passwordHash: unusablePassword,
          mustChangePassword: false,
        });
        const grant = await insertGrant(
          tx,
          { accountId: target.id, partnershipId: provider.partnershipId, role: "reader", partyId: null },
          [],
        );
        audit({
          action: "account.created",
          entityType: "account",
          entityId: target.id,
          partnershipId: provider.partnershipId,
          after: { email, name: target.name, via: "oidc", providerId: provider.id },
        });
        audit({
          action: "role.granted",
          entityType: "account",
          entityId: target.id,
          partnershipId: provider.partnershipId,
          after: grant,
        });
      }
      if (!target) throw new Error("unreachable: an account is found or created");
      if (link || create)
        await insertIdentity(tx, { providerId: provider.id, subject, accountId: target.id, at: now });
      else await touchIdentity(tx, provider.id, subject, now);
      await openSession(tx, {
        token,
        accountId: target.id,
        now,
        providerId: provider.id,
        ...clientOf(options),
      });
      audit({
        action: "account.signed_in",
        entityType: "account",
        entityId: target.id,
        partnershipId: provider.partnershipId,
        after: {
          method: "oidc",
          providerId: provider.id,
          provider: provider.name,
          subject,
          linkedNow: link || create,
          ipAddress: options.ipAddress,
        },
      });
      return target;
    },
  );
  if (options.viewer) await signOut({ db, viewer: options.viewer, token: options.sessionToken });
  return { outcome: "signed_in", token, accountId: signedIn.id, next: request.nextPath, created: create };
}

/** A refusal in the audit log (by the system: nobody is signed in). */
async function auditRefusal(
  db: Db,
  provider: ProviderRow | null,
  reason: SsoRefusal,
  detail: Record<string, unknown>,
): Promise<void> {
  await mutate(
    db,
    { ...SYSTEM_ACTOR, label: provider ? `oidc:${provider.name}` : "oidc" },
    async (_tx, audit) => {
      audit({
        action: "account.sso_refused",
        entityType: "sign_in_provider",
        entityId: provider?.id ?? null,
        partnershipId: provider?.partnershipId ?? null,
        after: { reason, ...detail },
      });
    },
  );
}

/** The provider's sign-out address for the session's provider, or null (none, or unknown). */
export async function providerSignOutUrl(options: {
  db: Db;
  config: Config;
  providerId: string;
}): Promise<string | null> {
  const provider = await findProvider(options.db, options.providerId);
  if (!provider) return null;
  return (await endSessionUrl(options.config, provider))?.href ?? null;
}

/** The provider's name (for "Logga ut även från …"), or null. */
export async function providerName(db: Db, providerId: string): Promise<string | null> {
  return (await findProvider(db, providerId))?.name ?? null;
}
