import type { FieldErrors } from "../../accounts/field-errors.js";
import { ErrorSummary, Field } from "../../accounts/views/form-parts.js";
import { CsrfField } from "../../platform/web/forms.js";
import type { PageContext } from "../../platform/web/layout.js";
import { WorkspaceLayout } from "../../platform/web/workspace-layout.js";
import type { SystemPartnership } from "../system-admin.js";

export const SYSTEM_PATH = "/arbete/system";

function SystemFrame(props: { ctx: PageContext; title: string; hasErrors: boolean; children: unknown }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <WorkspaceLayout
      ctx={ctx}
      title={props.hasErrors ? `${t("accounts.errorSummary")}: ${props.title}` : props.title}
      partnershipName={t("system.title")}
      nav={[{ href: SYSTEM_PATH, label: t("system.nav.partnerships") }]}
    >
      {props.children as never}
    </WorkspaceLayout>
  );
}

function Administrators(props: { ctx: PageContext; p: SystemPartnership }) {
  const { t } = props.ctx;
  if (props.p.administrators.length === 0) return <>{t("system.partnerships.noAdmin")}</>;
  return (
    <ul>
      {props.p.administrators.map((a) => (
        <li>
          {t(a.invited ? "system.partnerships.invited" : "system.partnerships.admin", {
            name: a.name,
            email: a.email,
          })}
        </li>
      ))}
    </ul>
  );
}

/** The partnerships of the installation, and the form for a new one. */
export function SystemPartnershipsPage(props: {
  ctx: PageContext;
  partnerships: SystemPartnership[];
  errors?: FieldErrors;
  values?: Partial<Record<"slug" | "name" | "municipalityName" | "policeName" | "county", string>>;
}) {
  const { ctx } = props;
  const { t } = ctx;
  const errors = props.errors ?? {};
  const values = props.values ?? {};
  return (
    <SystemFrame ctx={ctx} title={t("system.partnerships.title")} hasErrors={Object.keys(errors).length > 0}>
      <h1>{t("system.partnerships.title")}</h1>
      <p>{t("system.partnerships.intro")}</p>
      {props.partnerships.length === 0 ? (
        <p>{t("system.partnerships.none")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("system.partnerships.colName")}</th>
              <th scope="col">{t("system.partnerships.colMunicipality")}</th>
              <th scope="col">{t("system.partnerships.colCounty")}</th>
              <th scope="col">{t("system.partnerships.colAdmins")}</th>
            </tr>
          </thead>
          <tbody>
            {props.partnerships.map((p) => (
              <tr>
                <td>
                  <a href={`${SYSTEM_PATH}/samverkan/${p.slug}`}>{p.name}</a>
                </td>
                <td>{p.municipalityName}</td>
                <td>{p.county ?? "–"}</td>
                <td>
                  <Administrators ctx={ctx} p={p} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 id="ny">{t("system.create.title")}</h2>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={`${SYSTEM_PATH}/samverkan`} novalidate>
        <CsrfField ctx={ctx} />
        <Field
          ctx={ctx}
          errors={errors}
          name="name"
          label={t("system.create.name")}
          hint={t("system.create.nameHint")}
          value={values.name ?? ""}
          required
        />
        <Field
          ctx={ctx}
          errors={errors}
          name="slug"
          label={t("system.create.slug")}
          hint={t("system.create.slugHint")}
          value={values.slug ?? ""}
          required
        />
        <Field
          ctx={ctx}
          errors={errors}
          name="municipalityName"
          label={t("system.create.municipality")}
          value={values.municipalityName ?? ""}
          required
        />
        <Field
          ctx={ctx}
          errors={errors}
          name="policeName"
          label={t("system.create.police")}
          value={values.policeName ?? ""}
          required
        />
        <Field
          ctx={ctx}
          errors={errors}
          name="county"
          label={t("system.create.county")}
          value={values.county ?? ""}
        />
        <p>
          <button type="submit">{t("system.create.submit")}</button>
        </p>
      </form>
    </SystemFrame>
  );
}

/** One partnership: its administrators and the invitation form. */
export function SystemPartnershipPage(props: {
  ctx: PageContext;
  partnership: SystemPartnership;
  notice?: string | null;
  errors?: FieldErrors;
  values?: { email?: string; name?: string };
}) {
  const { ctx, partnership: p } = props;
  const { t } = ctx;
  const errors = props.errors ?? {};
  const values = props.values ?? {};
  return (
    <SystemFrame ctx={ctx} title={p.name} hasErrors={Object.keys(errors).length > 0}>
      <p>
        <a href={SYSTEM_PATH}>{t("system.partnership.back")}</a>
      </p>
      <h1>{t("system.partnership.title", { name: p.name })}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <p>{t("system.partnership.address", { slug: p.slug })}</p>
      <h2>{t("system.partnership.admins")}</h2>
      <Administrators ctx={ctx} p={p} />
      <h2>{t("system.invite.title")}</h2>
      <p>{t("system.invite.intro")}</p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={`${SYSTEM_PATH}/samverkan/${p.slug}/administratorer`} novalidate>
        <CsrfField ctx={ctx} />
        <Field
          ctx={ctx}
          errors={errors}
          name="name"
          label={t("system.invite.name")}
          value={values.name ?? ""}
          autocomplete="off"
          required
        />
        <Field
          ctx={ctx}
          errors={errors}
          name="email"
          type="email"
          label={t("system.invite.email")}
          value={values.email ?? ""}
          autocomplete="off"
          required
        />
        <p>
          <button type="submit">{t("system.invite.submit")}</button>
        </p>
      </form>
    </SystemFrame>
  );
}
