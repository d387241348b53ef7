/**
 * The incident pages under /arbete/:partnership/handelser: the overview with the report form, all
 * reports, a week's lägesbild with its forms, categories and settings, and the CSV export. No
 * JavaScript: a refused form is shown again with the reasons beside the fields and what was typed.
 * The report form's map of the areas (`karta.svg`) is its image button: the click (`karta.x`,
 * `karta.y`) is turned into the place's fields before the form is validated, so it is kept either way.
 */
import { z } from "@hono/zod-openapi";
import { type Context, Hono } from "hono";
import { AppError, isAppError } from "../platform/errors.js";
import type { AppEnv } from "../platform/http/env.js";
import { describeError } from "../platform/http/errors.js";
import {
  type FormBody,
  type FormValues,
  formValuesOf,
  readForm,
  readFormAs,
  validateForm,
} from "../platform/http/form.js";
import { MapClickSchema } from "../platform/maps/map-click.js";
import type { PersonalDataKind } from "../platform/personal-data.js";
import { requireWorkspace, type Workspace } from "../workspace/workspace-context.js";
import { exportWeeklyCounts } from "./export-counts.js";
import {
  addCategory,
  changeCategory,
  changeIncidentSettings,
  getIncidentConfiguration,
  type IncidentScope,
  reportFormChoices,
} from "./incident-categories.service.js";
import { incidentsPolicy } from "./incidents.policy.js";
import {
  AssessmentSchema,
  CategoryKeySchema,
  IncidentInputSchema,
  IncidentSettingsChangeSchema,
  PublicationSchema,
  ShareSchema,
  WeekSchema,
} from "./incidents.types.js";
import { listIncidents, listMyIncidents } from "./list-incidents.js";
import { reportIncident } from "./report-incident.js";
import { placeOfClick, reportMap } from "./report-map.js";
import {
  assessSituation,
  compileSituationNow,
  getSituation,
  listSituations,
  publishSituation,
  shareSituation,
} from "./situations.js";
import { AllReportsPage, IncidentsPage } from "./views/incidents-page.js";
import type { Failure } from "./views/parts.js";
import { IncidentSettingsPage } from "./views/settings-page.js";
import { SituationPage } from "./views/situation-page.js";
import { addWeeks, isWeek, weekName, weekOf } from "./weeks.js";

type C = Context<AppEnv>;
const BASE = "/arbete/:partnership/handelser";

const scopeOf = (c: C, ws: Workspace): IncidentScope => ({
  db: c.get("db"),
  viewer: ws.principal,
  partnershipId: ws.partnership.id,
});
const frameOf = (ws: Workspace) => ({
  ctx: ws.ctx,
  nav: ws.nav,
  slug: ws.partnership.slug,
  partnershipName: ws.partnership.name,
});
const baseOf = (ws: Workspace) => `/arbete/${ws.partnership.slug}/handelser`;

const KNOWN_REASONS = new Set([
  "required",
  "too_long",
  "datetime_invalid",
  "future",
  "category_invalid",
  "subcategory_invalid",
  "position_half",
  "area_invalid",
  "place_required",
  "number_invalid",
  "category_taken",
]);

/** The field reasons of a refused form: the zod issues, or a service's `details.fields`. */
function fieldsOf(error: AppError): Record<string, string> {
  const details = error.details as unknown;
  if (details && typeof details === "object" && "fields" in details)
    return (details as { fields: Record<string, string> }).fields;
  if (Array.isArray(details)) {
    const fields: Record<string, string> = {};
    for (const d of details as { path: string; message: string }[]) {
      const field = d.path.split(".")[0] ?? "";
      if (!(field in fields)) fields[field] = KNOWN_REASONS.has(d.message) ? d.message : "invalid";
    }
    return fields;
  }
  return { [String(error.params.param ?? "")]: "invalid" };
}

/** A refused form shown again, or the error passed on (anything but bad input, 409 or the warning). */
function failureOf(
  c: C,
  error: unknown,
  form: string,
  values: FormValues,
): { failure: Failure; status: 400 | 409 | 422 } {
  if (!isAppError(error)) throw error;
  if (error.code === "invalid_body")
    return { failure: { form, fields: fieldsOf(error), values }, status: 400 };
  if (
    error.code === "conflict" ||
    error.code === "transition_refused" ||
    error.code === "personal_data_suspected"
  ) {
    const described = describeError(error, c.get("t"));
    return {
      failure: { form, fields: {}, values, message: described.message },
      status: described.status as 409 | 422,
    };
  }
  throw error;
}

