import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { parties, partnerships, people, units } from "../partnerships/partnerships.schema.js";
import { createdAt, id, updatedAt, version } from "../platform/db/columns.js";

/** A local account: e-mail + scrypt password hash. Linked to a person for authorship. */
export const accounts = pgTable(
  "accounts",
  {
    id: id(),
    /** Stored lower-cased and trimmed. */
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    personId: uuid("person_id").references(() => people.id),
    passwordHash: text("password_hash").notNull(),
    /** Set when an administrator sets the password; cleared when the user chooses their own. */
    mustChangePassword: boolean("must_change_password").notNull().default(true),
    passwordChangedAt: timestamp("password_changed_at", { withTimezone: true }),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    /** Administers the installation: creates partnerships and invites their first administrator. */
    systemAdministrator: boolean("system_administrator").notNull().default(false),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check(
      "accounts_email_check",
      sql`${t.email} = lower(btrim(${t.email})) and position('@' in ${t.email}) > 1`,
    ),
  ],
);

/**
 * A role held in one partnership. Reporters and incident reporters are bound to a party (and
 * optionally units through `role_grant_units`); other roles have no party.
 */
export const roleGrants = pgTable(
  "role_grants",
  {
    id: id(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id),
    role: text("role").notNull(),
    partyId: uuid("party_id").references(() => parties.id),
    createdAt: createdAt(),
  },
  (t) => [
    check(
      "role_grants_role_check",
      sql`${t.role} in ('administrator', 'coordinator', 'police_coordinator', 'reporter', 'reader', 'communicator', 'incident_reporter')`,
    ),
    check(
      "role_grants_party_check",
      sql`(${t.role} in ('reporter', 'incident_reporter')) = (${t.partyId} is not null)`,
    ),
    unique("role_grants_unique").on(t.accountId, t.partnershipId, t.role, t.partyId),
    index("role_grants_account_idx").on(t.accountId),
  ],
);

export const roleGrantUnits = pgTable(
  "role_grant_units",
  {
    grantId: uuid("grant_id")
      .notNull()
      .references(() => roleGrants.id, { onDelete: "cascade" }),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.grantId, t.unitId] })],
);

/**
 * A one-time link sent by e-mail: an invitation (a new account sets its first password) or a
 * password reset. Only the SHA-256 of the token in the link is stored; it expires and is used once.
 */
export const accountLinks = pgTable(
  "account_links",
  {
    id: id(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id),
    purpose: text("purpose").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [
    check("account_links_purpose_check", sql`${t.purpose} in ('invitation', 'reset')`),
    index("account_links_account_idx").on(t.accountId, t.createdAt),
  ],
);

/** A signed-in session. The cookie holds a random token; only its SHA-256 is stored. */
export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id),
    /** Secret for the CSRF token of this session's forms. */
    csrfSecret: text("csrf_secret").notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    userAgent: text("user_agent"),
    ipAddress: text("ip_address"),
    /** The OpenID provider the session was signed in through (null: a password). */
    providerId: uuid("provider_id").references(() => signInProviders.id),
  },
  (t) => [index("sessions_account_idx").on(t.accountId), index("sessions_expires_idx").on(t.expiresAt)],
);

/** A personal API token (`Authorization: Bearer …`). Only its SHA-256 is stored. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: id(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("api_tokens_account_idx").on(t.accountId)],
);

/** Sign-in attempts, for throttling per account and per address. */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: id(),
    email: text("email").notNull(),
    ipAddress: text("ip_address").notNull(),
    succeeded: boolean("succeeded").notNull(),
    attemptedAt: timestamp("attempted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("sign_in_attempts_email_idx").on(t.email, t.attemptedAt),
    index("sign_in_attempts_ip_idx").on(t.ipAddress, t.attemptedAt),
  ],
);

// ── Sign-in with OpenID Connect (issue 13) ─────────────────────────────────────────────────

/**
 * An OpenID Connect provider people may sign in through. `partnership_id` null: the whole
 * installation's (set up from the command line); otherwise one partnership's (set up by its
 * administrator). The client secret is never stored: `client_secret_ref` names where it is
 * (`env:OIDC_SECRET_…` or `file:<name>` in OIDC_SECRETS_DIR).
 */
export const signInProviders = pgTable(
  "sign_in_providers",
  {
    id: id(),
    partnershipId: uuid("partnership_id").references(() => partnerships.id),
    /** Shown on the button: "Logga in med {name}". */
    name: text("name").notNull(),
    issuer: text("issuer").notNull(),
    clientId: text("client_id").notNull(),
    clientSecretRef: text("client_secret_ref").notNull(),
    scopes: text("scopes").notNull().default("openid email profile"),
    emailClaim: text("email_claim").notNull().default("email"),
    emailVerifiedClaim: text("email_verified_claim").notNull().default("email_verified"),
    nameClaim: text("name_claim").notNull().default("name"),
    /** Lower-case domains whose e-mail addresses the provider may vouch for. */
    allowedDomains: text("allowed_domains").array().notNull(),
    /** An unknown person with a verified e-mail in an allowed domain gets a reader account. */
    selfService: boolean("self_service").notNull().default(false),
    enabled: boolean("enabled").notNull().default(true),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check(
      "sign_in_providers_self_service_check",
      sql`not ${t.selfService} or ${t.partnershipId} is not null`,
    ),
    check("sign_in_providers_scopes_check", sql`${t.scopes} ~ '(^| )openid( |$)'`),
    index("sign_in_providers_partnership_idx").on(t.partnershipId),
  ],
);

/** Which account a provider's subject is. Made at the first sign-in (by verified e-mail). */
export const accountIdentities = pgTable(
  "account_identities",
  {
    providerId: uuid("provider_id")
      .notNull()
      .references(() => signInProviders.id),
    subject: text("subject").notNull(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id),
    createdAt: createdAt(),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.subject] }),
    index("account_identities_account_idx").on(t.accountId),
  ],
);

/**
 * A sign-in on its way through a provider: state, nonce and PKCE verifier, bound to the browser
 * by a cookie whose SHA-256 is the key. Used once; lives 10 minutes. Operational data (like
 * sign-in attempts), not audited.
 */
export const oidcSignInRequests = pgTable(
  "oidc_sign_in_requests",
  {
    tokenHash: text("token_hash").primaryKey(),
    providerId: uuid("provider_id")
      .notNull()
      .references(() => signInProviders.id, { onDelete: "cascade" }),
    state: text("state").notNull(),
    nonce: text("nonce").notNull(),
    codeVerifier: text("code_verifier").notNull(),
    nextPath: text("next_path"),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("oidc_sign_in_requests_expires_idx").on(t.expiresAt)],
);

/** A partnership's sign-in rules: passwords switched off once a provider works. */
export const partnershipSignInSettings = pgTable("partnership_sign_in_settings", {
  partnershipId: uuid("partnership_id")
    .primaryKey()
    .references(() => partnerships.id),
  passwordsDisabled: boolean("passwords_disabled").notNull().default(false),
  version: version(),
  updatedAt: updatedAt(),
});
