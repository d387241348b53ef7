/**
 * The walks' workspace pages under /arbete/:partnership/trygghetsvandringar: parse the form with
 * the API's schema (platform/http/form.ts), call ONE service, render. The walk's map is served as
 * an SVG image (`karta.svg`) and is the add-finding form's image button: the browser sends the
 * click as `karta.x`/`karta.y` (pixels of the 480 × 320 picture), which the inverse projection
 * turns into a position.
 */
import { type Context, Hono } from "hono";
import { AppError, isAppError } from "../platform/errors.js";
import type { AppEnv } from "../platform/http/env.js";
import { describeError } from "../platform/http/errors.js";
import { type FormIssue, type FormValues, readFormAs } from "../platform/http/form.js";
import { parseInput } from "../platform/http/parse.js";
import { IdSchema } from "../platform/http/schemas.js";
import { positionOfClick } from "../platform/maps/map-click.js";
import { PERSONAL_DATA_KINDS, personalDataKinds } from "../platform/personal-data.js";
import { todayInSweden } from "../workspace/views/format.js";
import { requireWorkspace, type Workspace } from "../workspace/workspace-context.js";
import { setDescriptionPublic, updateFindingStatus } from "./finding-status.js";
import { changeWalkSettings, getWalkSettings } from "./photo-retention.js";
import { addFinding, authorizeManage, createWalk, editFinding } from "./record-walk.js";
import {
  FindingEditPage,
  type WalkFailure,
  type WalkFrame,
  WalkPage,
  WalksPage,
} from "./views/walk-views.js";
import { type Finding, getPhoto, getWalk, listWalks, type WalkScope, walkAreas, walkMap } from "./walks.js";
import {
  FindingEditFormSchema,
  type FindingForm,
  FindingFormSchema,
  type FindingInput,
  PublicityInputSchema,
  StatusFormSchema,
  WalkInputSchema,
  WalkSettingsInputSchema,
} from "./walks.types.js";

type C = Context<AppEnv>;
const ROOT = "/arbete/:partnership/trygghetsvandringar";

const frameOf = (ws: Workspace): WalkFrame => ({
  ctx: ws.ctx,
  nav: ws.nav,
  partnershipName: ws.partnership.name,
  slug: ws.partnership.slug,
});
const scopeOf = (c: C, ws: Workspace): WalkScope => ({
  db: c.get("db"),
  viewer: ws.principal,
  partnershipId: ws.partnership.id,
  today: todayInSweden(),
});
const base = (ws: Workspace) => `/arbete/${ws.partnership.slug}/trygghetsvandringar`;
const walkIdOf = (c: C) =>
  parseInput(IdSchema, c.req.param("walkId"), { code: "invalid_id", param: "walkId" });
const findingIdOf = (c: C) =>
  parseInput(IdSchema, c.req.param("findingId"), { code: "invalid_id", param: "findingId" });

const fieldsOf = (issues: readonly FormIssue[]) => {
  const fields: Record<string, string> = {};
  for (const issue of issues) fields[issue.field.split(".")[0] ?? ""] ??= "invalid";
  return fields;
};

function failureOf(form: string, error: unknown, values: FormValues, c: C): WalkFailure | null {
  if (!isAppError(error) || !["invalid_body", "conflict", "transition_refused"].includes(error.code))
    return null;
  const details = error.details as { fields?: Record<string, string> } | undefined;
  if (details?.fields) return { form, fields: details.fields, values };
  return { form, fields: {}, values, message: describeError(error, c.get("t")).message };
}

/** The personal data found in a description the writer has not yet confirmed (the form warns first). */
const unconfirmedPersonalData = (form: FindingForm) =>
  form.confirmPersonalData ? [] : personalDataKinds(form.description);

const warningOf = (warnings: readonly string[]) =>
  warnings.length > 0 ? `&varning=${warnings.join(",")}` : "";

/**
 * The add and edit forms' finding as the API's input: a click on the map image (`karta.x`,
 * `karta.y`) is read against the walk's map and wins over typed coordinates; the photo's bytes.
 */
async function findingOfForm(
  scope: WalkScope,
  walkId: string,
  form: FindingForm,
): Promise<{ input: FindingInput; photo: Uint8Array | undefined }> {
  const position = form.karta ? positionOfClick(walkAreas(await getWalk(scope, walkId)), form.karta) : null;
  const photo =
    form.photo && form.photo.size > 0 ? new Uint8Array(await form.photo.arrayBuffer()) : undefined;
  return {
    input: {
      category: form.category,
      description: form.description,
      descriptionPublic: form.descriptionPublic,
      latitude: position?.latitude ?? form.latitude ?? null,
      longitude: position?.longitude ?? form.longitude ?? null,
      address: form.address ?? null,
      responsiblePartyId: form.responsiblePartyId,
      unitId: form.unitId ?? null,
      targetDate: form.targetDate ?? null,
    },
    photo,
  };
}