/** The weeks a reporter sees: this week and the seven before, newest first. */
const recentWeeks = (now: Date) => Array.from({ length: 8 }, (_, i) => addWeeks(weekOf(now), -i));

async function overview(
  c: C,
  ws: Workspace,
  extra: { notice?: string; failure?: Failure; warning?: PersonalDataKind[] },
) {
  const scope = scopeOf(c, ws);
  const situations = await listSituations({ ...scope, locale: ws.ctx.locale });
  const p = { partnershipId: ws.partnership.id };
  const canReport = incidentsPolicy.allows(ws.principal, "report", p);
  const readsOwn = incidentsPolicy.allows(ws.principal, "readReports", { ...p, mine: true });
  const [{ categories, areas }, mine] = await Promise.all([
    reportFormChoices(scope.db, scope.partnershipId),
    canReport && readsOwn ? listMyIncidents(scope) : Promise.resolve(null),
  ]);
  return (
    <IncidentsPage
      model={{
        ...frameOf(ws),
        canReport,
        categories,
        areas,
        mine,
        recentWeeks: recentWeeks(new Date()),
        situations,
        canCompile: incidentsPolicy.allows(ws.principal, "compile", p),
        canSeeAll: incidentsPolicy.allows(ws.principal, "readReports", { ...p, mine: false }),
        canConfigure: incidentsPolicy.allows(ws.principal, "configure", p),
        canExport: incidentsPolicy.allows(ws.principal, "exportCounts", p),
        ...extra,
      }}
    />
  );
}

async function situationPage(
  c: C,
  ws: Workspace,
  week: string,
  extra: { notice?: string; failure?: Failure } = {},
) {
  const situation = await getSituation({ ...scopeOf(c, ws), week, locale: ws.ctx.locale });
  const p = { partnershipId: ws.partnership.id };
  return (
    <SituationPage
      model={{
        ...frameOf(ws),
        situation,
        canCompile: incidentsPolicy.allows(ws.principal, "compile", p),
        canAssess: incidentsPolicy.allows(ws.principal, "assess", p),
        canShare: incidentsPolicy.allows(ws.principal, "share", p),
        canPublish: incidentsPolicy.allows(ws.principal, "publishSituation", p),
        ...extra,
      }}
    />
  );
}

/** The samordnare's publish and withdraw buttons (no JavaScript; a refusal is the error page). */
async function publicationForm(c: C, publish: boolean) {
  const ws = await requireWorkspace(c);
  const week = weekParam(c);
  const { result } = await readFormAs(c, PublicationSchema);
  if (!result.success) throw new AppError("invalid_body", { param: "version", value: "" });
  await publishSituation({ ...scopeOf(c, ws), week, publish, input: result.data });
  return c.redirect(`${baseOf(ws)}/lagesbild/${week}?klart=${publish ? "published" : "withdrawn"}`, 303);
}

async function settingsPage(c: C, ws: Workspace, extra: { notice?: string; failure?: Failure } = {}) {
  const config = await getIncidentConfiguration(scopeOf(c, ws));
  return <IncidentSettingsPage model={{ ...frameOf(ws), ...config, ...extra }} />;
}

const weekParam = (c: C) => {
  const week = c.req.param("week") ?? "";
  if (!WeekSchema.safeParse(week).success || !isWeek(week))
    throw new AppError("bad_request", { param: "week", value: week });
  return week;
};
const categoryParam = (c: C) => {
  const key = c.req.param("key") ?? "";
  if (!CategoryKeySchema.safeParse(key).success)
    throw new AppError("bad_request", { param: "key", value: key });
  return key;
};

const CategoryFormSchema = z.object({
  name: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(80, { error: "too_long" }),
  subcategories: z.string().max(3000, { error: "too_long" }).optional(),
  active: z.boolean().default(false),
  version: z.number().int().min(1).optional(),
});
const linesOf = (text: string | undefined) =>
  (text ?? "")
    .split("\n")
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .slice(0, 30)
    .map((s) => s.slice(0, 80));
const CompileFormSchema = z.object({ week: WeekSchema });
/** The report form's map click (`karta.x`, `karta.y`), read apart from the rest so a refused form keeps it. */
const ClickFormSchema = z.object({ karta: MapClickSchema.optional() });
/** The chosen place drawn on the report form's map (`karta.svg?lat=…&lon=…`); anything else: no marker. */
const ChosenPlaceSchema = z.object({
  lat: z.coerce.number().min(-90).max(90),
  lon: z.coerce.number().min(-180).max(180),
});

