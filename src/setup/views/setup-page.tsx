/**
 * The setup pages: one page with every list and its "add" form, and an area's page (its map,
 * classifications and boundary upload). No JavaScript; a refused form is shown again with an error
 * summary linking to each field, the reason beside the field, and what was typed.
 */
import { raw } from "hono/html";
import type { MessageKey } from "../../platform/i18n/index.js";
import type { SvgMap } from "../../platform/maps/svg-map.js";
import { CsrfField } from "../../platform/web/forms.js";
import type { PageContext } from "../../platform/web/layout.js";
import { type NavItem, WorkspaceLayout } from "../../platform/web/workspace-layout.js";
import type { SetupOverview } from "../setup.js";
import { AREA_KINDS, CLASSIFICATIONS, PARTY_KINDS } from "../setup.types.js";

/** A refused form: which one, its field reasons, what was typed. */
export interface SetupFailure {
  form: string;
  fields: Record<string, string>;
  values: Record<string, string | string[]>;
  /** A problem that is not a field's (shown in the summary only). */
  message?: string;
}

export interface SetupFrame {
  ctx: PageContext;
  nav: NavItem[];
  partnershipName: string;
  slug: string;
}

type Option = { value: string; label: string };

/** One form's fields: labels, typed values, reasons beside fields. */
function formKit(ctx: PageContext, form: string, failure: SetupFailure | undefined) {
  const { t } = ctx;
  const mine = failure?.form === form ? failure : undefined;
  const id = (name: string) => `${form}-${name}`;
  const value = (name: string) => {
    const v = mine?.values[name];
    return Array.isArray(v) ? (v[0] ?? "") : (v ?? "");
  };
  const errorOf = (name: string) => mine?.fields[name];
  const ErrorText = (p: { name: string }) => {
    const reason = errorOf(p.name);
    return reason ? (
      <p class="field-error" id={`${id(p.name)}-error`}>
        {t(`setup.error.${reason}` as MessageKey)}
      </p>
    ) : null;
  };
  const aria = (name: string) =>
    errorOf(name) ? { "aria-invalid": "true", "aria-describedby": `${id(name)}-error` } : {};
  const Label = (p: { name: string; label: MessageKey; optional?: boolean | undefined }) => (
    <label for={id(p.name)}>
      {t(p.label)}
      {p.optional ? ` ${t("setup.optional")}` : ""}
    </label>
  );
  return {
    id,
    Input(p: {
      name: string;
      label: MessageKey;
      optional?: boolean;
      type?: string;
      size?: number;
      /** The stored value, shown until the form is refused (then what was typed). */
      initial?: string | null;
    }) {
      return (
        <p>
          <Label name={p.name} label={p.label} optional={p.optional} />
          <br />
          <ErrorText name={p.name} />
          <input
            id={id(p.name)}
            name={p.name}
            type={p.type ?? "text"}
            value={mine ? value(p.name) : (p.initial ?? "")}
            size={p.size ?? 40}
            required={!p.optional}
            {...aria(p.name)}
          />
        </p>
      );
    },
    Textarea(p: { name: string; label: MessageKey; optional?: boolean }) {
      return (
        <p>
          <Label name={p.name} label={p.label} optional={p.optional} />
          <br />
          <ErrorText name={p.name} />
          <textarea id={id(p.name)} name={p.name} rows={4} cols={60} {...aria(p.name)}>
            {value(p.name)}
          </textarea>
        </p>
      );
    },
    Select(p: {
      name: string;
      label: MessageKey;
      options: Option[];
      optional?: boolean;
      empty?: MessageKey;
    }) {
      const chosen = value(p.name);
      return (
        <p>
          <Label name={p.name} label={p.label} optional={p.optional} />
          <br />
          <ErrorText name={p.name} />
          <select id={id(p.name)} name={p.name} {...aria(p.name)}>
            {p.empty ? <option value="">{t(p.empty)}</option> : null}
            {p.options.map((o) => (
              <option value={o.value} selected={o.value === chosen}>
                {o.label}
              </option>
            ))}
          </select>
        </p>
      );
    },
    Checkboxes(p: { name: string; label: MessageKey; options: Option[] }) {
      const typed = mine?.values[p.name];
      const checked = (v: string) => (Array.isArray(typed) ? typed.includes(v) : typed === v);
      return (
        <fieldset id={id(p.name)} {...aria(p.name)}>
          <legend>{t(p.label)}</legend>
          <ErrorText name={p.name} />
          {p.options.map((o) => (
            <div class="check">
              <input
                type="checkbox"
                id={id(`${p.name}-${o.value}`)}
                name={p.name}
                value={o.value}
                checked={checked(o.value)}
              />{" "}
              <label for={id(`${p.name}-${o.value}`)} class="inline">
                {o.label}
              </label>
            </div>
          ))}
        </fieldset>
      );
    },
    File(p: { name: string; label: MessageKey; hint: MessageKey }) {
      return (
        <p>
          <Label name={p.name} label={p.label} optional />
          <br />
          <span id={`${id(p.name)}-hint`}>{t(p.hint)}</span>
          <br />
          <ErrorText name={p.name} />
          <input
            id={id(p.name)}
            name={p.name}
            type="file"
            accept=".geojson,.json,application/geo+json,application/json"
            aria-describedby={
              errorOf(p.name) ? `${id(p.name)}-hint ${id(p.name)}-error` : `${id(p.name)}-hint`
            }
            {...(errorOf(p.name) ? { "aria-invalid": "true" } : {})}
          />
        </p>
      );
    },
  };
}

