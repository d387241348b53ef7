import { CsrfField } from "../../platform/web/forms.js";
import type { PageContext } from "../../platform/web/layout.js";
import type { NavItem } from "../../platform/web/workspace-layout.js";
import { WorkspaceLayout } from "../../platform/web/workspace-layout.js";
import type { ManagedAccount } from "../administer-accounts.js";
import type { FieldErrors } from "../field-errors.js";
import { ErrorSummary, Field, fieldMessage } from "./form-parts.js";
import { grantLabel } from "./grant-label.js";
import { type PartyChoice, RoleFields } from "./role-fields.js";

export interface AdminFrame {
  ctx: PageContext;
  nav: NavItem[];
  partnership: { slug: string; name: string };
  parties: PartyChoice[];
}

export function statusLabel(ctx: PageContext, a: ManagedAccount): string {
  if (a.disabled) return ctx.t("accounts.admin.statusDisabled");
  if (a.invited) return ctx.t("accounts.admin.statusInvited");
  if (a.mustChangePassword) return ctx.t("accounts.admin.statusMustChange");
  return ctx.t("accounts.admin.statusActive");
}

export function AccountsAdminPage(
  props: AdminFrame & {
    accounts: ManagedAccount[];
    people: { id: string; name: string; title: string | null }[];
    errors?: FieldErrors;
    values?: {
      email?: string;
      name?: string;
      personId?: string;
      role?: string;
      partyId?: string;
      unitIds?: string[];
    };
    notice?: string | null;
  },
) {
  const { ctx, partnership } = props;
  const { t } = ctx;
  const errors = props.errors ?? {};
  const values = props.values ?? {};
  const personError = fieldMessage(ctx, errors, "personId");
  const base = `/arbete/${partnership.slug}/konton`;
  return (
    <WorkspaceLayout
      ctx={ctx}
      title={t("accounts.admin.title")}
      partnershipName={partnership.name}
      nav={props.nav}
    >
      <h1>{t("accounts.admin.title")}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <p>{t("accounts.admin.intro", { partnership: partnership.name })}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("accounts.admin.colName")}</th>
            <th scope="col">{t("accounts.admin.colEmail")}</th>
            <th scope="col">{t("accounts.admin.colRoles")}</th>
            <th scope="col">{t("accounts.admin.colStatus")}</th>
          </tr>
        </thead>
        <tbody>
          {props.accounts.map((a) => (
            <tr>
              <th scope="row">
                <a href={`${base}/${a.id}`}>{a.name}</a>
              </th>
              <td>{a.email}</td>
              <td>{a.grants.map((g) => grantLabel(ctx, g, props.parties)).join("; ")}</td>
              <td>{statusLabel(ctx, a)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 id="create">{t("accounts.admin.create")}</h2>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={base} novalidate>
        <CsrfField ctx={ctx} />
        <Field
          ctx={ctx}
          errors={errors}
          name="name"
          label={t("accounts.admin.name")}
          value={values.name ?? ""}
          autocomplete="off"
          required
        />
        <Field
          ctx={ctx}
          errors={errors}
          name="email"
          type="email"
          label={t("accounts.admin.email")}
          value={values.email ?? ""}
          autocomplete="off"
          required
        />
        <div class="field">
          <label for="personId">{t("accounts.admin.person")}</label>
          <p class="hint" id="personId-hint">
            {t("accounts.admin.personHint")}
          </p>
          {personError ? (
            <p class="field-error" id="personId-error">
              {personError}
            </p>
          ) : null}
          <select
            id="personId"
            name="personId"
            aria-describedby={personError ? "personId-hint personId-error" : "personId-hint"}
          >
            <option value="">{t("accounts.admin.noPerson")}</option>
            {props.people.map((p) => (
              <option value={p.id} selected={values.personId === p.id}>
                {p.title ? `${p.name}, ${p.title}` : p.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>{t("accounts.admin.firstRole")}</legend>
          <RoleFields ctx={ctx} errors={errors} parties={props.parties} values={values} />
        </fieldset>
        <p class="hint">{t("accounts.admin.inviteHint")}</p>
        <p>
          <button type="submit">{t("accounts.admin.create")}</button>
        </p>
      </form>
    </WorkspaceLayout>
  );
}
