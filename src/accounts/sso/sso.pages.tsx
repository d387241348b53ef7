import { type Context, Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "../../platform/http/env.js";
import { parseForm, readFormAs } from "../../platform/http/form.js";
import { pageContext } from "../../platform/http/page-context.js";
import { parseInput } from "../../platform/http/parse.js";
import { IdSchema } from "../../platform/http/schemas.js";
import type { MessageKey } from "../../platform/i18n/index.js";
import { requireWorkspace } from "../../workspace/workspace-context.js";
import { clientAddress, sessionTokenOf, setSessionCookie } from "../authenticate.js";
import { type FieldErrors, fieldErrorsOf, fieldErrorsOfIssues } from "../field-errors.js";
import { localPathOrNull } from "../next-path.js";
import { SignInPage } from "../views/sign-in-page.js";
import {
  addProvider,
  loadSignInAdmin,
  setPasswordsDisabled,
  setProviderEnabled,
} from "./manage-providers.js";
import {
  CreateProviderFormSchema,
  SetPasswordsFormSchema,
  SetProviderStatusFormSchema,
} from "./sso.types.js";
import {
  finishSsoSignIn,
  listSignInButtons,
  providerSignOutUrl,
  type SsoRefusal,
  startSsoSignIn,
} from "./sso-sign-in.js";
import { type ProviderFormValues, SignInAdminPage } from "./views/sign-in-admin-page.js";

/** The browser's pending sign-in (state, nonce and PKCE verifier are in the database under its hash). */
const PENDING_COOKIE = "mbl_oidc";
const CALLBACK_PATH = "/logga-in/oidc/callback";

const REFUSAL_STATUS: Record<SsoRefusal, ContentfulStatusCode> = {
  state_mismatch: 400,
  token_expired: 400,
  token_invalid: 400,
  provider_refused: 401,
  email_unverified: 403,
  domain_not_allowed: 403,
  unknown_person: 403,
  account_elsewhere: 403,
  account_disabled: 403,
  unreachable: 502,
  misconfigured: 503,
};

function noStore(c: Context<AppEnv>): void {
  c.header("Cache-Control", "no-store");
}

/** The sign-in page again, with what went wrong and what the person can do. */
async function refusalPage(
  c: Context<AppEnv>,
  refusal: { reason: SsoRefusal; providerName: string | null },
  next: string | null,
) {
  const ctx = pageContext(c);
  const provider = refusal.providerName ?? ctx.t("accounts.sso.theProvider");
  const general = ctx.t(`accounts.sso.refused.${refusal.reason}` as MessageKey, { provider });
  const providers = await listSignInButtons(c.get("db"));
  return c.html(
    <SignInPage ctx={ctx} next={next} general={general} providers={providers} />,
    REFUSAL_STATUS[refusal.reason],
  );
}

/** Sign-in through OpenID providers, sign-out there, and the partnership's sign-in administration. */
export const ssoPages = new Hono<AppEnv>()
  .get(CALLBACK_PATH, async (c) => {
    noStore(c);
    const cookieToken = getCookie(c, PENDING_COOKIE) || undefined;
    deleteCookie(c, PENDING_COOKIE, {
      path: "/logga-in/oidc",
      secure: true,
      httpOnly: true,
      sameSite: "Lax",
    });
    const result = await finishSsoSignIn({
      db: c.get("db"),
      config: c.get("config"),
      cookieToken,
      search: new URL(c.req.url).search,
      ipAddress: clientAddress(c),
      userAgent: c.req.header("User-Agent") ?? null,
      viewer: c.get("viewer"),
      sessionToken: sessionTokenOf(c),
    });
    if (result.outcome === "refused") return refusalPage(c, result, null);
    setSessionCookie(c, result.token);
    return c.redirect(localPathOrNull(result.next) ?? "/arbete", 303);
  })
  .get("/logga-in/med/:providerId", async (c) => {
    noStore(c);
    const providerId = parseInput(IdSchema, c.req.param("providerId"), {
      code: "invalid_id",
      param: "providerId",
    });
    const next = localPathOrNull(c.req.query("next"));
    const started = await startSsoSignIn({ db: c.get("db"), config: c.get("config"), providerId, next });
    if (started.outcome === "refused") return refusalPage(c, started, next);
    setCookie(c, PENDING_COOKIE, started.cookieToken, {
      path: "/logga-in/oidc",
      httpOnly: true,
      secure: true,
      sameSite: "Lax",
      maxAge: 10 * 60,
    });
    return c.redirect(started.url, 303);
  })
  .get("/logga-ut/leverantor/:providerId", async (c) => {
    noStore(c);
    const providerId = parseInput(IdSchema, c.req.param("providerId"), {
      code: "invalid_id",
      param: "providerId",
    });
    const url = await providerSignOutUrl({ db: c.get("db"), config: c.get("config"), providerId });
    return c.redirect(url ?? "/logga-in?utloggad=1", 303);
  })
  .get("/arbete/:partnership/inloggning", async (c) => {
    const ws = await requireWorkspace(c);
    const notice = c.req.query("sparat") !== undefined ? ws.ctx.t("accounts.admin.saved") : null;
    return renderAdmin(c, ws, { notice });
  })
  .post("/arbete/:partnership/inloggning/leverantorer", async (c) => {
    const ws = await requireWorkspace(c);
    const { values, result } = await readFormAs(c, CreateProviderFormSchema);
    const kept: ProviderFormValues = { ...values, selfService: values.selfService === "true" };
    if (!result.success) {
      const errors = fieldErrorsOfIssues(result.issues);
      if (!errors) throw new Error("unreachable: every provider field is free text");
      return renderAdmin(c, ws, { errors, values: kept }, 400);
    }
    try {
      await addProvider({
        db: c.get("db"),
        viewer: ws.principal,
        partnershipId: ws.partnership.id,
        input: result.data,
      });
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (!errors) throw error;
      return renderAdmin(c, ws, { errors, values: kept }, 400);
    }
    return c.redirect(`/arbete/${ws.partnership.slug}/inloggning?sparat=1`, 303);
  })
  .post("/arbete/:partnership/inloggning/leverantorer/:providerId/status", async (c) => {
    const ws = await requireWorkspace(c);
    const providerId = parseInput(IdSchema, c.req.param("providerId"), {
      code: "invalid_id",
      param: "providerId",
    });
    const input = await parseForm(c, SetProviderStatusFormSchema);
    await setProviderEnabled({
      db: c.get("db"),
      viewer: ws.principal,
      partnershipId: ws.partnership.id,
      providerId,
      ...input,
    });
    return c.redirect(`/arbete/${ws.partnership.slug}/inloggning?sparat=1`, 303);
  })
  .post("/arbete/:partnership/inloggning/losenord", async (c) => {
    const ws = await requireWorkspace(c);
    const input = await parseForm(c, SetPasswordsFormSchema);
    try {
      await setPasswordsDisabled({
        db: c.get("db"),
        viewer: ws.principal,
        partnershipId: ws.partnership.id,
        ...input,
      });
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (!errors) throw error;
      return renderAdmin(c, ws, { errors }, 400);
    }
    return c.redirect(`/arbete/${ws.partnership.slug}/inloggning?sparat=1`, 303);
  });

type Ws = Awaited<ReturnType<typeof requireWorkspace>>;

async function renderAdmin(
  c: Context<AppEnv>,
  ws: Ws,
  form: { errors?: FieldErrors; values?: ProviderFormValues; notice?: string | null },
  status: 200 | 400 = 200,
) {
  const admin = await loadSignInAdmin({
    db: c.get("db"),
    viewer: ws.principal,
    partnershipId: ws.partnership.id,
    config: c.get("config"),
  });
  return c.html(
    <SignInAdminPage ctx={ws.ctx} nav={ws.nav} partnership={ws.partnership} admin={admin} {...form} />,
    status,
  );
}
