import type { MessageKey } from "../../platform/i18n/index.js";
import { isSystemAdministrator, type Role } from "../../platform/viewer.js";
import type { PageContext } from "../../platform/web/layout.js";
import { AccountFrame } from "./account-frame.js";

export function roleLabel(ctx: PageContext, role: Role): string {
  return ctx.t(`accounts.role.${role}` as MessageKey);
}

export function WorkspacesPage(props: {
  ctx: PageContext;
  partnerships: { slug: string; name: string; roles: Role[] }[];
}) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <AccountFrame ctx={ctx} title={t("accounts.workspaces.title")}>
      <h1>{t("accounts.workspaces.title")}</h1>
      {isSystemAdministrator(ctx.viewer) ? (
        <p>
          <a href="/arbete/system">{t("accounts.workspaces.system")}</a>
        </p>
      ) : null}
      {props.partnerships.length === 0 ? (
        <p>{t("accounts.workspaces.none")}</p>
      ) : (
        <ul class="workspaces">
          {props.partnerships.map((p) => (
            <li>
              <a href={`/arbete/${p.slug}`}>{p.name}</a>
              <p>
                {t("accounts.workspaces.roles", { roles: p.roles.map((r) => roleLabel(ctx, r)).join(", ") })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </AccountFrame>
  );
}
