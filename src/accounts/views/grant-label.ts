import type { RoleGrant } from "../../platform/viewer.js";
import type { PageContext } from "../../platform/web/layout.js";
import type { PartyChoice } from "./role-fields.js";
import { roleLabel } from "./workspaces-page.js";

/** "Rapportör (Linköpings kommun: Kultur- och fritidskontoret)". */
export function grantLabel(ctx: PageContext, grant: RoleGrant, parties: PartyChoice[]): string {
  const role = roleLabel(ctx, grant.role);
  if (!grant.partyId) return role;
  const party = parties.find((p) => p.id === grant.partyId);
  const partyName = party?.name ?? grant.partyId;
  if (grant.unitIds.length === 0)
    return `${role} (${ctx.t("accounts.admin.wholeParty", { party: partyName })})`;
  const units = grant.unitIds.map((id) => party?.units.find((u) => u.id === id)?.name ?? id).join(", ");
  return `${role} (${ctx.t("accounts.admin.unitsOf", { party: partyName, units })})`;
}
