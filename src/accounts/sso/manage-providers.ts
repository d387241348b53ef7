/**
 * The partnership administrator's sign-in settings: its OpenID providers and whether its accounts
 * may still use passwords. Installation-wide providers (no partnership) are set up by the command
 * line (the system viewer) and shown read-only to administrators.
 */
import type { Config } from "../../platform/config.js";
import type { Db } from "../../platform/db/client.js";
import { actorOf, mutate } from "../../platform/db/mutation.js";
import { AppError } from "../../platform/errors.js";
import type { Viewer } from "../../platform/viewer.js";
import { accountsPolicy } from "../accounts.policy.js";
import { type FieldErrors, invalidFields } from "../field-errors.js";
import { postLogoutUriOf, redirectUriOf } from "./oidc-client.js";
import { parseSecretRef, resolveSecret } from "./secret-ref.js";
import {
  findProvider,
  findSignInSettings,
  insertProvider,
  listAllProviders,
  listProvidersFor,
  type ProviderRow,
  providerHasWorkedFor,
  saveSignInSettings,
  updateProvider,
} from "./sso.repository.js";
import type { CreateProviderInput } from "./sso.types.js";

interface Scope {
  db: Db;
  viewer: Viewer;
  partnershipId: string;
}

/** A provider as the administration page shows it (the secret's reference, never the secret). */
export interface ProviderView {
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  clientSecretRef: string;
  /** Whether the referenced secret is there now. */
  secretFound: boolean;
  scopes: string;
  emailClaim: string;
  emailVerifiedClaim: string;
  nameClaim: string;
  allowedDomains: string[];
  selfService: boolean;
  enabled: boolean;
  /** Set up for the whole installation (from the command line): not changed here. */
  installationWide: boolean;
  version: number;
}

export interface SignInAdmin {
  providers: ProviderView[];
  passwordsDisabled: boolean;
  settingsVersion: number;
  /** Someone of the partnership has signed in through one of its enabled providers. */
  providerWorks: boolean;
  redirectUri: string;
  postLogoutUri: string;
}

async function present(config: Config, p: ProviderRow): Promise<ProviderView> {
  return {
    id: p.id,
    name: p.name,
    issuer: p.issuer,
    clientId: p.clientId,
    clientSecretRef: p.clientSecretRef,
    secretFound: (await resolveSecret(config, p.clientSecretRef)) !== null,
    scopes: p.scopes,
    emailClaim: p.emailClaim,
    emailVerifiedClaim: p.emailVerifiedClaim,
    nameClaim: p.nameClaim,
    allowedDomains: p.allowedDomains,
    selfService: p.selfService,
    enabled: p.enabled,
    installationWide: p.partnershipId === null,
    version: p.version,
  };
}

/** What the sign-in administration page shows. */
export async function loadSignInAdmin(scope: Scope & { config: Config }): Promise<SignInAdmin> {
  accountsPolicy.authorize(scope.viewer, "manageSignIn", { partnershipId: scope.partnershipId });
  const [rows, settings] = await Promise.all([
    listProvidersFor(scope.db, scope.partnershipId),
    findSignInSettings(scope.db, scope.partnershipId),
  ]);
  const enabledIds = rows.filter((p) => p.enabled).map((p) => p.id);
  return {
    providers: await Promise.all(rows.map((p) => present(scope.config, p))),
    passwordsDisabled: settings?.passwordsDisabled ?? false,
    settingsVersion: settings?.version ?? 0,
    providerWorks: await providerHasWorkedFor(scope.db, scope.partnershipId, enabledIds),
    redirectUri: redirectUriOf(scope.config),
    postLogoutUri: postLogoutUriOf(scope.config),
  };
}

const CLAIM = /^[A-Za-z0-9_.:-]{1,100}$/;
const DOMAIN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;
const SCOPE_TOKEN = /^[\x21\x23-\x5B\x5D-\x7E]+$/;

