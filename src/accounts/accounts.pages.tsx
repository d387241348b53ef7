import { type Context, Hono } from "hono";
import { AppError } from "../platform/errors.js";
import type { AppEnv } from "../platform/http/env.js";
import { type FormIssue, formError, parseForm, readFormAs } from "../platform/http/form.js";
import { pageContext } from "../platform/http/page-context.js";
import { parseInput } from "../platform/http/parse.js";
import { IdSchema } from "../platform/http/schemas.js";
import { isSystemAdministrator } from "../platform/viewer.js";
import { requirePrincipal, requireWorkspace } from "../workspace/workspace-context.js";
import {
  type LinkPurpose,
  readAccountLink,
  redeemAccountLink,
  requestPasswordReset,
} from "./account-links.js";
import {
  ChangePasswordFormSchema,
  CreateAccountFormSchema,
  CreateApiTokenFormSchema,
  ForgotPasswordFormSchema,
  LinkPasswordFormSchema,
  RoleFormSchema,
  SendPasswordLinkFormSchema,
  SetAccountStatusFormSchema,
  SignInFormSchema,
} from "./accounts.types.js";
import {
  createPartnershipAccount,
  grantRole,
  loadAccountDetail,
  loadAccountsOverview,
  revokeRole,
  sendPasswordLink,
  setAccountDisabled,
} from "./administer-accounts.js";
import { createApiToken, listOwnApiTokens, revokeOwnApiToken } from "./api-tokens.js";
import {
  clearSessionCookie,
  clientAddress,
  isSameOrigin,
  sessionTokenOf,
  setSessionCookie,
} from "./authenticate.js";
import { changeOwnPassword } from "./change-password.js";
import { type FieldErrors, fieldErrorsOf, fieldErrorsOfIssues } from "./field-errors.js";
import { listOwnWorkspaces } from "./list-workspaces.js";
import { localPathOrNull } from "./next-path.js";
import { sha256Hex } from "./secrets.js";
import { signIn, signOut } from "./sessions.js";
import { ssoPages } from "./sso/sso.pages.js";
import { listSignInButtons, providerName } from "./sso/sso-sign-in.js";
import { AccountAdminPage } from "./views/account-admin-page.js";
import { AccountsAdminPage } from "./views/accounts-admin-page.js";
import { ChangePasswordPage } from "./views/change-password-page.js";
import { formatTime } from "./views/form-parts.js";
import { ForgotPasswordPage, LinkPasswordPage } from "./views/password-link-pages.js";
import { SignInPage } from "./views/sign-in-page.js";
import { TokensPage } from "./views/tokens-page.js";
import { WorkspacesPage } from "./views/workspaces-page.js";

/** Runs `work`; input problems come back as field errors, anything else is thrown on. */
async function withFieldErrors(work: () => Promise<unknown>): Promise<FieldErrors | null> {
  try {
    await work();
    return null;
  } catch (error) {
    const fields = fieldErrorsOf(error);
    if (fields) return fields;
    throw error;
  }
}

/** The form's problems as field errors; a problem no field shows (a tampered form) is a bad request. */
function fieldErrorsOrThrow(issues: FormIssue[]): FieldErrors {
  const fields = fieldErrorsOfIssues(issues);
  if (!fields) throw formError(issues);
  return fields;
}

function noStore(c: Context<AppEnv>): void {
  c.header("Cache-Control", "no-store");
}

