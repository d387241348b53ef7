import { CsrfField } from "../../platform/web/forms.js";
import { WorkspaceLayout } from "../../platform/web/workspace-layout.js";
import type { ManagedAccount } from "../administer-accounts.js";
import type { FieldErrors } from "../field-errors.js";
import type { AdminFrame } from "./accounts-admin-page.js";
import { statusLabel } from "./accounts-admin-page.js";
import { ErrorSummary, Field } from "./form-parts.js";
import { grantLabel } from "./grant-label.js";
import { RoleFields } from "./role-fields.js";

/** One account: its roles here, grant/revoke, new password, disable/enable. */
export function AccountAdminPage(
  props: AdminFrame & {
    account: ManagedAccount;
    errors?: FieldErrors;
    values?: { role?: string; partyId?: string; unitIds?: string[] };
    notice?: string | null;
  },
) {
  const { ctx, partnership, account } = props;
  const { t } = ctx;
  const errors = props.errors ?? {};
  const base = `/arbete/${partnership.slug}/konton/${account.id}`;
  const title = t("accounts.admin.account", { name: account.name });
  return (
    <WorkspaceLayout ctx={ctx} title={title} partnershipName={partnership.name} nav={props.nav}>
      <p>
        <a href={`/arbete/${partnership.slug}/konton`}>{t("accounts.admin.back")}</a>
      </p>
      <h1>{title}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <ErrorSummary ctx={ctx} errors={errors} targets={{ grant: "roles", disabled: "status" }} />
      <dl>
        <dt>{t("accounts.admin.email")}</dt>
        <dd>{account.email}</dd>
        <dt>{t("accounts.admin.status")}</dt>
        <dd>{statusLabel(ctx, account)}</dd>
      </dl>

      <h2 id="roles" tabindex={-1}>
        {t("accounts.admin.rolesHere")}
      </h2>
      <ul>
        {account.grants.map((g) => (
          <li>
            <form method="post" action={`${base}/roller/${g.id}/ta-bort`} class="inline">
              <CsrfField ctx={ctx} />
              {grantLabel(ctx, g, props.parties)}{" "}
              <button type="submit">
                {t("accounts.admin.revoke", { role: grantLabel(ctx, g, props.parties) })}
              </button>
            </form>
          </li>
        ))}
      </ul>

      <h2>{t("accounts.admin.grant")}</h2>
      <form method="post" action={`${base}/roller`} novalidate>
        <CsrfField ctx={ctx} />
        <RoleFields ctx={ctx} errors={errors} parties={props.parties} values={props.values ?? {}} />
        <p>
          <button type="submit">{t("accounts.admin.grantSubmit")}</button>
        </p>
      </form>

      {account.manageable ? (
        <>
          <h2>{t("accounts.admin.sendLink")}</h2>
          <form method="post" action={`${base}/losenord`}>
            <CsrfField ctx={ctx} />
            <input type="hidden" name="version" value={String(account.version)} />
            <p class="hint">{t("accounts.admin.sendLinkHint")}</p>
            <p>
              <button type="submit">{t("accounts.admin.sendLinkSubmit")}</button>
            </p>
          </form>
          <h2 id="status" tabindex={-1}>
            {t("accounts.admin.status")}
          </h2>
          <form method="post" action={`${base}/status`}>
            <CsrfField ctx={ctx} />
            <input type="hidden" name="version" value={String(account.version)} />
            <input type="hidden" name="disabled" value={account.disabled ? "false" : "true"} />
            {account.disabled ? null : <p class="hint">{t("accounts.admin.disableHint")}</p>}
            <p>
              <button type="submit">
                {account.disabled ? t("accounts.admin.enable") : t("accounts.admin.disable")}
              </button>
            </p>
          </form>
        </>
      ) : (
        <p class="notice">{t("accounts.admin.otherPartnership")}</p>
      )}
    </WorkspaceLayout>
  );
}