/**
 * A click on the report form's map becomes the typed place: the coordinate fields (the click wins
 * over typed ones) and, when no area was chosen, the area the click is inside. Then the form is
 * validated and, if refused, shown again with the place filled in.
 */
async function applyMapClick(scope: IncidentScope, body: FormBody): Promise<void> {
  const click = validateForm(ClickFormSchema, body);
  const place = click.success ? await placeOfClick(scope, click.data.karta) : null;
  if (!place) return;
  body.lat = String(place.latitude);
  body.lon = String(place.longitude);
  const chosenArea = typeof body.areaId === "string" && body.areaId !== "";
  if (place.areaId && !chosenArea) body.areaId = place.areaId;
}

export const incidentsPages = new Hono<AppEnv>()
  .get(BASE, async (c) => {
    const ws = await requireWorkspace(c);
    const done = c.req.query("klart");
    const notice =
      done && isWeek(done)
        ? ws.ctx.t("incidents.report.done", { week: weekName(done, ws.ctx.locale) })
        : undefined;
    return c.html(await overview(c, ws, { ...(notice ? { notice } : {}) }));
  })
  .post(BASE, async (c) => {
    const ws = await requireWorkspace(c);
    const body = await readForm(c);
    await applyMapClick(scopeOf(c, ws), body);
    const values = formValuesOf(body);
    const result = validateForm(IncidentInputSchema, body);
    try {
      if (!result.success) {
        const fields: Record<string, string> = {};
        for (const i of result.issues) {
          const field = i.field.split(".")[0] ?? "";
          if (!(field in fields)) fields[field] = KNOWN_REASONS.has(i.message) ? i.message : "invalid";
        }
        // A refused form that is not the warning keeps the warning's confirmation unchecked.
        return c.html(await overview(c, ws, { failure: { form: "report", fields, values } }), 400);
      }
      const row = await reportIncident({ ...scopeOf(c, ws), input: result.data });
      return c.redirect(`${baseOf(ws)}?klart=${row.week}`, 303);
    } catch (error) {
      if (isAppError(error) && error.code === "personal_data_suspected") {
        const kinds = ((error.details as { kinds?: PersonalDataKind[] })?.kinds ?? []) as PersonalDataKind[];
        return c.html(
          await overview(c, ws, { failure: { form: "report", fields: {}, values }, warning: kinds }),
          422,
        );
      }
      const { failure, status } = failureOf(c, error, "report", values);
      return c.html(await overview(c, ws, { failure }), status);
    }
  })
  .get(`${BASE}/karta.svg`, async (c) => {
    const ws = await requireWorkspace(c);
    const t = c.get("t");
    const chosen = ChosenPlaceSchema.safeParse(c.req.query());
    const map = await reportMap(
      scopeOf(c, ws),
      {
        title: t("incidents.map.title"),
        description: t("incidents.map.desc"),
        marker: t("incidents.map.marker"),
      },
      chosen.success ? { latitude: chosen.data.lat, longitude: chosen.data.lon } : undefined,
    );
    if (!map) throw new AppError("not_found", { entity: "route", value: c.req.path });
    return c.body(map.svg, 200, {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": "private, no-store",
    });
  })
  .get(`${BASE}/rapporter`, async (c) => {
    const ws = await requireWorkspace(c);
    const reports = await listIncidents(scopeOf(c, ws));
    return c.html(<AllReportsPage {...frameOf(ws)} reports={reports} />);
  })
  .post(`${BASE}/sammanstall`, async (c) => {
    const ws = await requireWorkspace(c);
    const { result } = await readFormAs(c, CompileFormSchema);
    const week = result.success && isWeek(result.data.week) ? result.data.week : null;
    if (!week) throw new AppError("invalid_body", { param: "week", value: "" });
    await compileSituationNow({ ...scopeOf(c, ws), week });
    return c.redirect(`${baseOf(ws)}/lagesbild/${week}?klart=compiled`, 303);
  })
  .get(`${BASE}/lagesbild/:week`, async (c) => {
    const ws = await requireWorkspace(c);
    const week = weekParam(c);
    const done = c.req.query("klart");
    const notice =
      done === "published"
        ? ws.ctx.t("incidents.publish.done")
        : done === "withdrawn"
          ? ws.ctx.t("incidents.publish.withdrawn")
          : done
            ? ws.ctx.t("incidents.saved")
            : undefined;
    return c.html(await situationPage(c, ws, week, notice ? { notice } : {}));
  })
  .post(`${BASE}/lagesbild/:week/bedomning`, async (c) => {
    const ws = await requireWorkspace(c);
    const week = weekParam(c);
    const { values, result } = await readFormAs(c, AssessmentSchema);
    try {
      if (!result.success)
        throw new AppError(
          "invalid_body",
          { param: "assessment", value: "" },
          result.issues.map((i) => ({ path: i.field, message: i.message })),
        );
      await assessSituation({ ...scopeOf(c, ws), week, input: result.data });
      return c.redirect(`${baseOf(ws)}/lagesbild/${week}?klart=assessed`, 303);
    } catch (error) {
      const { failure, status } = failureOf(c, error, "assessment", values);
      return c.html(await situationPage(c, ws, week, { failure }), status);
    }
  })
  .post(`${BASE}/lagesbild/:week/dela`, async (c) => {
    const ws = await requireWorkspace(c);
    const week = weekParam(c);
    const { result } = await readFormAs(c, ShareSchema);
    if (!result.success) throw new AppError("invalid_body", { param: "version", value: "" });
    await shareSituation({ ...scopeOf(c, ws), week, input: result.data });
    return c.redirect(`${baseOf(ws)}/lagesbild/${week}?klart=shared`, 303);
  })
  .post(`${BASE}/lagesbild/:week/publicera`, (c) => publicationForm(c, true))
  .post(`${BASE}/lagesbild/:week/avpublicera`, (c) => publicationForm(c, false))
  .get(`${BASE}/installningar`, async (c) => {
    const ws = await requireWorkspace(c);
    const notice = c.req.query("klart") ? ws.ctx.t("incidents.saved") : undefined;
    return c.html(await settingsPage(c, ws, notice ? { notice } : {}));
  })
  .post(`${BASE}/installningar`, async (c) => {
    const ws = await requireWorkspace(c);
    const { values, result } = await readFormAs(c, IncidentSettingsChangeSchema);
    try {
      if (!result.success)
        throw new AppError(
          "invalid_body",
          { param: "retentionMonths", value: "" },
          result.issues.map((i) => ({ path: i.field, message: i.message })),
        );
      await changeIncidentSettings({ ...scopeOf(c, ws), input: result.data });
      return c.redirect(`${baseOf(ws)}/installningar?klart=settings`, 303);
    } catch (error) {
      const { failure, status } = failureOf(c, error, "settings", values);
      return c.html(await settingsPage(c, ws, { failure }), status);
    }
  })
  .post(`${BASE}/kategorier`, async (c) => {
    const ws = await requireWorkspace(c);
    const { values, result } = await readFormAs(c, CategoryFormSchema);
    try {
      if (!result.success)
        throw new AppError(
          "invalid_body",
          { param: "name", value: "" },
          result.issues.map((i) => ({ path: i.field, message: i.message })),
        );
      await addCategory({
        ...scopeOf(c, ws),
        input: { name: result.data.name, subcategories: linesOf(result.data.subcategories) },
      });
      return c.redirect(`${baseOf(ws)}/installningar?klart=category`, 303);
    } catch (error) {
      const { failure, status } = failureOf(c, error, "new-category", values);
      return c.html(await settingsPage(c, ws, { failure }), status);
    }
  })
  .post(`${BASE}/kategorier/:key`, async (c) => {
    const ws = await requireWorkspace(c);
    const key = categoryParam(c);
    const { values, result } = await readFormAs(c, CategoryFormSchema);
    try {
      if (!result.success || result.data.version === undefined)
        throw new AppError(
          "invalid_body",
          { param: "name", value: "" },
          result.success ? [] : result.issues.map((i) => ({ path: i.field, message: i.message })),
        );
      const d = result.data;
      await changeCategory({
        ...scopeOf(c, ws),
        key,
        input: {
          name: d.name,
          subcategories: linesOf(d.subcategories),
          active: d.active,
          version: d.version as number,
        },
      });
      return c.redirect(`${baseOf(ws)}/installningar?klart=category`, 303);
    } catch (error) {
      const { failure, status } = failureOf(c, error, `category-${key}`, values);
      return c.html(await settingsPage(c, ws, { failure }), status);
    }
  })
  .get(`${BASE}/veckoantal.csv`, async (c) => {
    const ws = await requireWorkspace(c);
    const csv = await exportWeeklyCounts(scopeOf(c, ws));
    return c.body(csv, 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="handelser-per-vecka.csv"',
    });
  });