/** Sign-in, sign-out, own password, own API tokens, the partnership chooser, account administration. */
export const accountsPages = new Hono<AppEnv>()
  .get("/logga-in", async (c) => {
    noStore(c);
    const ctx = pageContext(c);
    const signedOut = c.req.query("utloggad") !== undefined;
    const notice = signedOut
      ? ctx.t("accounts.signIn.signedOut")
      : c.req.query("losenord") !== undefined
        ? ctx.t("accounts.signIn.passwordSet")
        : null;
    const providers = await listSignInButtons(c.get("db"));
    // After signing out of a session that came through a provider: offer to sign out there too.
    const from = signedOut ? IdSchema.safeParse(c.req.query("leverantor")) : null;
    const fromName = from?.success ? await providerName(c.get("db"), from.data) : null;
    const signedOutFrom = from?.success && fromName ? { id: from.data, name: fromName } : null;
    return c.html(
      <SignInPage
        ctx={ctx}
        next={localPathOrNull(c.req.query("next"))}
        notice={notice}
        providers={providers}
        signedOutFrom={signedOutFrom}
      />,
    );
  })
  .post("/logga-in", async (c) => {
    noStore(c);
    const ctx = pageContext(c);
    const { t } = ctx;
    const next = localPathOrNull(c.req.query("next"));
    // Login CSRF: another site must not sign the browser in to an account of its choosing.
    if (!isSameOrigin(c)) throw new AppError("csrf_invalid");
    const { values, result } = await readFormAs(c, SignInFormSchema);
    const providers = await listSignInButtons(c.get("db"));
    if (!result.success) {
      const errors = fieldErrorsOrThrow(result.issues);
      const email = typeof values.email === "string" ? values.email.trim() : "";
      return c.html(
        <SignInPage ctx={ctx} next={next} email={email} errors={errors} providers={providers} />,
        400,
      );
    }
    const { email, password } = result.data;
    const signedIn = await signIn({
      db: c.get("db"),
      email,
      password,
      ipAddress: clientAddress(c),
      userAgent: c.req.header("User-Agent") ?? null,
      viewer: c.get("viewer"),
      sessionToken: sessionTokenOf(c),
    });
    if (signedIn.outcome === "signed_in") {
      setSessionCookie(c, signedIn.token);
      return c.redirect(signedIn.mustChangePassword ? "/byt-losenord" : (next ?? "/arbete"), 303);
    }
    if (signedIn.outcome === "throttled") {
      // This client waits (the delay grows with each failure); the account stays open to others.
      const seconds = Math.max(1, Math.ceil((signedIn.retryAt.getTime() - Date.now()) / 1000));
      const minutes = Math.max(1, Math.ceil(seconds / 60));
      const general = t("accounts.signIn.throttled", { time: formatTime(ctx, signedIn.retryAt), minutes });
      c.header("Retry-After", String(seconds));
      return c.html(
        <SignInPage ctx={ctx} next={next} email={email} general={general} providers={providers} />,
        429,
      );
    }
    if (signedIn.outcome === "passwords_disabled") {
      // The password was right, but the partnership signs in through its identity provider.
      const general = t("accounts.sso.passwordsOff", { partnerships: signedIn.partnerships.join(", ") });
      return c.html(
        <SignInPage ctx={ctx} next={next} email={email} general={general} providers={providers} />,
        403,
      );
    }
    const general =
      signedIn.outcome === "disabled" ? t("accounts.signIn.disabled") : t("accounts.signIn.invalid");
    return c.html(
      <SignInPage ctx={ctx} next={next} email={email} general={general} providers={providers} />,
      401,
    );
  })
  .post("/logga-ut", async (c) => {
    // Only a live session is ended (and audited); a stale cookie is simply cleared.
    const { providerId } = await signOut({
      db: c.get("db"),
      viewer: c.get("viewer"),
      token: sessionTokenOf(c),
    });
    clearSessionCookie(c);
    // A session from a provider: the sign-in page offers to sign out there too (a link, because
    // the CSP's form-action keeps a form's redirect on this site).
    return c.redirect(
      providerId ? `/logga-in?utloggad=1&leverantor=${providerId}` : "/logga-in?utloggad=1",
      303,
    );
  })
  .get("/glomt-losenord", (c) => {
    noStore(c);
    return c.html(<ForgotPasswordPage ctx={pageContext(c)} />);
  })
  .post("/glomt-losenord", async (c) => {
    noStore(c);
    const { values, result } = await readFormAs(c, ForgotPasswordFormSchema);
    const email = typeof values.email === "string" ? values.email.trim() : "";
    if (!result.success || email === "")
      return c.html(<ForgotPasswordPage ctx={pageContext(c)} errors={{ email: "required" }} />, 400);
    // The same answer whether or not the address has an account (and whether a mail was sent).
    await requestPasswordReset({ db: c.get("db"), mail: { config: c.get("config") }, email });
    return c.html(<ForgotPasswordPage ctx={pageContext(c)} sentTo={email} />);
  })
  .get("/inbjudan/:token", (c) => linkPage(c, "invitation"))
  .post("/inbjudan/:token", (c) => useLink(c, "invitation"))
  .get("/nytt-losenord/:token", (c) => linkPage(c, "reset"))
  .post("/nytt-losenord/:token", (c) => useLink(c, "reset"))
  .route("/", ssoPages)
  .get("/byt-losenord", (c) => {
    noStore(c);
    const principal = requirePrincipal(c);
    const ctx = pageContext(c);
    const notice = c.req.query("klart") !== undefined ? ctx.t("accounts.password.changed") : null;
    return c.html(<ChangePasswordPage ctx={ctx} mustChange={principal.mustChangePassword} notice={notice} />);
  })
  .post("/byt-losenord", async (c) => {
    noStore(c);
    const input = await parseForm(c, ChangePasswordFormSchema);
    const viewer = c.get("viewer");
    const token = sessionTokenOf(c);
    let wasRequired = false;
    const errors = await withFieldErrors(async () => {
      ({ wasRequired } = await changeOwnPassword({
        db: c.get("db"),
        viewer,
        ...input,
        ...(token ? { keepSessionHash: sha256Hex(token) } : {}),
      }));
    });
    if (errors) {
      const mustChange = viewer.kind === "account" && viewer.mustChangePassword;
      return c.html(<ChangePasswordPage ctx={pageContext(c)} mustChange={mustChange} errors={errors} />, 400);
    }
    return c.redirect(wasRequired ? "/arbete" : "/byt-losenord?klart=1", 303);
  })
  .get("/arbete", async (c) => {
    const partnerships = await listOwnWorkspaces({ db: c.get("db"), viewer: c.get("viewer") });
    const viewer = c.get("viewer");
    if (partnerships.length === 1 && !isSystemAdministrator(viewer))
      return c.redirect(`/arbete/${partnerships[0]?.slug}`, 303);
    return c.html(<WorkspacesPage ctx={pageContext(c)} partnerships={partnerships} />);
  })
  .get("/konto/nycklar", async (c) => {
    noStore(c);
    const tokens = await listOwnApiTokens({ db: c.get("db"), viewer: c.get("viewer") });
    const ctx = pageContext(c);
    const notice = c.req.query("aterkallad") !== undefined ? ctx.t("accounts.tokens.revokedNotice") : null;
    return c.html(<TokensPage ctx={ctx} tokens={tokens} notice={notice} />);
  })
  .post("/konto/nycklar", async (c) => {
    noStore(c);
    const db = c.get("db");
    const viewer = c.get("viewer");
    const { values, result } = await readFormAs(c, CreateApiTokenFormSchema);
    if (!result.success) {
      const errors = fieldErrorsOrThrow(result.issues);
      const tokens = await listOwnApiTokens({ db, viewer });
      const name = typeof values.name === "string" ? values.name.trim() : "";
      return c.html(<TokensPage ctx={pageContext(c)} tokens={tokens} errors={errors} name={name} />, 400);
    }
    // The token is shown in this response only (never in an address), so no redirect here.
    const { name, lifetimeDays } = result.data;
    const created = await createApiToken({ db, viewer, name, lifetimeDays });
    const tokens = await listOwnApiTokens({ db, viewer });
    return c.html(
      <TokensPage ctx={pageContext(c)} tokens={tokens} created={{ name, token: created.token }} />,
      201,
    );
  })
  .post("/konto/nycklar/:tokenId/aterkalla", async (c) => {
    const tokenId = parseInput(IdSchema, c.req.param("tokenId"), { code: "invalid_id", param: "tokenId" });
    await revokeOwnApiToken({ db: c.get("db"), viewer: c.get("viewer"), tokenId });
    return c.redirect("/konto/nycklar?aterkallad=1", 303);
  })
  .get("/arbete/:partnership/konton", async (c) => {
    const ws = await requireWorkspace(c);
    return renderAccountsList(c, ws);
  })
  .post("/arbete/:partnership/konton", async (c) => {
    const ws = await requireWorkspace(c);
    const input = await parseForm(c, CreateAccountFormSchema);
    let createdId = "";
    const errors = await withFieldErrors(async () => {
      ({ id: createdId } = await createPartnershipAccount({
        db: c.get("db"),
        viewer: ws.principal,
        partnershipId: ws.partnership.id,
        email: input.email,
        name: input.name,
        personId: input.personId ?? null,
        mail: { config: c.get("config") },
        firstRole: roleInputOf(input),
      }));
    });
    if (errors) return renderAccountsList(c, ws, { errors, values: input }, 400);
    return c.redirect(`/arbete/${ws.partnership.slug}/konton/${createdId}?sparat=1`, 303);
  })
  .get("/arbete/:partnership/konton/:accountId", async (c) => {
    const ws = await requireWorkspace(c);
    return renderAccount(c, ws, accountIdOf(c));
  })
  .post("/arbete/:partnership/konton/:accountId/losenord", async (c) => {
    const ws = await requireWorkspace(c);
    const accountId = accountIdOf(c);
    const input = await parseForm(c, SendPasswordLinkFormSchema);
    const errors = await withFieldErrors(() =>
      sendPasswordLink({
        db: c.get("db"),
        viewer: ws.principal,
        partnershipId: ws.partnership.id,
        accountId,
        mail: { config: c.get("config") },
        ...input,
      }),
    );
    if (errors) return renderAccount(c, ws, accountId, { errors }, 400);
    return c.redirect(`/arbete/${ws.partnership.slug}/konton/${accountId}?lank=1`, 303);
  })
  .post("/arbete/:partnership/konton/:accountId/status", async (c) => {
    const ws = await requireWorkspace(c);
    const accountId = accountIdOf(c);
    const input = await parseForm(c, SetAccountStatusFormSchema);
    const errors = await withFieldErrors(() =>
      setAccountDisabled({
        db: c.get("db"),
        viewer: ws.principal,
        partnershipId: ws.partnership.id,
        accountId,
        ...input,
      }),
    );
    if (errors) return renderAccount(c, ws, accountId, { errors }, 400);
    return c.redirect(`/arbete/${ws.partnership.slug}/konton/${accountId}?sparat=1`, 303);
  })
  .post("/arbete/:partnership/konton/:accountId/roller", async (c) => {
    const ws = await requireWorkspace(c);
    const accountId = accountIdOf(c);
    const input = await parseForm(c, RoleFormSchema);
    const errors = await withFieldErrors(() =>
      grantRole({
        db: c.get("db"),
        viewer: ws.principal,
        partnershipId: ws.partnership.id,
        accountId,
        role: roleInputOf(input),
      }),
    );
    if (errors) return renderAccount(c, ws, accountId, { errors, values: input }, 400);
    return c.redirect(`/arbete/${ws.partnership.slug}/konton/${accountId}?sparat=1`, 303);
  })
  .post("/arbete/:partnership/konton/:accountId/roller/:grantId/ta-bort", async (c) => {
    const ws = await requireWorkspace(c);
    const accountId = accountIdOf(c);
    const grantId = parseInput(IdSchema, c.req.param("grantId"), { code: "invalid_id", param: "grantId" });
    const errors = await withFieldErrors(() =>
      revokeRole({
        db: c.get("db"),
        viewer: ws.principal,
        partnershipId: ws.partnership.id,
        accountId,
        grantId,
      }),
    );
    if (errors) return renderAccount(c, ws, accountId, { errors }, 400);
    return c.redirect(`/arbete/${ws.partnership.slug}/konton/${accountId}?sparat=1`, 303);
  });

