import { CsrfField } from "../../platform/web/forms.js";
import type { PageContext } from "../../platform/web/layout.js";
import type { FieldErrors } from "../field-errors.js";
import { AccountFrame } from "./account-frame.js";
import { ErrorSummary, Field } from "./form-parts.js";

export function ChangePasswordPage(props: {
  ctx: PageContext;
  mustChange: boolean;
  errors?: FieldErrors;
  notice?: string | null;
}) {
  const { ctx } = props;
  const { t } = ctx;
  const errors = props.errors ?? {};
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <AccountFrame
      ctx={ctx}
      title={
        hasErrors
          ? `${t("accounts.errorSummary")}: ${t("accounts.password.title")}`
          : t("accounts.password.title")
      }
    >
      <h1>{t("accounts.password.title")}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      {props.mustChange ? <p class="notice">{t("accounts.password.mustChange")}</p> : null}
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action="/byt-losenord" novalidate>
        <CsrfField ctx={ctx} />
        <Field
          ctx={ctx}
          errors={errors}
          name="currentPassword"
          type="password"
          label={t("accounts.password.current")}
          autocomplete="current-password"
          required
        />
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
          <button type="submit">{t("accounts.password.submit")}</button>
        </p>
      </form>
    </AccountFrame>
  );
}
