import { ROLES } from "../../platform/viewer.js";
import type { PageContext } from "../../platform/web/layout.js";
import type { FieldErrors } from "../field-errors.js";
import { fieldMessage } from "./form-parts.js";
import { roleLabel } from "./workspaces-page.js";

export interface PartyChoice {
  id: string;
  name: string;
  units: { id: string; name: string }[];
}

/** Role, party and units of a role grant (used by "create account" and "grant a role"). */
export function RoleFields(props: {
  ctx: PageContext;
  errors: FieldErrors;
  parties: PartyChoice[];
  values: { role?: string; partyId?: string; unitIds?: string[] };
}) {
  const { ctx, errors, values } = props;
  const { t } = ctx;
  const roleError = fieldMessage(ctx, errors, "role");
  const partyError = fieldMessage(ctx, errors, "partyId");
  const unitError = fieldMessage(ctx, errors, "unitIds");
  return (
    <>
      <div class="field">
        <label for="role">{t("accounts.admin.role")}</label>
        {roleError ? (
          <p class="field-error" id="role-error">
            {roleError}
          </p>
        ) : null}
        <select
          id="role"
          name="role"
          aria-invalid={roleError ? "true" : undefined}
          aria-describedby={roleError ? "role-error" : undefined}
        >
          {ROLES.map((r) => (
            <option value={r} selected={values.role === r}>
              {roleLabel(ctx, r)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="partyId">{t("accounts.admin.party")}</label>
        {partyError ? (
          <p class="field-error" id="partyId-error">
            {partyError}
          </p>
        ) : null}
        <select
          id="partyId"
          name="partyId"
          aria-invalid={partyError ? "true" : undefined}
          aria-describedby={partyError ? "partyId-error" : undefined}
        >
          <option value="">{t("accounts.admin.noParty")}</option>
          {props.parties.map((p) => (
            <option value={p.id} selected={values.partyId === p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset id="unitIds" aria-describedby={unitError ? "unitIds-hint unitIds-error" : "unitIds-hint"}>
        <legend>{t("accounts.admin.units")}</legend>
        <p class="hint" id="unitIds-hint">
          {t("accounts.admin.unitsHint")}
        </p>
        {unitError ? (
          <p class="field-error" id="unitIds-error">
            {unitError}
          </p>
        ) : null}
        {props.parties
          .filter((p) => p.units.length > 0)
          .map((p) => (
            <fieldset class="units">
              <legend>{p.name}</legend>
              {p.units.map((u) => (
                <p class="choice">
                  <input
                    type="checkbox"
                    id={`unit-${u.id}`}
                    name="unitIds"
                    value={u.id}
                    checked={values.unitIds?.includes(u.id)}
                  />{" "}
                  <label for={`unit-${u.id}`}>{u.name}</label>
                </p>
              ))}
            </fieldset>
          ))}
      </fieldset>
    </>
  );
}
