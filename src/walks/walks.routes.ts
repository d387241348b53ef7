/**
 * The walks' API (mounted under /api/v1): `/partnerships/{slug}/walks…` — list and record walks,
 * read one with its findings, add a finding (a position or an address; a photo as base64, its
 * metadata stripped), correct a finding (PUT), move a finding's status and mark its description
 * public (these three name the version they read: 409 `conflict` otherwise), and the walks'
 * settings (how long closed findings' photos are kept). Who may: the walks' table (walks.policy.ts).
 */
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { AppError } from "../platform/errors.js";
import type { AppEnv } from "../platform/http/env.js";
import { STAFF_ACCESS } from "../platform/http/openapi-security.js";
import { createRouter } from "../platform/http/router.js";
import { ErrorSchema, errorResponses, IdSchema, SlugSchema } from "../platform/http/schemas.js";
import { PERSONAL_DATA_KINDS } from "../platform/personal-data.js";
import { todayInSweden } from "../workspace/views/format.js";
import { setDescriptionPublic, updateFindingStatus } from "./finding-status.js";
import { changeWalkSettings, getWalkSettings } from "./photo-retention.js";
import { addFinding, createWalk, editFinding } from "./record-walk.js";
import { getWalk, listWalks, walkScopeOf } from "./walks.js";
import {
  FindingInputSchema,
  FindingSchema,
  FindingUpdateSchema,
  PublicityInputSchema,
  StatusInputSchema,
  WalkDetailSchema,
  WalkInputSchema,
  WalkSchema,
  WalkSettingsInputSchema,
  WalkSettingsSchema,
} from "./walks.types.js";

const tags = ["Safety walks"];
type C = Context<AppEnv>;

const slugParams = z.object({ slug: SlugSchema.openapi({ param: { name: "slug", in: "path" } }) });
const walkParams = slugParams.extend({ walkId: IdSchema.openapi({ param: { name: "walkId", in: "path" } }) });
const findingParams = walkParams.extend({
  findingId: IdSchema.openapi({ param: { name: "findingId", in: "path" } }),
});

const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const refusals = {
  ...errorResponses,
  403: json(ErrorSchema, "The viewer's role may not do this"),
  409: json(ErrorSchema, "Changed by someone else (conflict) or a transition that is not allowed"),
  413: json(ErrorSchema, "The photo is too large"),
};

const scopeOf = (c: C, slug: string) => walkScopeOf(c.get("db"), c.get("viewer"), slug, todayInSweden());
const strip = <T extends { canUpdateStatus?: unknown }>({ canUpdateStatus: _, ...rest }: T) => rest;

export const walksApi = createRouter();

walksApi.openapi(
  createRoute({
    method: "get",
    path: "/partnerships/{slug}/walks",
    operationId: "listSafetyWalks",
    security: STAFF_ACCESS,
    tags,
    summary: "The partnership's safety walks",
    request: { params: slugParams },
    responses: { 200: json(z.object({ data: z.array(WalkSchema) }), "The walks"), ...refusals },
  }),
  async (c) => {
    const overview = await listWalks(await scopeOf(c, c.req.valid("param").slug));
    return c.json({ data: overview.walks }, 200);
  },
);

walksApi.openapi(
  createRoute({
    method: "post",
    path: "/partnerships/{slug}/walks",
    operationId: "createSafetyWalk",
    security: STAFF_ACCESS,
    tags,
    summary: "Record a safety walk (participants as counts per group, never names)",
    request: {
      params: slugParams,
      body: { content: { "application/json": { schema: WalkInputSchema } }, required: true },
    },
    responses: { 201: json(z.object({ id: IdSchema }), "Recorded"), ...refusals },
  }),
  async (c) => {
    const row = await createWalk(await scopeOf(c, c.req.valid("param").slug), c.req.valid("json"));
    return c.json({ id: row.id }, 201);
  },
);

walksApi.openapi(
  createRoute({
    method: "get",
    path: "/partnerships/{slug}/walks/{walkId}",
    operationId: "getSafetyWalk",
    security: STAFF_ACCESS,
    tags,
    summary: "A safety walk with its findings (internal: descriptions, reasons)",
    request: { params: walkParams },
    responses: { 200: json(WalkDetailSchema, "The walk"), ...refusals },
  }),
  async (c) => {
    const { slug, walkId } = c.req.valid("param");
    const walk = await getWalk(await scopeOf(c, slug), walkId);
    const {
      boundary: _b,
      parties: _p,
      canManage: _m,
      defaultTargetDate: _d,
      demo: _demo,
      items,
      ...summary
    } = walk;
    return c.json({ ...summary, items: items.map(strip) }, 200);
  },
);

walksApi.openapi(
  createRoute({
    method: "post",
    path: "/partnerships/{slug}/walks/{walkId}/findings",
    operationId: "addWalkFinding",
    security: STAFF_ACCESS,
    tags,
    summary:
      "Add a finding: a position (latitude, longitude) or an address; warnings name personal data found",
    request: {
      params: walkParams,
      body: { content: { "application/json": { schema: FindingInputSchema } }, required: true },
    },
    responses: {
      201: json(
        z.object({
          id: IdSchema,
          number: z.number().int(),
          warnings: z.array(z.enum(PERSONAL_DATA_KINDS)),
        }),
        "Added",
      ),
      ...refusals,
    },
  }),
  async (c) => {
    const { slug, walkId } = c.req.valid("param");
    const input = c.req.valid("json");
    const added = await addFinding(await scopeOf(c, slug), walkId, input, photoOf(input.photoBase64));
    return c.json(added, 201);
  },
);

