import { CsrfField } from "../../platform/web/forms.js";
import type { PageContext } from "../../platform/web/layout.js";
import type { FieldErrors } from "../field-errors.js";
import type { ProviderButton } from "../sso/sso-sign-in.js";
import { AccountFrame } from "./account-frame.js";
import { ErrorSummary, Field } from "./form-parts.js";

export function SignInPage(props: {
  ctx: PageContext;
  next: string | null;
  email?: string;
  errors?: FieldErrors;
  /** A problem with the sign-in as a whole (never says which part was wrong). */
  general?: string | null;
  notice?: string | null;
  /** The identity providers people may sign in through (one button each). */
  providers?: readonly ProviderButton[];
  /** Signed out here, but perhaps still signed in at this provider: offer to sign out there too. */
  signedOutFrom?: ProviderButton | null;
}) {
  const { ctx } = props;
  const { t } = ctx;
  const errors = props.errors ?? {};
  const hasErrors = Object.keys(errors).length > 0 || Boolean(props.general);
  const action = props.next ? `/logga-in?next=${encodeURIComponent(props.next)}` : "/logga-in";
  const providers = props.providers ?? [];
  const nextQuery = props.next ? `?next=${encodeURIComponent(props.next)}` : "";
  return (
    <AccountFrame
      ctx={ctx}
      title={
        hasErrors
          ? `${t("accounts.errorSummary")}: ${t("accounts.signIn.title")}`
          : t("accounts.signIn.title")
      }
    >
      <h1>{t("accounts.signIn.title")}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      {ctx.viewer.kind === "account" ? (
        <p>
          {t("accounts.signIn.alreadySignedIn", { name: ctx.viewer.name })}{" "}
          <a href="/arbete">{t("accounts.signIn.toWorkspace")}</a>
        </p>
      ) : null}
      {props.signedOutFrom ? (
        <p>
          {t("accounts.sso.stillSignedIn", { provider: props.signedOutFrom.name })}{" "}
          <a href={`/logga-ut/leverantor/${props.signedOutFrom.id}`}>
            {t("accounts.sso.signOutThere", { provider: props.signedOutFrom.name })}
          </a>
        </p>
      ) : null}
      <ErrorSummary ctx={ctx} errors={errors} general={props.general ?? null} />
      {providers.length > 0 ? (
        <section aria-labelledby="sign-in-providers">
          <h2 id="sign-in-providers">{t("accounts.sso.heading")}</h2>
          <p>{t("accounts.sso.intro")}</p>
          <ul class="sign-in-providers">
            {providers.map((p) => (
              <li>
                <a class="button" href={`/logga-in/med/${p.id}${nextQuery}`}>
                  {t("accounts.sso.button", { provider: p.name })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {providers.length > 0 ? <h2>{t("accounts.sso.passwordHeading")}</h2> : null}
      <p>{t("accounts.signIn.intro")}</p>
      <form method="post" action={action} novalidate>
        {/* Needed when someone already signed in signs in again (their cookie makes this a session POST). */}
        {ctx.csrfToken ? <CsrfField ctx={ctx} /> : null}
        <Field
          ctx={ctx}
          errors={errors}
          name="email"
          type="email"
          label={t("accounts.signIn.email")}
          value={props.email ?? ""}
          autocomplete="username"
          required
        />
        <Field
          ctx={ctx}
          errors={errors}
          name="password"
          type="password"
          label={t("accounts.signIn.password")}
          autocomplete="current-password"
          required
        />
        <p>
          <button type="submit">{t("accounts.signIn.submit")}</button>
        </p>
      </form>
      <p>
        <a href="/glomt-losenord">{t("accounts.forgot.link")}</a>
      </p>
    </AccountFrame>
  );
}