type Ws = Awaited<ReturnType<typeof requireWorkspace>>;

/** The token of a one-time link in the address (anything else is a link that does not exist). */
function linkTokenOf(c: Context<AppEnv>): string {
  const token = c.req.param("token") ?? "";
  if (!/^[\w-]{20,100}$/.test(token)) throw new AppError("not_found", { entity: "account_link" });
  return token;
}

/** The page of an invitation or reset link: who it is for, and the password form. */
async function linkPage(c: Context<AppEnv>, purpose: LinkPurpose) {
  noStore(c);
  const token = linkTokenOf(c);
  const account = await readAccountLink({ db: c.get("db"), token, purpose });
  return c.html(
    <LinkPasswordPage ctx={pageContext(c)} purpose={purpose} action={c.req.path} account={account} />,
  );
}

/** Sets the password through a link (once); then to sign-in. */
async function useLink(c: Context<AppEnv>, purpose: LinkPurpose) {
  noStore(c);
  const token = linkTokenOf(c);
  const input = await parseForm(c, LinkPasswordFormSchema);
  const db = c.get("db");
  const errors = await withFieldErrors(() => redeemAccountLink({ db, token, purpose, ...input }));
  if (errors) {
    const account = await readAccountLink({ db, token, purpose });
    return c.html(
      <LinkPasswordPage
        ctx={pageContext(c)}
        purpose={purpose}
        action={c.req.path}
        account={account}
        errors={errors}
      />,
      400,
    );
  }
  // A browser signed in as someone else keeps that session; the new password is used at sign-in.
  return c.redirect("/logga-in?losenord=1", 303);
}

