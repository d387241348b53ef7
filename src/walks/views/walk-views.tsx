/**
 * The walks' workspace pages: the list with the form for a new walk, a walk's page (the map as an
 * image button: a click saves the finding at that place; typed coordinates or an address do the
 * same without the map; the findings as a table with status forms), and the section of findings
 * in "Att rapportera". No JavaScript: plain forms; a refused form comes back with its reasons.
 */
import type { MessageKey } from "../../platform/i18n/index.js";
import { CsrfField } from "../../platform/web/forms.js";
import type { PageContext } from "../../platform/web/layout.js";
import { type NavItem, WorkspaceLayout } from "../../platform/web/workspace-layout.js";
import { formatDate } from "../../workspace/views/format.js";
import type { MyFinding } from "../my-findings.js";
import type { WalkSettings } from "../photo-retention.js";
import type { Finding, WalkDetail, WalkOverview } from "../walks.js";
import { TRANSITIONS, WALK_CATEGORIES } from "../walks.types.js";

export interface WalkFrame {
  ctx: PageContext;
  nav: NavItem[];
  partnershipName: string;
  slug: string;
}

/** A refused form: its field reasons, what was typed, a warning. */
export interface WalkFailure {
  form: string;
  fields: Record<string, string>;
  values: Record<string, string | string[]>;
  message?: string;
  /** Personal data found in the description (the form asks for confirmation). */
  personalData?: string[];
}

const base = (slug: string) => `/arbete/${slug}/trygghetsvandringar`;

function valueOf(failure: WalkFailure | undefined, form: string, name: string): string {
  if (failure?.form !== form) return "";
  const v = failure.values[name];
  return Array.isArray(v) ? (v[0] ?? "") : (v ?? "");
}

function Summary(props: { ctx: PageContext; failure: WalkFailure | undefined; form: string }) {
  const { failure, ctx } = props;
  if (!failure || failure.form !== props.form) return null;
  const { t } = ctx;
  return (
    <div role="alert" class="error-summary" tabindex={-1}>
      <h2>{t("walks.errorSummary")}</h2>
      <ul>
        {Object.entries(failure.fields).map(([field, reason]) => (
          <li>
            <a href={`#${failure.form}-${field}`}>{t(`walks.error.${reason}` as MessageKey)}</a>
          </li>
        ))}
        {failure.message ? <li>{failure.message}</li> : null}
        {failure.personalData ? (
          <li>
            <a href={`#${failure.form}-description`}>
              {t("walks.warning.personalData", {
                kinds: failure.personalData.map((k) => t(`walks.kind.${k}` as MessageKey)).join(", "),
              })}
            </a>
          </li>
        ) : null}
      </ul>
    </div>
  );
}

function FieldError(props: {
  ctx: PageContext;
  failure: WalkFailure | undefined;
  form: string;
  name: string;
}) {
  const reason = props.failure?.form === props.form ? props.failure.fields[props.name] : undefined;
  return reason ? (
    <p class="field-error" id={`${props.form}-${props.name}-error`}>
      {props.ctx.t(`walks.error.${reason}` as MessageKey)}
    </p>
  ) : null;
}

const invalid = (failure: WalkFailure | undefined, form: string, name: string) =>
  failure?.form === form && failure.fields[name]
    ? { "aria-invalid": "true", "aria-describedby": `${form}-${name}-error` }
    : {};

export const participantsText = (ctx: PageContext, w: WalkOverview["walks"][number]) =>
  ctx.t("walks.participants", {
    residents: w.residents,
    youth: w.youth,
    propertyOwners: w.propertyOwners,
    staff: w.staff,
  });

