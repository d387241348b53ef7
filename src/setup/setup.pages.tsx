/**
 * The setup pages under /arbete/:partnership/installningar: parse the form with the API's schema
 * (platform/http/form.ts), call ONE service (setup.ts), render. A refused form is shown again
 * with each field's reason; who may do this is the service's business (`partnerships.setup`).
 */
import { type Context, Hono } from "hono";
import type { z } from "zod";
import { AppError, isAppError } from "../platform/errors.js";
import type { AppEnv } from "../platform/http/env.js";
import { describeError } from "../platform/http/errors.js";
import { type FormIssue, type FormValues, readFormAs } from "../platform/http/form.js";
import { parseInput } from "../platform/http/parse.js";
import { IdSchema } from "../platform/http/schemas.js";
import type { Translate } from "../platform/i18n/index.js";
import type { Boundary } from "../platform/maps/geojson.js";
import { renderSvgMap } from "../platform/maps/svg-map.js";
import { requireWorkspace, type Workspace } from "../workspace/workspace-context.js";
import {
  addAgreement,
  addArea,
  addClassification,
  addGoalSet,
  addParty,
  addPerson,
  addUnit,
  getSetup,
  type SetupOverview,
  type SetupScope,
  setAreaBoundary,
  setContact,
} from "./setup.js";
import {
  AgreementFormSchema,
  AreaFormSchema,
  AreaInputSchema,
  BoundaryFormSchema,
  ClassificationFormSchema,
  ClassificationInputSchema,
  ContactInputSchema,
  FIELD_REASONS,
  GoalSetFormSchema,
  PartyInputSchema,
  PersonInputSchema,
  UnitInputSchema,
} from "./setup.types.js";
import { AreaPage, type SetupFailure, type SetupFrame, SetupPage } from "./views/setup-page.js";

type C = Context<AppEnv>;
const ROOT = "/arbete/:partnership/installningar";

const frameOf = (ws: Workspace): SetupFrame => ({
  ctx: ws.ctx,
  nav: ws.nav,
  partnershipName: ws.partnership.name,
  slug: ws.partnership.slug,
});
const scopeOf = (c: C, ws: Workspace): SetupScope => ({
  db: c.get("db"),
  viewer: ws.principal,
  partnershipId: ws.partnership.id,
});
const base = (ws: Workspace) => `/arbete/${ws.partnership.slug}/installningar`;

/** A field's reason: zod's message when it is one of ours, else "invalid"; `classifications.0.validTo` → `validTo`. */
function fieldsOf(issues: readonly FormIssue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const parts = issue.field.split(".");
    const field = parts[0] === "classifications" ? (parts[2] ?? "classification") : (parts[0] ?? "");
    fields[field] ??= (FIELD_REASONS as readonly string[]).includes(issue.message)
      ? issue.message
      : "invalid";
  }
  return fields;
}

/** The field reasons of a service's refusal, or null when it is not an input problem. */
function failureOf(form: string, error: unknown, values: FormValues, t: Translate): SetupFailure | null {
  if (!isAppError(error) || error.code !== "invalid_body") return null;
  const details = error.details as { fields?: Record<string, string> } | undefined;
  if (details?.fields) return { form, fields: details.fields, values };
  return { form, fields: {}, values, message: describeError(error, t).message };
}

function mapOf(areas: SetupOverview["areas"], t: Translate, id: string, title: string, highlight?: string) {
  const shapes = areas
    .filter((a) => a.boundary)
    .map((a) => ({ name: a.name, boundary: a.boundary as Boundary, highlight: a.id === highlight }));
  return renderSvgMap(shapes, {
    id,
    title,
    description: t(highlight ? "setup.area.mapDesc" : "setup.map.desc"),
  });
}

async function overview(c: C, ws: Workspace, failure?: SetupFailure) {
  const setup = await getSetup(scopeOf(c, ws));
  const t = c.get("t");
  const notice = c.req.query("sparat") !== undefined && !failure ? t("setup.saved") : undefined;
  return c.html(
    <SetupPage
      frame={frameOf(ws)}
      setup={setup}
      map={mapOf(setup.areas, t, "omradeskarta", t("setup.map.title"))}
      failure={failure}
      notice={notice}
    />,
    failure ? 400 : 200,
  );
}

