/**
 * The only file that talks to `openid-client` (v6): discovery (cached), the authorization URL
 * with PKCE, state and nonce, the code exchange with the ID token's checks, and the end-session
 * URL. Failures come back as a `ProviderFailure` the sign-in page can explain.
 */
import type * as Oidc from "openid-client";
import type { Config } from "../../platform/config.js";
import { resolveSecret } from "./secret-ref.js";
import type { ProviderRow } from "./sso.repository.js";

/** Seconds of clock difference tolerated on the ID token's iat/exp/nbf (openid-client's default is 30). */
export const CLOCK_TOLERANCE_SECONDS = 60;
/** Seconds to wait for the provider before it counts as unreachable. */
const TIMEOUT_SECONDS = 10;
/** How long a discovered configuration is reused. */
const CACHE_MS = 10 * 60 * 1000;

/** Why a sign-in through a provider failed, in terms a person can act on. */
export type ProviderFailure =
  | "unreachable" // the provider did not answer (network, timeout, 5xx)
  | "misconfigured" // our configuration or the provider's registration is wrong
  | "token_expired" // the ID token's time checks failed (expired, or clocks too far apart)
  | "token_invalid" // issuer, audience, nonce, signature or the code were not right
  | "provider_refused"; // the provider answered the sign-in with an error (e.g. the person cancelled)

export class ProviderError extends Error {
  override name = "ProviderError";
  constructor(
    readonly failure: ProviderFailure,
    readonly detail: string,
  ) {
    super(`${failure}: ${detail}`);
  }
}

/** openid-client loads with the first sign-in through a provider, not when the server starts. */
let loaded: typeof Oidc | undefined;
async function openidClient(): Promise<typeof Oidc> {
  loaded ??= await import("openid-client");
  return loaded;
}

const cache = new Map<string, { at: number; configuration: Oidc.Configuration }>();

/** http:// is accepted only for a provider on this machine (development and tests). */
function isLoopback(url: URL): boolean {
  return ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
}

function classify(error: unknown, stage: "discovery" | "callback" | "end_session"): ProviderError {
  if (error instanceof ProviderError) return error;
  // Not loaded: the failure cannot be one of its errors.
  const oidc = loaded;
  if (!oidc)
    return new ProviderError(stage === "discovery" ? "misconfigured" : "token_invalid", String(error));
  if (error instanceof oidc.AuthorizationResponseError)
    return new ProviderError("provider_refused", `${error.error}: ${error.error_description ?? ""}`);
  if (error instanceof oidc.ResponseBodyError) {
    if (error.status >= 500) return new ProviderError("unreachable", `HTTP ${error.status}`);
    const failure =
      error.error === "invalid_client" || error.error === "unauthorized_client"
        ? "misconfigured"
        : "token_invalid";
    return new ProviderError(failure, error.error);
  }
  if (error instanceof TypeError) return new ProviderError("unreachable", error.message);
  if (error instanceof oidc.ClientError) {
    const cause = error.cause;
    if (cause instanceof Response && cause.status >= 500)
      return new ProviderError("unreachable", `HTTP ${cause.status}`);
    switch (error.code) {
      case "OAUTH_TIMEOUT":
      case "OAUTH_ABORT":
        return new ProviderError("unreachable", error.message);
      case "OAUTH_JWT_TIMESTAMP_CHECK_FAILED":
        return new ProviderError("token_expired", error.message);
      case "OAUTH_HTTP_REQUEST_FORBIDDEN":
      case "OAUTH_REQUEST_PROTOCOL_FORBIDDEN":
      case "OAUTH_MISSING_SERVER_METADATA":
      case "OAUTH_INVALID_SERVER_METADATA":
        return new ProviderError("misconfigured", error.message);
    }
    if (stage === "discovery") return new ProviderError("misconfigured", `${error.code}: ${error.message}`);
    return new ProviderError("token_invalid", `${error.code}: ${error.message}`);
  }
  return new ProviderError(stage === "discovery" ? "misconfigured" : "token_invalid", String(error));
}