function accountIdOf(c: Context<AppEnv>): string {
  return parseInput(IdSchema, c.req.param("accountId"), { code: "invalid_id", param: "accountId" });
}

/** The role part of a form as the services take it (no party: null). */
function roleInputOf(input: { role: string; partyId?: string | undefined; unitIds: string[] }) {
  return { role: input.role, partyId: input.partyId ?? null, unitIds: input.unitIds };
}

async function renderAccountsList(
  c: Context<AppEnv>,
  ws: Ws,
  form: { errors?: FieldErrors; values?: Parameters<typeof AccountsAdminPage>[0]["values"] } = {},
  status: 200 | 400 = 200,
) {
  const scope = { db: c.get("db"), viewer: ws.principal, partnershipId: ws.partnership.id };
  const { accounts, parties, people } = await loadAccountsOverview(scope);
  return c.html(
    <AccountsAdminPage
      ctx={ws.ctx}
      nav={ws.nav}
      partnership={ws.partnership}
      parties={parties}
      people={people}
      accounts={accounts}
      {...form}
    />,
    status,
  );
}

async function renderAccount(
  c: Context<AppEnv>,
  ws: Ws,
  accountId: string,
  form: { errors?: FieldErrors; values?: { role?: string; partyId?: string; unitIds?: string[] } } = {},
  status: 200 | 400 = 200,
) {
  const scope = { db: c.get("db"), viewer: ws.principal, partnershipId: ws.partnership.id };
  const { account, parties } = await loadAccountDetail({ ...scope, accountId });
  const notice = form.errors
    ? null
    : c.req.query("lank") !== undefined
      ? ws.ctx.t("accounts.admin.linkSent")
      : c.req.query("sparat") !== undefined
        ? ws.ctx.t("accounts.admin.saved")
        : null;
  return c.html(
    <AccountAdminPage
      ctx={ws.ctx}
      nav={ws.nav}
      partnership={ws.partnership}
      parties={parties}
      account={account}
      notice={notice}
      {...form}
    />,
    status,
  );
}
