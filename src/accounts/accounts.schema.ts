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
 * A role held in one partnership. Reporters are bound to a party (and optionally units through
 * `role_grant_units`); other roles have no party.
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
      sql`${t.role} in ('administrator', 'coordinator', 'police_coordinator', 'reporter', 'reader', 'communicator')`,
    ),
    check("role_grants_party_check", sql`(${t.role} = 'reporter') = (${t.partyId} is not null)`),
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