/** The provider's discovered configuration with our client credentials (cached per provider version). */
export async function configurationOf(config: Config, provider: ProviderRow): Promise<Oidc.Configuration> {
  const oidc = await openidClient();
  const key = `${provider.id}:${provider.version}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.configuration;
  const secret = await resolveSecret(config, provider.clientSecretRef);
  if (!secret)
    throw new ProviderError("misconfigured", `client secret ${provider.clientSecretRef} is not set`);
  let issuer: URL;
  try {
    issuer = new URL(provider.issuer);
  } catch {
    throw new ProviderError("misconfigured", "issuer is not a URL");
  }
  const insecure = issuer.protocol === "http:" && isLoopback(issuer);
  try {
    const configuration = await oidc.discovery(
      issuer,
      provider.clientId,
      { client_secret: secret, [oidc.clockTolerance]: CLOCK_TOLERANCE_SECONDS },
      oidc.ClientSecretPost(secret),
      { timeout: TIMEOUT_SECONDS, ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}) },
    );
    configuration.timeout = TIMEOUT_SECONDS;
    cache.set(key, { at: Date.now(), configuration });
    return configuration;
  } catch (error) {
    throw classify(error, "discovery");
  }
}

/** The callback address registered at every provider. */
export function redirectUriOf(config: Config): string {
  return `${config.publicUrl}/logga-in/oidc/callback`;
}

/** Where the provider sends the browser back after signing out there. */
export function postLogoutUriOf(config: Config): string {
  return `${config.publicUrl}/logga-in?utloggad=1`;
}

export interface StartedSignIn {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The provider's authorization URL: code flow, PKCE (S256), a fresh state and nonce. */
export async function authorizationUrl(config: Config, provider: ProviderRow): Promise<StartedSignIn> {
  const oidc = await openidClient();
  const configuration = await configurationOf(config, provider);
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUriOf(config),
    scope: provider.scopes,
    response_type: "code",
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state,
    nonce,
  });
  return { url, state, nonce, codeVerifier };
}

/**
 * Exchanges the code (with the PKCE verifier) and returns the ID token's claims, completed from
 * the userinfo endpoint for claims the ID token leaves out. openid-client checks state, nonce,
 * the ID token's signature, issuer, audience, azp, iat and exp (with the clock tolerance).
 */
export async function exchangeCode(
  config: Config,
  provider: ProviderRow,
  callback: { url: URL; state: string; nonce: string; codeVerifier: string },
): Promise<Record<string, unknown>> {
  const oidc = await openidClient();
  const configuration = await configurationOf(config, provider);
  try {
    const tokens = await oidc.authorizationCodeGrant(configuration, callback.url, {
      pkceCodeVerifier: callback.codeVerifier,
      expectedState: callback.state,
      expectedNonce: callback.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new ProviderError("token_invalid", "no ID token");
    const merged: Record<string, unknown> = { ...claims };
    const wanted = [provider.emailClaim, provider.emailVerifiedClaim, provider.nameClaim];
    if (
      wanted.some((claim) => merged[claim] === undefined) &&
      configuration.serverMetadata().userinfo_endpoint
    ) {
      const info = await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub);
      for (const claim of wanted)
        if (merged[claim] === undefined && info[claim] !== undefined) merged[claim] = info[claim];
    }
    return merged;
  } catch (error) {
    throw classify(error, "callback");
  }
}

/** The provider's end-session URL (RP-initiated logout), or null when it has none or cannot be reached. */
export async function endSessionUrl(config: Config, provider: ProviderRow): Promise<URL | null> {
  const oidc = await openidClient();
  try {
    const configuration = await configurationOf(config, provider);
    if (!configuration.serverMetadata().end_session_endpoint) return null;
    return oidc.buildEndSessionUrl(configuration, {
      client_id: provider.clientId,
      post_logout_redirect_uri: postLogoutUriOf(config),
    });
  } catch {
    return null;
  }
}
