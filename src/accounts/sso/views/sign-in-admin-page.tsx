import { CsrfField } from "../../../platform/web/forms.js";
import type { PageContext } from "../../../platform/web/layout.js";
import { type NavItem, WorkspaceLayout } from "../../../platform/web/workspace-layout.js";
import type { FieldErrors } from "../../field-errors.js";
import { ErrorSummary, Field, fieldMessage } from "../../views/form-parts.js";
import type { ProviderView, SignInAdmin } from "../manage-providers.js";

/** What the administrator typed into the provider form (kept when it comes back with errors). */
export type ProviderFormValues = Partial<Record<string, string | boolean>>;

/** The partnership's sign-in: its identity providers, the form to add one, passwords on or off. */
export function SignInAdminPage(props: {
  ctx: PageContext;
  nav: NavItem[];
  partnership: { slug: string; name: string };
  admin: SignInAdmin;
  errors?: FieldErrors;
  values?: ProviderFormValues;
  notice?: string | null;
}) {
  const { ctx, partnership, admin } = props;
  const { t } = ctx;
  const errors = props.errors ?? {};
  const values = props.values ?? {};
  const base = `/arbete/${partnership.slug}/inloggning`;
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const title = t("accounts.ssoAdmin.title");
  return (
    <WorkspaceLayout
      ctx={ctx}
      title={Object.keys(errors).length > 0 ? `${t("accounts.errorSummary")}: ${title}` : title}
      partnershipName={partnership.name}
      nav={props.nav}
    >
      <h1>{title}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <ErrorSummary
        ctx={ctx}
        errors={errors}
        targets={{ selfService: "selfService", passwordsDisabled: "passwords" }}
      />
      <p>{t("accounts.ssoAdmin.intro")}</p>
      <dl>
        <dt>{t("accounts.ssoAdmin.redirectUri")}</dt>
        <dd>
          <code>{admin.redirectUri}</code>
        </dd>
        <dt>{t("accounts.ssoAdmin.postLogoutUri")}</dt>
        <dd>
          <code>{admin.postLogoutUri}</code>
        </dd>
      </dl>

      <h2>{t("accounts.ssoAdmin.providers")}</h2>
      {admin.providers.length === 0 ? <p>{t("accounts.ssoAdmin.none")}</p> : null}
      {admin.providers.map((p) => (
        <ProviderCard ctx={ctx} base={base} provider={p} />
      ))}

      <h2 id="passwords" tabindex={-1}>
        {t("accounts.ssoAdmin.passwords")}
      </h2>
      <p>
        {admin.passwordsDisabled ? t("accounts.ssoAdmin.passwordsOff") : t("accounts.ssoAdmin.passwordsOn")}
      </p>
      {fieldMessage(ctx, errors, "passwordsDisabled") ? (
        <p class="field-error">{fieldMessage(ctx, errors, "passwordsDisabled")}</p>
      ) : null}
      {!admin.passwordsDisabled && !admin.providerWorks ? (
        <p class="hint">{t("accounts.ssoAdmin.passwordsNeedProvider")}</p>
      ) : null}
      <form method="post" action={`${base}/losenord`}>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="version" value={String(admin.settingsVersion)} />
        <input type="hidden" name="passwordsDisabled" value={admin.passwordsDisabled ? "false" : "true"} />
        <p>
          <button type="submit">
            {admin.passwordsDisabled
              ? t("accounts.ssoAdmin.passwordsEnable")
              : t("accounts.ssoAdmin.passwordsDisable")}
          </button>
        </p>
      </form>

      <h2>{t("accounts.ssoAdmin.add")}</h2>
      <p class="hint">{t("accounts.ssoAdmin.addHint")}</p>
      <form method="post" action={`${base}/leverantorer`} novalidate>
        <CsrfField ctx={ctx} />
        <Field
          ctx={ctx}
          errors={errors}
          name="name"
          label={t("accounts.ssoAdmin.name")}
          hint={t("accounts.ssoAdmin.nameHint")}
          value={text("name")}
          required
        />
        <Field
          ctx={ctx}
          errors={errors}
          name="issuer"
          label={t("accounts.ssoAdmin.issuer")}
          hint={t("accounts.ssoAdmin.issuerHint")}
          value={text("issuer")}
          required
        />
        <Field
          ctx={ctx}
          errors={errors}
          name="clientId"
          label={t("accounts.ssoAdmin.clientId")}
          value={text("clientId")}
          required
        />
        <Field
          ctx={ctx}
          errors={errors}
          name="clientSecretRef"
          label={t("accounts.ssoAdmin.secretRef")}
          hint={t("accounts.ssoAdmin.secretRefHint")}
          value={text("clientSecretRef")}
          required
        />
        <Field
          ctx={ctx}
          errors={errors}
          name="scopes"
          label={t("accounts.ssoAdmin.scopes")}
          hint={t("accounts.ssoAdmin.scopesHint")}
          value={text("scopes")}
        />
        <Field
          ctx={ctx}
          errors={errors}
          name="emailClaim"
          label={t("accounts.ssoAdmin.emailClaim")}
          hint={t("accounts.ssoAdmin.defaultIs", { value: "email" })}
          value={text("emailClaim")}
        />
        <Field
          ctx={ctx}
          errors={errors}
          name="emailVerifiedClaim"
          label={t("accounts.ssoAdmin.emailVerifiedClaim")}
          hint={t("accounts.ssoAdmin.emailVerifiedHint")}
          value={text("emailVerifiedClaim")}
        />
        <Field
          ctx={ctx}
          errors={errors}
          name="nameClaim"
          label={t("accounts.ssoAdmin.nameClaim")}
          hint={t("accounts.ssoAdmin.defaultIs", { value: "name" })}
          value={text("nameClaim")}
        />
        <Field
          ctx={ctx}
          errors={errors}
          name="allowedDomains"
          label={t("accounts.ssoAdmin.domains")}
          hint={t("accounts.ssoAdmin.domainsHint")}
          value={text("allowedDomains")}
          required
        />
        <div class="field">
          <input
            type="checkbox"
            id="selfService"
            name="selfService"
            value="true"
            checked={values.selfService === true}
          />{" "}
          <label for="selfService">{t("accounts.ssoAdmin.selfService")}</label>
          <p class="hint">{t("accounts.ssoAdmin.selfServiceHint")}</p>
        </div>
        <p>
          <button type="submit">{t("accounts.ssoAdmin.addSubmit")}</button>
        </p>
      </form>
    </WorkspaceLayout>
  );
}