export function WalksPage(props: {
  frame: WalkFrame;
  overview: WalkOverview;
  settings: WalkSettings;
  failure?: WalkFailure | undefined;
  notice?: string | undefined;
}) {
  const { ctx, slug } = props.frame;
  const { t } = ctx;
  const { overview, failure } = props;
  const F = "walk";
  return (
    <WorkspaceLayout
      ctx={ctx}
      title={t("walks.title")}
      partnershipName={props.frame.partnershipName}
      nav={props.frame.nav}
    >
      <h1>{t("walks.title")}</h1>
      {props.notice ? (
        <p role="status" class="notice">
          {props.notice}
        </p>
      ) : null}
      <p class="lead">{t("walks.intro")}</p>
      {overview.walks.length === 0 ? (
        <p>{t("walks.none")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("walks.col.date")}</th>
              <th scope="col">{t("walks.col.area")}</th>
              <th scope="col">{t("walks.col.participants")}</th>
              <th scope="col">{t("walks.col.findings")}</th>
              <th scope="col">{t("walks.col.open")}</th>
            </tr>
          </thead>
          <tbody>
            {overview.walks.map((w) => (
              <tr>
                <td>
                  <a href={`${base(slug)}/${w.id}`}>{formatDate(ctx.locale, w.walkedOn)}</a>
                </td>
                <td>{w.areaName}</td>
                <td>{participantsText(ctx, w)}</td>
                <td>{w.findings}</td>
                <td>{w.openFindings}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {overview.canManage ? (
        <section aria-labelledby="new-walk">
          <h2 id="new-walk">{t("walks.new")}</h2>
          <Summary ctx={ctx} failure={failure} form={F} />
          <form method="post" action={base(slug)}>
            <CsrfField ctx={ctx} />
            <label for={`${F}-areaId`}>{t("walks.field.area")}</label>
            <FieldError ctx={ctx} failure={failure} form={F} name="areaId" />
            <select id={`${F}-areaId`} name="areaId" required {...invalid(failure, F, "areaId")}>
              <option value="">{t("walks.choose")}</option>
              {overview.areas.map((a) => (
                <option value={a.id} selected={valueOf(failure, F, "areaId") === a.id}>
                  {a.name}
                </option>
              ))}
            </select>
            <label for={`${F}-walkedOn`}>{t("walks.field.walkedOn")}</label>
            <FieldError ctx={ctx} failure={failure} form={F} name="walkedOn" />
            <input
              type="date"
              id={`${F}-walkedOn`}
              name="walkedOn"
              required
              value={valueOf(failure, F, "walkedOn")}
              {...invalid(failure, F, "walkedOn")}
            />
            <label for={`${F}-route`}>
              {t("walks.field.route")} {t("walks.optional")}
            </label>
            <textarea id={`${F}-route`} name="route" rows={3}>
              {valueOf(failure, F, "route")}
            </textarea>
            <fieldset>
              <legend>{t("walks.field.participants")}</legend>
              {(["residents", "youth", "propertyOwners", "staff"] as const).map((name) => (
                <>
                  <label for={`${F}-${name}`}>{t(`walks.field.${name}`)}</label>
                  <FieldError ctx={ctx} failure={failure} form={F} name={name} />
                  <input
                    type="number"
                    min="0"
                    id={`${F}-${name}`}
                    name={name}
                    value={valueOf(failure, F, name) || "0"}
                    {...invalid(failure, F, name)}
                  />
                </>
              ))}
            </fieldset>
            <button type="submit">{t("walks.create")}</button>
          </form>
        </section>
      ) : null}
      <SettingsSection ctx={ctx} slug={slug} settings={props.settings} failure={failure} />
    </WorkspaceLayout>
  );
}

/**
 * How long closed findings' photos are kept: the rule for every reader, the form for the samordnare
 * and the administratör (on the walks' page, where a coordinator looks for the walks' things).
 */
function SettingsSection(props: {
  ctx: PageContext;
  slug: string;
  settings: WalkSettings;
  failure: WalkFailure | undefined;
}) {
  const { ctx, settings, failure } = props;
  const { t } = ctx;
  const F = "settings";
  const typed = valueOf(failure, F, "photoRetentionMonths");
  return (
    <section aria-labelledby="installningar">
      <h2 id="installningar">{t("walks.settings.title")}</h2>
      <p>{t("walks.settings.rule", { months: settings.photoRetentionMonths })}</p>
      {settings.canConfigure ? (
        <>
          <Summary ctx={ctx} failure={failure} form={F} />
          <form method="post" action={`${base(props.slug)}/installningar`}>
            <CsrfField ctx={ctx} />
            <input type="hidden" name="version" value={String(settings.version)} />
            <label for={`${F}-photoRetentionMonths`}>{t("walks.settings.months")}</label>
            <p class="hint" id={`${F}-photoRetentionMonths-hint`}>
              {t("walks.settings.monthsHint")}
            </p>
            <FieldError ctx={ctx} failure={failure} form={F} name="photoRetentionMonths" />
            <input
              type="number"
              min="1"
              max="120"
              id={`${F}-photoRetentionMonths`}
              name="photoRetentionMonths"
              value={typed || String(settings.photoRetentionMonths)}
              {...invalid(failure, F, "photoRetentionMonths")}
              aria-describedby={
                failure?.form === F && failure.fields.photoRetentionMonths
                  ? `${F}-photoRetentionMonths-hint ${F}-photoRetentionMonths-error`
                  : `${F}-photoRetentionMonths-hint`
              }
            />
            <button type="submit">{t("walks.settings.save")}</button>
          </form>
        </>
      ) : null}
    </section>
  );
}

const placeText = (ctx: PageContext, f: Finding) =>
  [
    f.latitude !== null && f.longitude !== null
      ? ctx.t("walks.place.position", { lat: f.latitude.toFixed(5), lon: f.longitude.toFixed(5) })
      : null,
    f.address,
  ]
    .filter(Boolean)
    .join(" · ");

export function WalkPage(props: {
  frame: WalkFrame;
  walk: WalkDetail;
  failure?: WalkFailure | undefined;
  notice?: string | undefined;
  demo: boolean;
}) {
  const { ctx, slug } = props.frame;
  const { t } = ctx;
  const { walk, failure } = props;
  const date = formatDate(ctx.locale, walk.walkedOn);
  const title = t("walks.walk.title", { area: walk.areaName, date });
  const walkBase = `${base(slug)}/${walk.id}`;
  const F = "finding";
  const value = (name: string) => valueOf(failure, F, name);
  return (
    <WorkspaceLayout
      ctx={ctx}
      title={title}
      partnershipName={props.frame.partnershipName}
      nav={props.frame.nav}
    >
      <h1>{title}</h1>
      {props.demo ? <p class="notice">{t("walks.demo")}</p> : null}
      {props.notice ? (
        <p role="status" class="notice">
          {props.notice}
        </p>
      ) : null}
      {failure && failure.form !== F ? <Summary ctx={ctx} failure={failure} form={failure.form} /> : null}
      <dl class="facts">
        <dt>{t("walks.walk.route")}</dt>
        <dd>{walk.route || "–"}</dd>
        <dt>{t("walks.col.participants")}</dt>
        <dd>{participantsText(ctx, walk)}</dd>
      </dl>
      <p>
        <a href={`/${slug}/trygghetsvandringar/${walk.id}`}>{t("walks.walk.publicLink")}</a>
      </p>
      <h2 id="fynd">{t("walks.findings")}</h2>
      {walk.items.length === 0 ? (
        <p>{t("walks.findings.none")}</p>
      ) : (
        <FindingsTable frame={props.frame} walk={walk} />
      )}
      {walk.canManage ? (
        <section aria-labelledby="add-finding">
          <h2 id="add-finding">{t("walks.add")}</h2>
          <p class="hint">{t("walks.add.howTo")}</p>
          <Summary ctx={ctx} failure={failure} form={F} />
          <form method="post" action={`${walkBase}/fynd`} enctype="multipart/form-data">
            <CsrfField ctx={ctx} />
            <FindingFields
              ctx={ctx}
              walk={walk}
              form={F}
              failure={failure}
              value={value}
              walkBase={walkBase}
            />
            <PhotoField
              ctx={ctx}
              failure={failure}
              form={F}
              label={`${t("walks.field.photo")} ${t("walks.optional")}`}
            />
            <PlaceFields ctx={ctx} walk={walk} form={F} failure={failure} value={value} walkBase={walkBase} />
            <button type="submit">{t("walks.saveFinding")}</button>
          </form>
        </section>
      ) : null}
    </WorkspaceLayout>
  );
}

interface FieldsProps {
  ctx: PageContext;
  walk: WalkDetail;
  /** The form's name: the prefix of its fields' ids and of its refusals. */
  form: string;
  failure: WalkFailure | undefined;
  /** The field's value to show (typed, or stored). */
  value: (name: string) => string;
  /** The walk's address in the workspace (its map image is under it). */
  walkBase: string;
}

/** A finding's fields of the add and the edit form: category, description, party, unit, target date. */
function FindingFields(props: FieldsProps) {
  const { ctx, walk, failure, value } = props;
  const { t } = ctx;
  const F = props.form;
  return (
    <>
      <label for={`${F}-category`}>{t("walks.field.category")}</label>
      <FieldError ctx={ctx} failure={failure} form={F} name="category" />
      <select id={`${F}-category`} name="category" required {...invalid(failure, F, "category")}>
        <option value="">{t("walks.choose")}</option>
        {WALK_CATEGORIES.map((c) => (
          <option value={c} selected={value("category") === c}>
            {t(`walks.category.${c}`)}
          </option>
        ))}
      </select>
      <label for={`${F}-description`}>{t("walks.field.description")}</label>
      <p class="hint" id={`${F}-description-hint`}>
        {t("walks.field.descriptionHint")}
      </p>
      <textarea
        id={`${F}-description`}
        name="description"
        rows={3}
        aria-describedby={`${F}-description-hint`}
      >
        {value("description")}
      </textarea>
      {failure?.form === F && failure.personalData ? (
        <p>
          <input type="checkbox" id={`${F}-confirmPersonalData`} name="confirmPersonalData" value="true" />{" "}
          <label for={`${F}-confirmPersonalData`}>{t("walks.field.confirmPersonalData")}</label>
        </p>
      ) : null}
      <p>
        <input
          type="checkbox"
          id={`${F}-descriptionPublic`}
          name="descriptionPublic"
          value="true"
          checked={value("descriptionPublic") === "true"}
        />{" "}
        <label for={`${F}-descriptionPublic`}>{t("walks.field.descriptionPublic")}</label>
      </p>
      <label for={`${F}-responsiblePartyId`}>{t("walks.field.party")}</label>
      <FieldError ctx={ctx} failure={failure} form={F} name="responsiblePartyId" />
      <select
        id={`${F}-responsiblePartyId`}
        name="responsiblePartyId"
        required
        {...invalid(failure, F, "responsiblePartyId")}
      >
        <option value="">{t("walks.choose")}</option>
        {walk.parties.map((p) => (
          <option value={p.id} selected={value("responsiblePartyId") === p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <label for={`${F}-unitId`}>
        {t("walks.field.unit")} {t("walks.optional")}
      </label>
      <FieldError ctx={ctx} failure={failure} form={F} name="unitId" />
      <select id={`${F}-unitId`} name="unitId" {...invalid(failure, F, "unitId")}>
        <option value="">{t("walks.field.noUnit")}</option>
        {walk.parties
          .filter((p) => p.units.length > 0)
          .map((p) => (
            <optgroup label={p.name}>
              {p.units.map((u) => (
                <option value={u.id} selected={value("unitId") === u.id}>
                  {u.name}
                </option>
              ))}
            </optgroup>
          ))}
      </select>
      <label for={`${F}-targetDate`}>
        {t("walks.field.targetDate")} {t("walks.optional")}
      </label>
      <p class="hint" id={`${F}-targetDate-hint`}>
        {t("walks.field.targetDateHint", { date: formatDate(ctx.locale, walk.defaultTargetDate) })}
      </p>
      <input
        type="date"
        id={`${F}-targetDate`}
        name="targetDate"
        value={value("targetDate")}
        aria-describedby={`${F}-targetDate-hint`}
      />
    </>
  );
}

/** The place of the add and the edit form: the map image (a click saves there) and the typed place. */
/** The photo's file field (JPEG or PNG; metadata is stripped when stored), with its hint and error. */
function PhotoField(props: {
  ctx: PageContext;
  failure: WalkFailure | undefined;
  form: string;
  label: string;
}) {
  const { ctx, failure, form } = props;
  return (
    <>
      <label for={`${form}-photo`}>{props.label}</label>
      <p class="hint" id={`${form}-photo-hint`}>
        {ctx.t("walks.field.photoHint")}
      </p>
      <FieldError ctx={ctx} failure={failure} form={form} name="photo" />
      <input
        type="file"
        id={`${form}-photo`}
        name="photo"
        accept="image/jpeg,image/png"
        aria-describedby={`${form}-photo-hint`}
        {...invalid(failure, form, "photo")}
      />
    </>
  );
}

function PlaceFields(props: FieldsProps) {
  const { ctx, walk, failure, value, walkBase } = props;
  const { t } = ctx;
  const F = props.form;
  // The picture changes when a finding is added or moved (its versions' sum changes).
  const drawn = walk.items.reduce((n, f) => n + f.version, 0);
  return (
    <>
      {walk.boundary ? (
        <div class="map-click">
          <input
            type="image"
            name="karta"
            src={`${walkBase}/karta.svg?v=${drawn}`}
            width="480"
            height="320"
            alt={t("walks.map.clickAlt", { area: walk.areaName })}
          />
        </div>
      ) : (
        <p>{t("walks.map.noBoundary")}</p>
      )}
      <fieldset>
        <legend>{t("walks.col.place")}</legend>
        <FieldError ctx={ctx} failure={failure} form={F} name="latitude" />
        <label for={`${F}-latitude`}>{t("walks.field.latitude")}</label>
        <input
          type="text"
          inputmode="decimal"
          id={`${F}-latitude`}
          name="latitude"
          value={value("latitude")}
          {...invalid(failure, F, "latitude")}
        />
        <FieldError ctx={ctx} failure={failure} form={F} name="longitude" />
        <label for={`${F}-longitude`}>{t("walks.field.longitude")}</label>
        <input
          type="text"
          inputmode="decimal"
          id={`${F}-longitude`}
          name="longitude"
          value={value("longitude")}
          {...invalid(failure, F, "longitude")}
        />
        <label for={`${F}-address`}>{t("walks.field.address")}</label>
        <input type="text" id={`${F}-address`} name="address" value={value("address")} />
      </fieldset>
    </>
  );
}

/**
 * Correcting a finding (the samordnare and the kommunpolis): the add form's fields filled with
 * what is stored, the photo kept, replaced or removed, and the map image — a click moves the
 * finding there and saves the whole form.
 */
export function FindingEditPage(props: {
  frame: WalkFrame;
  walk: WalkDetail;
  finding: Finding;
  values: Record<string, string | string[]>;
  failure?: WalkFailure | undefined;
}) {
  const { ctx, slug } = props.frame;
  const { t } = ctx;
  const { walk, finding: f, failure } = props;
  const walkBase = `${base(slug)}/${walk.id}`;
  const F = "edit";
  const value = (name: string) => {
    const v = props.values[name];
    return Array.isArray(v) ? (v[0] ?? "") : (v ?? "");
  };
  const title = t("walks.edit.title", {
    number: f.number,
    area: walk.areaName,
    date: formatDate(ctx.locale, walk.walkedOn),
  });
  return (
    <WorkspaceLayout
      ctx={ctx}
      title={title}
      partnershipName={props.frame.partnershipName}
      nav={props.frame.nav}
    >
      <h1>{title}</h1>
      <p>
        <a href={`${walkBase}#fynd-${f.number}`}>{t("walks.edit.back")}</a>
      </p>
      <p class="hint">{t("walks.edit.howTo")}</p>
      <Summary ctx={ctx} failure={failure} form={F} />
      <form method="post" action={`${walkBase}/fynd/${f.id}/andra`} enctype="multipart/form-data">
        <CsrfField ctx={ctx} />
        <input type="hidden" name="version" value={value("version") || String(f.version)} />
        <FindingFields ctx={ctx} walk={walk} form={F} failure={failure} value={value} walkBase={walkBase} />
        <fieldset>
          <legend>{t("walks.edit.photoLegend")}</legend>
          {f.hasPhoto ? (
            <>
              <p>
                <a href={`${walkBase}/fynd/${f.id}/foto`}>{t("walks.photo.link", { number: f.number })}</a>
              </p>
              <p>
                <input
                  type="checkbox"
                  id={`${F}-removePhoto`}
                  name="removePhoto"
                  value="true"
                  checked={value("removePhoto") === "true"}
                />{" "}
                <label for={`${F}-removePhoto`}>{t("walks.edit.removePhoto")}</label>
              </p>
            </>
          ) : (
            <p>{t("walks.edit.noPhoto")}</p>
          )}
          <PhotoField
            ctx={ctx}
            failure={failure}
            form={F}
            label={f.hasPhoto ? t("walks.edit.newPhoto") : t("walks.field.photo")}
          />
        </fieldset>
        <PlaceFields ctx={ctx} walk={walk} form={F} failure={failure} value={value} walkBase={walkBase} />
        <button type="submit">{t("walks.edit.save")}</button>
      </form>
    </WorkspaceLayout>
  );
}

function FindingsTable(props: { frame: WalkFrame; walk: WalkDetail }) {
  const { ctx, slug } = props.frame;
  const { t } = ctx;
  const { walk } = props;
  const walkBase = `${base(slug)}/${walk.id}`;
  return (
    <>
      <table class="findings">
        <thead>
          <tr>
            <th scope="col">{t("walks.col.number")}</th>
            <th scope="col">{t("walks.col.category")}</th>
            <th scope="col">{t("walks.col.place")}</th>
            <th scope="col">{t("walks.col.description")}</th>
            <th scope="col">{t("walks.col.responsible")}</th>
            <th scope="col">{t("walks.col.status")}</th>
            <th scope="col">{t("walks.col.targetDate")}</th>
          </tr>
        </thead>
        <tbody>
          {walk.items.map((f) => (
            <tr id={`fynd-${f.number}`}>
              <td>{f.number}</td>
              <td>{t(`walks.category.${f.category}`)}</td>
              <td>{placeText(ctx, f)}</td>
              <td>
                {f.description}
                {f.hasPhoto ? (
                  <>
                    {" "}
                    <a href={`${walkBase}/fynd/${f.id}/foto`}>
                      {t("walks.photo.link", { number: f.number })}
                    </a>
                  </>
                ) : null}
              </td>
              <td>{[f.responsiblePartyName, f.unitName].filter(Boolean).join(", ")}</td>
              <td>
                {t(`walks.status.${f.status}`)}
                {f.rejectionReason ? ` – ${t("walks.rejected", { reason: f.rejectionReason })}` : ""}
              </td>
              <td>
                {formatDate(ctx.locale, f.targetDate)}
                {f.overdue ? ` (${t("walks.overdue")})` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {walk.items
        .filter((f) => f.canUpdateStatus || walk.canManage)
        .map((f) => (
          <section aria-labelledby={`change-${f.id}`}>
            <h3 id={`change-${f.id}`}>{t("walks.status.change", { number: f.number })}</h3>
            {walk.canManage ? (
              <p>
                <a href={`${walkBase}/fynd/${f.id}/andra`}>{t("walks.edit.link", { number: f.number })}</a>
              </p>
            ) : null}
            {f.canUpdateStatus ? <StatusForm ctx={ctx} slug={slug} finding={f} back="walk" /> : null}
            {walk.canManage ? (
              <form method="post" action={`${walkBase}/fynd/${f.id}/publicering`}>
                <CsrfField ctx={ctx} />
                <input type="hidden" name="version" value={String(f.version)} />
                <p>
                  <input
                    type="checkbox"
                    id={`public-${f.id}`}
                    name="descriptionPublic"
                    value="true"
                    checked={f.descriptionPublic}
                  />{" "}
                  <label for={`public-${f.id}`}>{t("walks.publicity.legend", { number: f.number })}</label>
                </p>
                <button type="submit">{t("walks.publicity.save")}</button>
              </form>
            ) : null}
          </section>
        ))}
    </>
  );
}

export function StatusForm(props: {
  ctx: PageContext;
  slug: string;
  finding: Finding;
  back: "walk" | "todo";
}) {
  const { ctx, finding: f } = props;
  const { t } = ctx;
  const id = `status-${f.id}`;
  return (
    <form method="post" action={`${base(props.slug)}/${f.walkId}/fynd/${f.id}/status`} class="status-form">
      <CsrfField ctx={ctx} />
      <input type="hidden" name="version" value={String(f.version)} />
      <input type="hidden" name="back" value={props.back} />
      <label for={`${id}-to`}>{t("walks.status.to")}</label>
      <select id={`${id}-to`} name="status">
        {TRANSITIONS[f.status].map((s) => (
          <option value={s}>{t(`walks.status.${s}`)}</option>
        ))}
      </select>
      <label for={`${id}-reason`}>{t("walks.status.reason")}</label>
      <input type="text" id={`${id}-reason`} name="reason" />
      <button type="submit">{t("walks.status.save")}</button>
    </form>
  );
}

/** The findings section of "Att rapportera" (nothing when the viewer owns no open finding). */
export function MyFindingsSection(props: { ctx: PageContext; slug: string; findings: MyFinding[] }) {
  const { ctx, findings } = props;
  const { t } = ctx;
  if (findings.length === 0) return null;
  return (
    <section aria-labelledby="group-walk-findings">
      <h2 id="group-walk-findings">{t("walks.todo.title", { count: findings.length })}</h2>
      <ul class="points">
        {findings.map((f) => (
          <li class="point">
            <p class="point-number">
              <a href={`${base(props.slug)}/${f.walkId}#fynd-${f.number}`}>
                {t("walks.todo.item", {
                  number: f.number,
                  category: t(`walks.category.${f.category}`),
                  area: f.areaName,
                })}
              </a>
            </p>
            <p class="meta">
              {t("walks.todo.meta", {
                date: formatDate(ctx.locale, f.walkedOn),
                targetDate: formatDate(ctx.locale, f.targetDate),
                status: t(`walks.status.${f.status}`),
              })}
              {f.overdue ? ` · ${t("walks.overdue")}` : ""}
            </p>
            {f.description ? <p class="point-text">{f.description}</p> : null}
            <StatusForm ctx={ctx} slug={props.slug} finding={f} back="todo" />
          </li>
        ))}
      </ul>
    </section>
  );
}
