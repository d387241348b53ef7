import { CsrfField } from "../../platform/web/forms.js";
import type { PageContext } from "../../platform/web/layout.js";
import { TOKEN_LIFETIMES } from "../accounts.types.js";
import type { ApiTokenSummary } from "../api-tokens.js";
import type { FieldErrors } from "../field-errors.js";
import { AccountFrame } from "./account-frame.js";
import { ErrorSummary, Field, fieldMessage, formatDateTime } from "./form-parts.js";

export function TokensPage(props: {
  ctx: PageContext;
  tokens: ApiTokenSummary[];
  /** A token just created: shown this once. */
  created?: { name: string; token: string } | null;
  errors?: FieldErrors;
  name?: string;
  notice?: string | null;
}) {
  const { ctx } = props;
  const { t } = ctx;
  const errors = props.errors ?? {};
  const lifetimeError = fieldMessage(ctx, errors, "lifetimeDays");
  const now = new Date();
  return (
    <AccountFrame ctx={ctx} title={t("accounts.tokens.title")}>
      <h1>{t("accounts.tokens.title")}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      {props.created ? (
        <div class="notice" role="status">
          <p>{t("accounts.tokens.created", { name: props.created.name })}</p>
          <p>
            <code class="secret">{props.created.token}</code>
          </p>
        </div>
      ) : null}
      <p>{t("accounts.tokens.intro")}</p>
      <ErrorSummary ctx={ctx} errors={errors} targets={{ lifetimeDays: "lifetime-30" }} />
      <form method="post" action="/konto/nycklar" novalidate>
        <CsrfField ctx={ctx} />
        <Field
          ctx={ctx}
          errors={errors}
          name="name"
          label={t("accounts.tokens.name")}
          hint={t("accounts.tokens.nameHint")}
          value={props.name ?? ""}
          required
        />
        <fieldset aria-describedby={lifetimeError ? "lifetimeDays-error" : undefined}>
          <legend>{t("accounts.tokens.lifetime")}</legend>
          {lifetimeError ? (
            <p class="field-error" id="lifetimeDays-error">
              {lifetimeError}
            </p>
          ) : null}
          {TOKEN_LIFETIMES.map((days) => (
            <p class="choice">
              <input
                type="radio"
                id={`lifetime-${days}`}
                name="lifetimeDays"
                value={String(days)}
                checked={days === 90}
              />{" "}
              <label for={`lifetime-${days}`}>{t("accounts.tokens.days", { days })}</label>
            </p>
          ))}
        </fieldset>
        <p>
          <button type="submit">{t("accounts.tokens.create")}</button>
        </p>
      </form>
      <h2>{t("accounts.tokens.yours")}</h2>
      {props.tokens.length === 0 ? (
        <p>{t("accounts.tokens.none")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("accounts.tokens.colName")}</th>
              <th scope="col">{t("accounts.tokens.colCreated")}</th>
              <th scope="col">{t("accounts.tokens.colExpires")}</th>
              <th scope="col">{t("accounts.tokens.colLastUsed")}</th>
              <th scope="col">{t("accounts.tokens.colStatus")}</th>
            </tr>
          </thead>
          <tbody>
            {props.tokens.map((token) => (
              <tr>
                <th scope="row">{token.name}</th>
                <td>{formatDateTime(ctx, token.createdAt)}</td>
                <td>{formatDateTime(ctx, token.expiresAt)}</td>
                <td>
                  {token.lastUsedAt ? formatDateTime(ctx, token.lastUsedAt) : t("accounts.tokens.never")}
                </td>
                <td>
                  {token.active ? (
                    <form method="post" action={`/konto/nycklar/${token.id}/aterkalla`}>
                      <CsrfField ctx={ctx} />
                      {t("accounts.tokens.active")}{" "}
                      <button type="submit">{t("accounts.tokens.revoke", { name: token.name })}</button>
                    </form>
                  ) : token.revokedAt ? (
                    t("accounts.tokens.revoked")
                  ) : token.expiresAt && token.expiresAt <= now ? (
                    t("accounts.tokens.expired")
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AccountFrame>
  );
}