/** The checked values of a provider form, or field errors. */
export function checkProvider(input: CreateProviderInput): {
  values: Omit<ProviderRow, "id" | "partnershipId" | "enabled" | "version" | "createdAt" | "updatedAt">;
  errors: FieldErrors;
} {
  const errors: FieldErrors = {};
  const name = input.name.trim();
  if (name === "") errors.name = "required";
  else if (name.length > 100) errors.name = "too_long";
  const issuer = input.issuer.trim().replace(/\/+$/, (m) => (m.length > 0 ? "/" : ""));
  if (issuer === "") errors.issuer = "required";
  else {
    try {
      const url = new URL(issuer);
      const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
      if (!(url.protocol === "https:" || (url.protocol === "http:" && loopback)) || url.search || url.hash)
        errors.issuer = "issuer_invalid";
    } catch {
      errors.issuer = "issuer_invalid";
    }
  }
  const clientId = input.clientId.trim();
  if (clientId === "") errors.clientId = "required";
  else if (clientId.length > 200) errors.clientId = "too_long";
  const clientSecretRef = input.clientSecretRef.trim();
  if (clientSecretRef === "") errors.clientSecretRef = "required";
  else if (!parseSecretRef(clientSecretRef)) errors.clientSecretRef = "secret_ref_invalid";
  const scopeList = (input.scopes.trim() || "openid email profile").split(/\s+/);
  if (!scopeList.includes("openid") || !scopeList.every((s) => SCOPE_TOKEN.test(s)) || scopeList.length > 20)
    errors.scopes = "scopes_invalid";
  const claims = {
    emailClaim: input.emailClaim.trim() || "email",
    emailVerifiedClaim: input.emailVerifiedClaim.trim() || "email_verified",
    nameClaim: input.nameClaim.trim() || "name",
  };
  for (const [field, value] of Object.entries(claims))
    if (!CLAIM.test(value)) errors[field] = "claim_invalid";
  const allowedDomains = [
    ...new Set(
      input.allowedDomains
        .split(/[\s,;]+/)
        .map((d) => d.trim().toLowerCase().replace(/^@/, ""))
        .filter((d) => d !== ""),
    ),
  ];
  if (allowedDomains.length === 0) errors.allowedDomains = "required";
  else if (!allowedDomains.every((d) => DOMAIN.test(d)) || allowedDomains.length > 50)
    errors.allowedDomains = "domains_invalid";
  return {
    values: {
      name,
      issuer,
      clientId,
      clientSecretRef,
      scopes: scopeList.join(" "),
      ...claims,
      allowedDomains,
      selfService: input.selfService,
    },
    errors,
  };
}

function snapshot(p: ProviderRow) {
  const { createdAt: _c, updatedAt: _u, ...rest } = p;
  return rest;
}

/**
 * Adds a provider: to a partnership (its administrators), or to the whole installation
 * (`partnershipId` null: the command line only). Self-service accounts need a partnership.
 */
export async function addProvider(options: {
  db: Db;
  viewer: Viewer;
  partnershipId: string | null;
  input: CreateProviderInput;
}): Promise<{ id: string }> {
  const { db, viewer, partnershipId } = options;
  if (partnershipId) accountsPolicy.authorize(viewer, "manageSignIn", { partnershipId });
  else if (viewer.kind !== "system")
    throw new AppError("forbidden", { entity: "accounts.manageSignIn", reason: "role" });
  const { values, errors } = checkProvider(options.input);
  if (!partnershipId && values.selfService) errors.selfService = "self_service_needs_partnership";
  if (Object.keys(errors).length > 0) throw invalidFields(errors);
  return mutate(db, actorOf(viewer), async (tx, audit) => {
    const row = await insertProvider(tx, { ...values, partnershipId });
    audit({
      action: "sign_in_provider.created",
      entityType: "sign_in_provider",
      entityId: row.id,
      partnershipId,
      after: snapshot(row),
    });
    return { id: row.id };
  });
}