/** One "add" form of the overview: validate, call the service, redirect or show the reasons. */
function addForm<S extends z.ZodType>(
  form: string,
  schema: S,
  call: (scope: SetupScope, input: z.output<S>, body: Record<string, unknown>) => Promise<unknown>,
) {
  return async (c: C) => {
    const ws = await requireWorkspace(c);
    const { body, values, result } = await readFormAs(c, schema);
    if (!result.success) return overview(c, ws, { form, fields: fieldsOf(result.issues), values });
    try {
      await call(scopeOf(c, ws), result.data, body);
    } catch (error) {
      const failure = failureOf(form, error, values, c.get("t"));
      if (!failure) throw error;
      return overview(c, ws, failure);
    }
    return c.redirect(`${base(ws)}?sparat=1`, 303);
  };
}

const fileText = async (file: File | undefined) => (file && file.size > 0 ? await file.text() : null);

/** The area form as the API's input: its one classification row, the boundary file's text. */
async function areaInput(form: z.output<typeof AreaFormSchema>) {
  const row = form.classification
    ? [
        {
          classification: form.classification,
          validFrom: form.validFrom ?? "",
          validTo: form.validTo || null,
        },
      ]
    : [];
  const parsed = AreaInputSchema.safeParse({
    name: form.name,
    kind: form.kind,
    parentId: form.parentId ?? null,
    ownerPartyId: form.ownerPartyId ?? null,
    classifications: row,
    boundary: await fileText(form.boundary),
  });
  if (!parsed.success)
    throw new AppError(
      "invalid_body",
      { param: "", value: "" },
      {
        fields: fieldsOf(parsed.error.issues.map((i) => ({ field: i.path.join("."), message: i.message }))),
      },
    );
  return parsed.data;
}

const areaIdOf = (c: C) =>
  parseInput(IdSchema, c.req.param("areaId"), { code: "invalid_id", param: "areaId" });

async function areaPage(c: C, ws: Workspace, failure?: SetupFailure, where?: string) {
  const setup = await getSetup(scopeOf(c, ws));
  const areaId = areaIdOf(c);
  const area = setup.areas.find((a) => a.id === areaId);
  if (!area) throw new AppError("not_found", { entity: "area", value: areaId });
  const t = c.get("t");
  const map = area.boundary
    ? mapOf([area], t, "omradeskarta", t("setup.area.mapTitle", { name: area.name }), area.id)
    : null;
  return c.html(
    <AreaPage frame={frameOf(ws)} area={area} map={map} failure={failure} where={where} />,
    failure ? 400 : 200,
  );
}

/** A form of an area's page. */
function areaForm<S extends z.ZodType>(
  form: string,
  schema: S,
  call: (scope: SetupScope, areaId: string, input: z.output<S>) => Promise<unknown>,
) {
  return async (c: C) => {
    const ws = await requireWorkspace(c);
    const { values, result } = await readFormAs(c, schema);
    if (!result.success) return areaPage(c, ws, { form, fields: fieldsOf(result.issues), values });
    try {
      await call(scopeOf(c, ws), areaIdOf(c), result.data);
    } catch (error) {
      const failure = failureOf(form, error, values, c.get("t"));
      if (!failure) throw error;
      const path = isAppError(error) ? (error.details as { path?: string } | undefined)?.path : undefined;
      return areaPage(c, ws, failure, path || undefined);
    }
    return c.redirect(`${base(ws)}/omraden/${areaIdOf(c)}`, 303);
  };
}

export const setupPages = new Hono<AppEnv>()
  .get(ROOT, async (c) => overview(c, await requireWorkspace(c)))
  .post(`${ROOT}/kontakt`, addForm("contact", ContactInputSchema, setContact))
  .post(`${ROOT}/parter`, addForm("party", PartyInputSchema, addParty))
  .post(`${ROOT}/enheter`, addForm("unit", UnitInputSchema, addUnit))
  .post(`${ROOT}/personer`, addForm("person", PersonInputSchema, addPerson))
  .post(
    `${ROOT}/omraden`,
    addForm("area", AreaFormSchema, async (scope, form) => addArea(scope, await areaInput(form))),
  )
  .post(`${ROOT}/mal`, addForm("goals", GoalSetFormSchema, addGoalSet))
  .post(`${ROOT}/overenskommelser`, addForm("agreement", AgreementFormSchema, addAgreement))
  .get(`${ROOT}/omraden/:areaId`, async (c) => areaPage(c, await requireWorkspace(c)))
  .post(
    `${ROOT}/omraden/:areaId/klassning`,
    areaForm("classification", ClassificationFormSchema.pipe(ClassificationInputSchema), addClassification),
  )
  .post(
    `${ROOT}/omraden/:areaId/grans`,
    areaForm("boundary", BoundaryFormSchema, async (scope, areaId, form) =>
      setAreaBoundary(scope, areaId, await fileText(form.boundary)),
    ),
  );