/** The base64 photo of the API's finding bodies as bytes (refused when it is not base64). */
function photoOf(photoBase64: string | null | undefined): Uint8Array | undefined {
  if (!photoBase64) return undefined;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(photoBase64))
    throw new AppError(
      "invalid_body",
      { param: "photoBase64", value: "" },
      { fields: { photoBase64: "photo_type" } },
    );
  return new Uint8Array(Buffer.from(photoBase64, "base64"));
}

walksApi.openapi(
  createRoute({
    method: "put",
    path: "/partnerships/{slug}/walks/{walkId}/findings/{findingId}",
    operationId: "updateWalkFinding",
    security: STAFF_ACCESS,
    tags,
    summary:
      "Correct a finding: every field as when adding (the target date defaults to six months after the walk), the version read; a new photo replaces the old one, removePhoto deletes it; warnings name personal data found",
    request: {
      params: findingParams,
      body: { content: { "application/json": { schema: FindingUpdateSchema } }, required: true },
    },
    responses: {
      200: json(
        z.object({
          id: IdSchema,
          number: z.number().int(),
          version: z.number().int(),
          warnings: z.array(z.enum(PERSONAL_DATA_KINDS)),
        }),
        "Corrected",
      ),
      ...refusals,
    },
  }),
  async (c) => {
    const { slug, walkId, findingId } = c.req.valid("param");
    const input = c.req.valid("json");
    const edited = await editFinding(
      await scopeOf(c, slug),
      walkId,
      findingId,
      input,
      photoOf(input.photoBase64),
    );
    return c.json(edited, 200);
  },
);

const findingOut = (row: { id: string; status: string; version: number; descriptionPublic: boolean }) => ({
  id: row.id,
  status: row.status as z.infer<typeof FindingSchema>["status"],
  version: row.version,
  descriptionPublic: row.descriptionPublic,
});
const FindingStateSchema = FindingSchema.pick({
  id: true,
  status: true,
  version: true,
  descriptionPublic: true,
});

walksApi.openapi(
  createRoute({
    method: "post",
    path: "/partnerships/{slug}/walks/{walkId}/findings/{findingId}/status",
    operationId: "changeWalkFindingStatus",
    security: STAFF_ACCESS,
    tags,
    summary: "Move a finding's status (ny → åtgärdas → åtgärdad, or avvisad with a reason)",
    request: {
      params: findingParams,
      body: { content: { "application/json": { schema: StatusInputSchema } }, required: true },
    },
    responses: { 200: json(FindingStateSchema, "Changed"), ...refusals },
  }),
  async (c) => {
    const { slug, walkId, findingId } = c.req.valid("param");
    const row = await updateFindingStatus(await scopeOf(c, slug), walkId, findingId, c.req.valid("json"));
    return c.json(findingOut(row), 200);
  },
);

walksApi.openapi(
  createRoute({
    method: "patch",
    path: "/partnerships/{slug}/walks/{walkId}/findings/{findingId}",
    operationId: "setWalkFindingPublicity",
    security: STAFF_ACCESS,
    tags,
    summary: "Mark whether a finding's description may be shown to residents",
    request: {
      params: findingParams,
      body: { content: { "application/json": { schema: PublicityInputSchema } }, required: true },
    },
    responses: { 200: json(FindingStateSchema, "Changed"), ...refusals },
  }),
  async (c) => {
    const { slug, walkId, findingId } = c.req.valid("param");
    const row = await setDescriptionPublic(await scopeOf(c, slug), walkId, findingId, c.req.valid("json"));
    return c.json(findingOut(row), 200);
  },
);

walksApi.openapi(
  createRoute({
    method: "get",
    path: "/partnerships/{slug}/walk-settings",
    operationId: "getSafetyWalkSettings",
    security: STAFF_ACCESS,
    tags,
    summary: "How many months a closed finding's photo is kept (default 12)",
    request: { params: slugParams },
    responses: { 200: json(WalkSettingsSchema, "The settings"), ...refusals },
  }),
  async (c) => {
    const { canConfigure: _, ...settings } = await getWalkSettings(
      await scopeOf(c, c.req.valid("param").slug),
    );
    return c.json(settings, 200);
  },
);

walksApi.openapi(
  createRoute({
    method: "put",
    path: "/partnerships/{slug}/walk-settings",
    operationId: "changeSafetyWalkSettings",
    security: STAFF_ACCESS,
    tags,
    summary:
      "Change how many months (1–120) a closed finding's photo is kept before the daily job deletes it (samordnare, administratör)",
    request: {
      params: slugParams,
      body: { content: { "application/json": { schema: WalkSettingsInputSchema } }, required: true },
    },
    responses: { 200: json(WalkSettingsSchema, "Changed"), ...refusals },
  }),
  async (c) => {
    const changed = await changeWalkSettings(
      await scopeOf(c, c.req.valid("param").slug),
      c.req.valid("json"),
    );
    return c.json(changed, 200);
  },
);