/** Switches one of the partnership's providers on or off (installation-wide ones: the command line). */
export async function setProviderEnabled(
  scope: Scope & { providerId: string; version: number; enabled: boolean },
): Promise<void> {
  accountsPolicy.authorize(scope.viewer, "manageSignIn", { partnershipId: scope.partnershipId });
  const provider = await findProvider(scope.db, scope.providerId);
  if (!provider || provider.partnershipId !== scope.partnershipId)
    throw new AppError("not_found", { entity: "sign_in_provider", value: scope.providerId });
  await mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    const updated = await updateProvider(tx, provider.id, scope.version, { enabled: scope.enabled });
    if (!updated)
      throw new AppError("conflict", { entity: "sign_in_provider" }, { current: snapshot(provider) });
    audit({
      action: scope.enabled ? "sign_in_provider.enabled" : "sign_in_provider.disabled",
      entityType: "sign_in_provider",
      entityId: provider.id,
      partnershipId: scope.partnershipId,
      before: snapshot(provider),
      after: snapshot(updated),
    });
  });
}

/**
 * Switches passwords off (or on again) for the partnership's accounts. Off only once a provider
 * works: someone of the partnership has signed in through one of its enabled providers.
 */
export async function setPasswordsDisabled(
  scope: Scope & { version: number; passwordsDisabled: boolean },
): Promise<void> {
  accountsPolicy.authorize(scope.viewer, "manageSignIn", { partnershipId: scope.partnershipId });
  if (scope.passwordsDisabled) {
    const enabled = (await listProvidersFor(scope.db, scope.partnershipId)).filter((p) => p.enabled);
    const works = await providerHasWorkedFor(
      scope.db,
      scope.partnershipId,
      enabled.map((p) => p.id),
    );
    if (!works) throw invalidFields({ passwordsDisabled: "no_working_provider" });
  }
  const before = await findSignInSettings(scope.db, scope.partnershipId);
  await mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    const saved = await saveSignInSettings(tx, scope.partnershipId, scope.version, scope.passwordsDisabled);
    if (!saved)
      throw new AppError(
        "conflict",
        { entity: "sign_in_settings" },
        { current: { passwordsDisabled: before?.passwordsDisabled ?? false, version: before?.version ?? 0 } },
      );
    audit({
      action: scope.passwordsDisabled ? "sign_in.passwords_disabled" : "sign_in.passwords_enabled",
      entityType: "partnership",
      entityId: scope.partnershipId,
      partnershipId: scope.partnershipId,
      before: before ? { passwordsDisabled: before.passwordsDisabled, version: before.version } : null,
      after: { passwordsDisabled: saved.passwordsDisabled, version: saved.version },
    });
  });
}

/** Every provider, for the command line (system viewer only). */
export async function listProvidersForCli(options: {
  db: Db;
  viewer: Viewer;
  config: Config;
}): Promise<ProviderView[]> {
  if (options.viewer.kind !== "system")
    throw new AppError("forbidden", { entity: "accounts.manageSignIn", reason: "role" });
  return Promise.all((await listAllProviders(options.db)).map((p) => present(options.config, p)));
}

/** Switches any provider on or off from the command line (system viewer only; installation-wide ones too). */
export async function setProviderEnabledFromCli(options: {
  db: Db;
  viewer: Viewer;
  providerId: string;
  enabled: boolean;
}): Promise<ProviderView["name"]> {
  if (options.viewer.kind !== "system")
    throw new AppError("forbidden", { entity: "accounts.manageSignIn", reason: "role" });
  const provider = await findProvider(options.db, options.providerId);
  if (!provider) throw new AppError("not_found", { entity: "sign_in_provider", value: options.providerId });
  await mutate(options.db, actorOf(options.viewer), async (tx, audit) => {
    const updated = await updateProvider(tx, provider.id, provider.version, { enabled: options.enabled });
    if (!updated)
      throw new AppError("conflict", { entity: "sign_in_provider" }, { current: snapshot(provider) });
    audit({
      action: options.enabled ? "sign_in_provider.enabled" : "sign_in_provider.disabled",
      entityType: "sign_in_provider",
      entityId: provider.id,
      partnershipId: provider.partnershipId,
      before: snapshot(provider),
      after: snapshot(updated),
    });
  });
  return provider.name;
}