async function overview(c: C, ws: Workspace, failure?: WalkFailure, status: 200 | 400 | 409 = 200) {
  const scope = scopeOf(c, ws);
  const [data, settings] = await Promise.all([listWalks(scope), getWalkSettings(scope)]);
  const notice = c.req.query("sparat") !== undefined && !failure ? c.get("t")("walks.saved") : undefined;
  return c.html(
    <WalksPage frame={frameOf(ws)} overview={data} settings={settings} failure={failure} notice={notice} />,
    failure && status === 200 ? 400 : status,
  );
}

async function walkPage(c: C, ws: Workspace, failure?: WalkFailure) {
  const walk = await getWalk(scopeOf(c, ws), walkIdOf(c));
  const t = c.get("t");
  const saved = c.req.query("sparat") !== undefined && !failure;
  const warned = c.req.query("varning");
  const kinds = (warned ?? "")
    .split(",")
    .filter((k) => (PERSONAL_DATA_KINDS as readonly string[]).includes(k))
    .map((k) => t(`walks.kind.${k}` as never));
  const notice =
    saved && kinds.length > 0
      ? t("walks.warning.saved", { kinds: kinds.join(", ") })
      : saved
        ? t("walks.saved")
        : undefined;
  return c.html(
    <WalkPage frame={frameOf(ws)} walk={walk} failure={failure} notice={notice} demo={walk.demo} />,
    failure ? 400 : 200,
  );
}

/** The form's values: what was typed after a refusal, otherwise the finding as stored. */
function storedValues(f: Finding): FormValues {
  return {
    category: f.category,
    description: f.description,
    descriptionPublic: f.descriptionPublic ? "true" : "",
    latitude: f.latitude === null ? "" : String(f.latitude),
    longitude: f.longitude === null ? "" : String(f.longitude),
    address: f.address ?? "",
    responsiblePartyId: f.responsiblePartyId,
    unitId: f.unitId ?? "",
    targetDate: f.targetDate,
    version: String(f.version),
  };
}

async function editPage(c: C, ws: Workspace, failure?: WalkFailure, conflict = false) {
  const scope = scopeOf(c, ws);
  const findingId = findingIdOf(c);
  const walk = await getWalk(scope, walkIdOf(c));
  const finding = walk.items.find((f) => f.id === findingId);
  if (!finding) throw new AppError("not_found", { entity: "walk_finding", value: findingId });
  authorizeManage(scope);
  return c.html(
    <FindingEditPage
      frame={frameOf(ws)}
      walk={walk}
      finding={finding}
      values={failure && !conflict ? failure.values : storedValues(finding)}
      failure={failure}
    />,
    conflict ? 409 : failure ? 400 : 200,
  );
}

