/**
 * A real OpenID provider in the test process: `oidc-provider` (v9; it warns on Node 20 but runs)
 * on a random port on 127.0.0.1, with its development login form (any login, any password: the
 * login is the subject), consent granted automatically, PKCE required, and end-session on.
 * `signInAtProvider` walks its login over HTTP the way a browser would (cookies, redirects).
 *
 * @example
 * const idp = await startTestProvider({ redirectUri: "http://localhost:3000/logga-in/oidc/callback" });
 * idp.people.set("anna", { email: "anna@linkoping.se", email_verified: true, name: "Anna" });
 */

import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

export interface TestPerson {
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Subject → claims; a login not here fails at the provider. */
  people: Map<string, TestPerson>;
  /** While true, tokens are issued two hours in the past (an expired ID token). */
  issueExpiredTokens: boolean;
  close(): Promise<void>;
}

// oidc-provider logs its Node 20 and development-keys warnings once per process; they are expected.
export async function startTestProvider(options: {
  redirectUri: string;
  postLogoutRedirectUri?: string;
}): Promise<TestProvider> {
  const people = new Map<string, TestPerson>();
  const clientId = "medborgarlofte";
  const clientSecret = "test-secret-0123456789";
  const state: { issueExpiredTokens: boolean } = { issueExpiredTokens: false };
  let server: Server | null = null;
  // The port is known only after listening: listen first on a bare server, then attach the provider.
  const { createServer } = await import("node:http");
  let handler: ((req: unknown, res: unknown) => void) | null = null;
  server = createServer((req, res) => handler?.(req, res));
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        post_logout_redirect_uris: [options.postLogoutRedirectUri ?? options.redirectUri],
        token_endpoint_auth_method: "client_secret_post",
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    async findAccount(_ctx: unknown, sub: string) {
      const person = people.get(sub);
      if (!person) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...person }) };
    },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: ["test-cookie-key"] },
    // Explicit lifetimes (seconds): the ID token lives an hour, as at most providers.
    ttl: {
      AccessToken: 3600,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 600,
      Grant: 3600,
      Session: 3600,
    },
    // First-party: consent is granted without asking (the login is what the tests drive).
    async loadExistingGrant(ctx: {
      oidc: {
        client: { clientId: string };
        session: { accountId: string; grantIdFor(id: string): string | undefined };
        result?: { consent?: { grantId?: string } };
        provider: Provider & { Grant: { find(id: string): Promise<unknown> } };
      };
    }) {
      const grantId =
        ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  });
  provider.use(async (ctx, next) => {
    if (!(state.issueExpiredTokens && ctx.path === "/token")) return next();
    // The provider's clock runs two hours behind while it issues the tokens: the ID token it
    // signs expired an hour ago (its lifetime is one hour).
    const realNow = Date.now;
    Date.now = () => realNow() - 2 * 60 * 60 * 1000;
    try {
      await next();
    } finally {
      Date.now = realNow;
    }
  });
  const callback = (provider as unknown as { callback(): (req: unknown, res: unknown) => void }).callback();
  handler = callback;
  return {
    issuer,
    clientId,
    clientSecret,
    people,
    get issueExpiredTokens() {
      return state.issueExpiredTokens;
    },
    set issueExpiredTokens(value: boolean) {
      state.issueExpiredTokens = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server?.closeAllConnections();
        server?.close(() => resolve());
      }),
  };
}

/** A tiny cookie jar for the provider's own cookies (name → value; paths ignored). */
class Jar {
  private cookies = new Map<string, string>();
  take(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const eq = pair?.indexOf("=") ?? -1;
      if (!pair || eq < 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === "" || /expires=Thu, 01 Jan 1970/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

/**
 * Follows the provider's redirects from the authorization URL, logs in as `login` on its
 * development form, and returns the address it finally sends the browser back to (our callback
 * with code and state, or with an error).
 */
export async function signInAtProvider(authorizationUrl: string, login: string): Promise<URL> {
  const jar = new Jar();
  let url = new URL(authorizationUrl);
  let method = "GET";
  let body: URLSearchParams | undefined;
  const origin = url.origin;
  for (let hop = 0; hop < 10; hop++) {
    const response = await fetch(url, {
      method,
      redirect: "manual",
      headers: {
        Cookie: jar.header(),
        ...(body ? { "Content-Type": "application/x-www-form-urlencoded" } : {}),
      },
      ...(body ? { body } : {}),
    });
    jar.take(response);
    method = "GET";
    body = undefined;
    if (response.status >= 300 && response.status < 400) {
      const next = new URL(response.headers.get("Location") ?? "", url);
      if (next.origin !== origin) return next;
      url = next;
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (response.status !== 200 || !action || !html.includes('name="login"'))
      throw new Error(`unexpected provider page ${response.status} at ${url}: ${html.slice(0, 300)}`);
    url = new URL(action.replace(/&amp;/g, "&"), url);
    method = "POST";
    body = new URLSearchParams({ prompt: "login", login, password: "any" });
  }
  throw new Error("too many redirects at the provider");
}
