import { CsrfField } from "../../platform/web/forms.js";
import type { PageContext } from "../../platform/web/layout.js";
import type { LinkPurpose } from "../account-links.js";
import type { FieldErrors } from "../field-errors.js";
import { AccountFrame } from "./account-frame.js";
import { ErrorSummary, Field } from "./form-parts.js";

/** "Glömt lösenord?": the address; after sending, the same answer whether or not it has an account. */
export function ForgotPasswordPage(props: {
  ctx: PageContext;
  email?: string;
  errors?: FieldErrors;
  sentTo?: string | null;
}) {
  const { ctx } = props;
  const { t } = ctx;
  const errors = props.errors ?? {};
  const hasErrors = Object.keys(errors).length > 0;
  const title = t("accounts.forgot.title");
  return (
    <AccountFrame ctx={ctx} title={hasErrors ? `${t("accounts.errorSummary")}: ${title}` : title}>
      <h1>{title}</h1>
      {props.sentTo ? (
        <p class="notice" role="status">
          {t("accounts.forgot.sent", { email: props.sentTo })}
        </p>
      ) : null}
      <ErrorSummary ctx={ctx} errors={errors} />
      <p>{t("accounts.forgot.intro")}</p>
      <form method="post" action="/glomt-losenord" novalidate>
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
        <p>
          <button type="submit">{t("accounts.forgot.submit")}</button>
        </p>
      </form>
      <p>
        <a href="/logga-in">{t("accounts.forgot.back")}</a>
      </p>
    </AccountFrame>
  );
}

/** The page a one-time link opens: choose the password (an invitation) or a new one (a reset). */
export function LinkPasswordPage(props: {
  ctx: PageContext;
  purpose: LinkPurpose;
  action: string;
  account: { name: string; email: string };
  errors?: FieldErrors;
}) {
  const { ctx } = props;
  const { t } = ctx;
  const errors = props.errors ?? {};
  const hasErrors = Object.keys(errors).length > 0;
  const title = t(`accounts.link.${props.purpose}.title`);
  return (
    <AccountFrame ctx={ctx} title={hasErrors ? `${t("accounts.errorSummary")}: ${title}` : title}>
      <h1>{title}</h1>
      <p>{t(`accounts.link.${props.purpose}.intro`, props.account)}</p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={props.action} novalidate>
        {ctx.csrfToken ? <CsrfField ctx={ctx} /> : null}
        <Field
          ctx={ctx}
          errors={errors}
          name="newPassword"
          type="password"
          label={t("accounts.password.new")}
          hint={t("accounts.password.rules")}
          autocomplete="new-password"
          required
        />
        <Field
          ctx={ctx}
          errors={errors}
          name="repeatPassword"
          type="password"
          label={t("accounts.password.repeat")}
          autocomplete="new-password"
          required
        />
        <p>
          <button type="submit">{t("accounts.link.submit")}</button>
        </p>
      </form>
    </AccountFrame>
  );
}