export const walksPages = new Hono<AppEnv>()
  .get(ROOT, async (c) => overview(c, await requireWorkspace(c)))
  .post(ROOT, async (c) => {
    const ws = await requireWorkspace(c);
    const { values, result } = await readFormAs(c, WalkInputSchema);
    if (!result.success) return overview(c, ws, { form: "walk", fields: fieldsOf(result.issues), values });
    try {
      const row = await createWalk(scopeOf(c, ws), result.data);
      return c.redirect(`${base(ws)}/${row.id}?sparat=1`, 303);
    } catch (error) {
      const failure = failureOf("walk", error, values, c);
      if (!failure) throw error;
      return overview(c, ws, failure);
    }
  })
  .post(`${ROOT}/installningar`, async (c) => {
    const ws = await requireWorkspace(c);
    const { values, result } = await readFormAs(c, WalkSettingsInputSchema);
    if (!result.success) {
      const fields = fieldsOf(result.issues);
      if (fields.photoRetentionMonths) fields.photoRetentionMonths = "retention_invalid";
      return overview(c, ws, { form: "settings", fields, values });
    }
    try {
      await changeWalkSettings(scopeOf(c, ws), result.data);
      return c.redirect(`${base(ws)}?sparat=1#installningar`, 303);
    } catch (error) {
      const failure = failureOf("settings", error, values, c);
      if (!failure) throw error;
      const conflict = isAppError(error) && error.code === "conflict";
      return overview(c, ws, conflict ? { ...failure, values: {} } : failure, conflict ? 409 : 400);
    }
  })
  .get(`${ROOT}/:walkId`, async (c) => walkPage(c, await requireWorkspace(c)))
  .get(`${ROOT}/:walkId/karta.svg`, async (c) => {
    const ws = await requireWorkspace(c);
    const walk = await getWalk(scopeOf(c, ws), walkIdOf(c));
    const t = c.get("t");
    const map = walkMap(walk, {
      id: "vandringskarta",
      title: t("walks.map.title", { area: walk.areaName }),
      description: t("walks.map.desc"),
      markerTitle: (f: Finding) =>
        t("walks.map.marker", {
          number: f.number,
          category: t(`walks.category.${f.category}`),
          status: t(`walks.status.${f.status}`),
        }),
    });
    if (!map) throw new AppError("not_found", { entity: "route", value: c.req.path });
    return c.body(map.svg, 200, {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": "private, no-store",
    });
  })
  .post(`${ROOT}/:walkId/fynd`, async (c) => {
    const ws = await requireWorkspace(c);
    const scope = scopeOf(c, ws);
    const walkId = walkIdOf(c);
    const { values, result } = await readFormAs(c, FindingFormSchema);
    if (!result.success) return walkPage(c, ws, { form: "finding", fields: fieldsOf(result.issues), values });
    const found = unconfirmedPersonalData(result.data);
    if (found.length > 0)
      return walkPage(c, ws, { form: "finding", fields: {}, values, personalData: found });
    try {
      const { input, photo } = await findingOfForm(scope, walkId, result.data);
      const added = await addFinding(scope, walkId, input, photo);
      return c.redirect(
        `${base(ws)}/${walkId}?sparat=1${warningOf(added.warnings)}#fynd-${added.number}`,
        303,
      );
    } catch (error) {
      const failure = failureOf("finding", error, values, c);
      if (!failure) throw error;
      return walkPage(c, ws, failure);
    }
  })
  .get(`${ROOT}/:walkId/fynd/:findingId/andra`, async (c) => editPage(c, await requireWorkspace(c)))
  .post(`${ROOT}/:walkId/fynd/:findingId/andra`, async (c) => {
    const ws = await requireWorkspace(c);
    const scope = scopeOf(c, ws);
    const walkId = walkIdOf(c);
    const { values, result } = await readFormAs(c, FindingEditFormSchema);
    if (!result.success) return editPage(c, ws, { form: "edit", fields: fieldsOf(result.issues), values });
    const found = unconfirmedPersonalData(result.data);
    if (found.length > 0) return editPage(c, ws, { form: "edit", fields: {}, values, personalData: found });
    try {
      const { input, photo } = await findingOfForm(scope, walkId, result.data);
      const edited = await editFinding(
        scope,
        walkId,
        findingIdOf(c),
        { ...input, version: result.data.version, removePhoto: result.data.removePhoto },
        photo,
      );
      return c.redirect(
        `${base(ws)}/${walkId}?sparat=1${warningOf(edited.warnings)}#fynd-${edited.number}`,
        303,
      );
    } catch (error) {
      const failure = failureOf("edit", error, values, c);
      if (!failure) throw error;
      // Changed by someone else: the form shows the newer finding (what was typed is not kept).
      return editPage(c, ws, failure, isAppError(error) && error.code === "conflict");
    }
  })
  .post(`${ROOT}/:walkId/fynd/:findingId/status`, async (c) => {
    const ws = await requireWorkspace(c);
    const { values, result } = await readFormAs(c, StatusFormSchema);
    if (!result.success) return walkPage(c, ws, { form: "status", fields: fieldsOf(result.issues), values });
    try {
      await updateFindingStatus(scopeOf(c, ws), walkIdOf(c), findingIdOf(c), result.data);
    } catch (error) {
      const failure = failureOf("status", error, values, c);
      if (!failure) throw error;
      if (failure.fields.reason) failure.message = c.get("t")("walks.error.reason_missing");
      return walkPage(c, ws, failure);
    }
    return c.redirect(
      result.data.back === "todo" ? `/arbete/${ws.partnership.slug}` : `${base(ws)}/${walkIdOf(c)}?sparat=1`,
      303,
    );
  })
  .post(`${ROOT}/:walkId/fynd/:findingId/publicering`, async (c) => {
    const ws = await requireWorkspace(c);
    const { values, result } = await readFormAs(c, PublicityInputSchema);
    if (!result.success)
      return walkPage(c, ws, { form: "publicity", fields: fieldsOf(result.issues), values });
    try {
      await setDescriptionPublic(scopeOf(c, ws), walkIdOf(c), findingIdOf(c), result.data);
    } catch (error) {
      const failure = failureOf("publicity", error, values, c);
      if (!failure) throw error;
      return walkPage(c, ws, failure);
    }
    return c.redirect(`${base(ws)}/${walkIdOf(c)}?sparat=1`, 303);
  })
  .get(`${ROOT}/:walkId/fynd/:findingId/foto`, async (c) => {
    const ws = await requireWorkspace(c);
    const photo = await getPhoto(scopeOf(c, ws), walkIdOf(c), findingIdOf(c));
    return c.body(new Uint8Array(photo.bytes), 200, {
      "Content-Type": photo.contentType,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    });
  });