function ErrorSummary(props: {
  ctx: PageContext;
  failure: SetupFailure | undefined;
  where?: string | undefined;
}) {
  const { failure, ctx } = props;
  if (!failure) return null;
  const { t } = ctx;
  return (
    <div role="alert" class="error-summary" tabindex={-1}>
      <h2>{t("setup.errorSummary")}</h2>
      <ul>
        {Object.entries(failure.fields).map(([field, reason]) => (
          <li>
            <a href={`#${failure.form}-${field}`}>{t(`setup.error.${reason}` as MessageKey)}</a>
          </li>
        ))}
        {failure.message ? <li>{failure.message}</li> : null}
        {props.where ? <li>{t("setup.error.where", { path: props.where })}</li> : null}
      </ul>
    </div>
  );
}

function MapFigure(props: { ctx: PageContext; map: SvgMap | null }) {
  if (!props.map) return null;
  return (
    <figure>
      {raw(props.map.svg)}
      <figcaption>
        {props.ctx.t("setup.map.alternative")}:
        <ul>
          {props.map.alternative.map((line) => (
            <li>{line}</li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

export function SetupPage(props: {
  frame: SetupFrame;
  setup: SetupOverview;
  map: SvgMap | null;
  failure?: SetupFailure | undefined;
  notice?: string | undefined;
}) {
  const { frame, setup, failure } = props;
  const { ctx } = frame;
  const { t } = ctx;
  const base = `/arbete/${frame.slug}/installningar`;
  const partyOptions = setup.parties.map((p) => ({
    value: p.id,
    label: p.shortName ? `${p.name} (${p.shortName})` : p.name,
  }));
  const unitOptions = setup.parties.flatMap((p) =>
    p.units.map((u) => ({ value: u.id, label: `${p.shortName ?? p.name}: ${u.name}` })),
  );
  const partyName = (id: string | null) => setup.parties.find((p) => p.id === id)?.name ?? "";
  const kindLabel = (k: string) => t(`setup.partyKind.${k}` as MessageKey);
  const party = formKit(ctx, "party", failure);
  const unit = formKit(ctx, "unit", failure);
  const person = formKit(ctx, "person", failure);
  const area = formKit(ctx, "area", failure);
  const goals = formKit(ctx, "goals", failure);
  const agreement = formKit(ctx, "agreement", failure);
  const contact = formKit(ctx, "contact", failure);
  const title = t("setup.title");
  return (
    <WorkspaceLayout ctx={ctx} title={title} partnershipName={frame.partnershipName} nav={frame.nav}>
      <h1>{title}</h1>
      {props.notice ? (
        <p role="status" class="notice">
          {props.notice}
        </p>
      ) : null}
      <ErrorSummary ctx={ctx} failure={failure} />
      <p>
        {t("setup.intro")} <a href={`/arbete/${frame.slug}/rapporter/standard`}>{t("setup.defaultsLink")}</a>.
      </p>
      <p>
        {t("setup.fileHint")}{" "}
        <a href="/api/v1/schemas/partnership-setup.json">/api/v1/schemas/partnership-setup.json</a>
      </p>

      <h2>{t("setup.contact.title")}</h2>
      <p>{t("setup.contact.intro")}</p>
      <form method="post" action={`${base}/kontakt`}>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="version" value={String(setup.contact.version)} />
        <contact.Input
          name="email"
          label="setup.contact.email"
          type="email"
          optional
          initial={setup.contact.email}
        />
        <contact.Input
          name="phone"
          label="setup.contact.phone"
          type="tel"
          optional
          size={20}
          initial={setup.contact.phone}
        />
        <button type="submit">{t("setup.save")}</button>
      </form>

      <h2>{t("setup.parties")}</h2>
      {setup.parties.length === 0 ? (
        <p>{t("setup.none")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("setup.party.name")}</th>
              <th scope="col">{t("setup.party.shortName")}</th>
              <th scope="col">{t("setup.party.kind")}</th>
              <th scope="col">{t("setup.party.units")}</th>
            </tr>
          </thead>
          <tbody>
            {setup.parties.map((p) => (
              <tr>
                <td>{p.name}</td>
                <td>{p.shortName ?? ""}</td>
                <td>{kindLabel(p.kind)}</td>
                <td>{p.units.map((u) => u.name).join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t("setup.party.add")}</h3>
      <form method="post" action={`${base}/parter`}>
        <CsrfField ctx={ctx} />
        <party.Select
          name="kind"
          label="setup.party.kind"
          options={PARTY_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
        />
        <party.Input name="name" label="setup.party.name" />
        <party.Input name="shortName" label="setup.party.shortName" size={20} />
        <button type="submit">{t("setup.save")}</button>
      </form>
      <h3>{t("setup.units.add")}</h3>
      <form method="post" action={`${base}/enheter`}>
        <CsrfField ctx={ctx} />
        <unit.Select name="partyId" label="setup.unit.party" options={partyOptions} empty="setup.choose" />
        <unit.Input name="name" label="setup.unit.name" />
        <unit.Select
          name="parentId"
          label="setup.unit.parent"
          options={unitOptions}
          empty="setup.noneOption"
          optional
        />
        <button type="submit">{t("setup.save")}</button>
      </form>

      <h2>{t("setup.people")}</h2>
      {setup.people.length === 0 ? (
        <p>{t("setup.none")}</p>
      ) : (
        <ul>
          {setup.people.map((p) => (
            <li>{[p.name, p.title, partyName(p.partyId), p.email, p.phone].filter(Boolean).join(", ")}</li>
          ))}
        </ul>
      )}
      <h3>{t("setup.person.add")}</h3>
      <form method="post" action={`${base}/personer`}>
        <CsrfField ctx={ctx} />
        <person.Input name="name" label="setup.person.name" />
        <person.Input name="title" label="setup.person.title" optional />
        <person.Select
          name="partyId"
          label="setup.person.party"
          options={partyOptions}
          empty="setup.choose"
        />
        <person.Select
          name="unitId"
          label="setup.person.unit"
          options={unitOptions}
          empty="setup.noneOption"
          optional
        />
        <person.Input name="email" label="setup.person.email" type="email" optional />
        <person.Input name="phone" label="setup.person.phone" type="tel" optional size={20} />
        <button type="submit">{t("setup.save")}</button>
      </form>

      <h2>{t("setup.areas")}</h2>
      <MapFigure ctx={ctx} map={props.map} />
      {setup.areas.length === 0 ? (
        <p>{t("setup.none")}</p>
      ) : (
        <ul>
          {setup.areas.map((a) => (
            <li>
              <a href={`${base}/omraden/${a.id}`}>{a.name}</a> ({t(`setup.areaKind.${a.kind}` as MessageKey)}
              {a.ownerPartyId ? `, ${partyName(a.ownerPartyId)}` : ""}
              {a.classifications
                .map(
                  (c) =>
                    `, ${t(`setup.classification.${c.classification}` as MessageKey)} ${c.validFrom}–${c.validTo ?? ""}`,
                )
                .join("")}
              )
            </li>
          ))}
        </ul>
      )}
      <h3>{t("setup.area.add")}</h3>
      <form method="post" action={`${base}/omraden`} enctype="multipart/form-data">
        <CsrfField ctx={ctx} />
        <area.Input name="name" label="setup.area.name" />
        <area.Select
          name="kind"
          label="setup.area.kind"
          options={AREA_KINDS.map((k) => ({ value: k, label: t(`setup.areaKind.${k}` as MessageKey) }))}
        />
        <area.Select
          name="parentId"
          label="setup.area.parent"
          options={setup.areas.map((a) => ({ value: a.id, label: a.name }))}
          empty="setup.noneOption"
          optional
        />
        <area.Select
          name="ownerPartyId"
          label="setup.area.owner"
          options={partyOptions}
          empty="setup.noneOption"
          optional
        />
        <area.Select
          name="classification"
          label="setup.area.classification"
          options={CLASSIFICATIONS.map((k) => ({
            value: k,
            label: t(`setup.classification.${k}` as MessageKey),
          }))}
          empty="setup.noneOption"
          optional
        />
        <area.Input name="validFrom" label="setup.area.validFrom" optional size={12} />
        <area.Input name="validTo" label="setup.area.validTo" optional size={12} />
        <area.File name="boundary" label="setup.area.boundary" hint="setup.area.boundaryHint" />
        <button type="submit">{t("setup.save")}</button>
      </form>

      <h2>{t("setup.goalSets")}</h2>
      {setup.goalSets.length === 0 ? <p>{t("setup.none")}</p> : null}
      {setup.goalSets.map((s) => (
        <section>
          <h3>
            {s.name} ({s.fromYear}–{s.toYear}, {s.body})
          </h3>
          <ol>
            {s.goals.map((g) => (
              <li>{g.text}</li>
            ))}
          </ol>
        </section>
      ))}
      <h3>{t("setup.goalSet.add")}</h3>
      <form method="post" action={`${base}/mal`}>
        <CsrfField ctx={ctx} />
        <goals.Input name="name" label="setup.goalSet.name" />
        <goals.Input name="body" label="setup.goalSet.body" optional />
        <goals.Input name="fromYear" label="setup.goalSet.fromYear" size={6} />
        <goals.Input name="toYear" label="setup.goalSet.toYear" size={6} />
        <goals.Textarea name="goals" label="setup.goalSet.goals" />
        <button type="submit">{t("setup.save")}</button>
      </form>

      <h2>{t("setup.agreements")}</h2>
      {setup.agreements.length === 0 ? <p>{t("setup.none")}</p> : null}
      {setup.agreements.map((a) => (
        <section>
          <h3>{a.title}</h3>
          <p>
            {t("setup.agreement.period", { from: a.validFrom, to: a.validTo ?? "" })}
            {a.signedOn ? `, ${t("setup.agreement.signed", { date: a.signedOn })}` : ""}.{" "}
            {a.partyIds.map(partyName).join(", ")}
          </p>
          <ul>
            {a.focusProblems.map((f) => (
              <li>{f}</li>
            ))}
          </ul>
        </section>
      ))}
      <h3>{t("setup.agreement.add")}</h3>
      <form method="post" action={`${base}/overenskommelser`}>
        <CsrfField ctx={ctx} />
        <agreement.Input name="title" label="setup.agreement.title" />
        <agreement.Input name="validFrom" label="setup.agreement.validFrom" size={12} />
        <agreement.Input name="validTo" label="setup.agreement.validTo" size={12} />
        <agreement.Input name="signedOn" label="setup.agreement.signedOn" optional size={12} />
        <agreement.Checkboxes name="partyIds" label="setup.agreement.parties" options={partyOptions} />
        <agreement.Textarea name="focusProblems" label="setup.agreement.focusProblems" optional />
        <button type="submit">{t("setup.save")}</button>
      </form>
    </WorkspaceLayout>
  );
}

export function AreaPage(props: {
  frame: SetupFrame;
  area: SetupOverview["areas"][number];
  map: SvgMap | null;
  failure?: SetupFailure | undefined;
  where?: string | undefined;
}) {
  const { frame, area, failure } = props;
  const { ctx } = frame;
  const { t } = ctx;
  const base = `/arbete/${frame.slug}/installningar/omraden/${area.id}`;
  const classification = formKit(ctx, "classification", failure);
  const boundary = formKit(ctx, "boundary", failure);
  return (
    <WorkspaceLayout ctx={ctx} title={area.name} partnershipName={frame.partnershipName} nav={frame.nav}>
      <p>
        <a href={`/arbete/${frame.slug}/installningar`}>{t("setup.back")}</a>
      </p>
      <h1>{area.name}</h1>
      <ErrorSummary ctx={ctx} failure={failure} where={props.where} />
      {props.map ? <MapFigure ctx={ctx} map={props.map} /> : <p>{t("setup.area.noBoundary")}</p>}
      <h2>{t("setup.area.classifications")}</h2>
      {area.classifications.length === 0 ? (
        <p>{t("setup.none")}</p>
      ) : (
        <ul>
          {area.classifications.map((c) => (
            <li>
              {t(`setup.classification.${c.classification}` as MessageKey)}: {c.validFrom}–{c.validTo ?? ""}
            </li>
          ))}
        </ul>
      )}
      <h3>{t("setup.area.addClassification")}</h3>
      <form method="post" action={`${base}/klassning`}>
        <CsrfField ctx={ctx} />
        <classification.Select
          name="classification"
          label="setup.area.classification"
          options={CLASSIFICATIONS.map((k) => ({
            value: k,
            label: t(`setup.classification.${k}` as MessageKey),
          }))}
        />
        <classification.Input name="validFrom" label="setup.area.validFrom" size={12} />
        <classification.Input name="validTo" label="setup.area.validTo" optional size={12} />
        <button type="submit">{t("setup.save")}</button>
      </form>
      <h2>{t("setup.area.setBoundary")}</h2>
      <form method="post" action={`${base}/grans`} enctype="multipart/form-data">
        <CsrfField ctx={ctx} />
        <boundary.File name="boundary" label="setup.area.boundary" hint="setup.area.boundaryHint" />
        <p>{t("setup.area.removeBoundary")}</p>
        <button type="submit">{t("setup.area.setBoundary")}</button>
      </form>
    </WorkspaceLayout>
  );
}