function ProviderCard(props: { ctx: PageContext; base: string; provider: ProviderView }) {
  const { ctx, provider: p } = props;
  const { t } = ctx;
  return (
    <section aria-labelledby={`provider-${p.id}`} class="card">
      <h3 id={`provider-${p.id}`}>{p.name}</h3>
      <dl>
        <dt>{t("accounts.ssoAdmin.status")}</dt>
        <dd>{p.enabled ? t("accounts.ssoAdmin.enabled") : t("accounts.ssoAdmin.disabled")}</dd>
        <dt>{t("accounts.ssoAdmin.issuer")}</dt>
        <dd>
          <code>{p.issuer}</code>
        </dd>
        <dt>{t("accounts.ssoAdmin.clientId")}</dt>
        <dd>
          <code>{p.clientId}</code>
        </dd>
        <dt>{t("accounts.ssoAdmin.secretRef")}</dt>
        <dd>
          <code>{p.clientSecretRef}</code>{" "}
          {p.secretFound ? t("accounts.ssoAdmin.secretFound") : t("accounts.ssoAdmin.secretMissing")}
        </dd>
        <dt>{t("accounts.ssoAdmin.scopes")}</dt>
        <dd>
          <code>{p.scopes}</code>
        </dd>
        <dt>{t("accounts.ssoAdmin.claims")}</dt>
        <dd>
          <code>{p.emailClaim}</code>, <code>{p.emailVerifiedClaim}</code>, <code>{p.nameClaim}</code>
        </dd>
        <dt>{t("accounts.ssoAdmin.domains")}</dt>
        <dd>{p.allowedDomains.join(", ")}</dd>
        <dt>{t("accounts.ssoAdmin.selfService")}</dt>
        <dd>{p.selfService ? t("accounts.ssoAdmin.yes") : t("accounts.ssoAdmin.no")}</dd>
      </dl>
      {p.installationWide ? (
        <p class="hint">{t("accounts.ssoAdmin.installationWide")}</p>
      ) : (
        <form method="post" action={`${props.base}/leverantorer/${p.id}/status`}>
          <CsrfField ctx={ctx} />
          <input type="hidden" name="version" value={String(p.version)} />
          <input type="hidden" name="enabled" value={p.enabled ? "false" : "true"} />
          <button type="submit">
            {p.enabled
              ? t("accounts.ssoAdmin.disable", { provider: p.name })
              : t("accounts.ssoAdmin.enable", { provider: p.name })}
          </button>
        </form>
      )}
    </section>
  );
}
