/**
 * The setup's API (mounted under /api/v1): the same additions as the workspace's setup pages, under
 * `/partnerships/{slug}/setup/…`, and the setup file (`POST /partnerships/{slug}/setup`, `?check=true`
 * validates only) with its JSON Schema (`GET /schemas/partnership-setup.json`, public). Who may:
 * `partnerships.setup` (administratör, samordnare); anyone else is told the partnership does not
 * exist. Input problems are 400 `invalid_body` with `details.fields` (field → reason); a setup
 * file's are 422 `setup_invalid` with every problem's path.
 */
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { AppError } from "../platform/errors.js";
import type { AppEnv } from "../platform/http/env.js";
import { PUBLIC_ACCESS, STAFF_ACCESS } from "../platform/http/openapi-security.js";
import { createRouter } from "../platform/http/router.js";
import { ErrorSchema, errorResponses, IdSchema, SlugSchema } from "../platform/http/schemas.js";
import { applySetup } from "./apply-setup.js";
import {
  addAgreement,
  addArea,
  addClassification,
  addGoalSet,
  addParty,
  addPerson,
  addUnit,
  getSetup,
  type SetupScope,
  setAreaBoundary,
  setContact,
  setupScopeOf,
} from "./setup.js";
import {
  AgreementInputSchema,
  AreaInputSchema,
  BoundaryInputSchema,
  ClassificationInputSchema,
  ContactInputSchema,
  GoalSetInputSchema,
  PartyInputSchema,
  PersonInputSchema,
  UnitInputSchema,
} from "./setup.types.js";
import { setupJsonSchema } from "./setup-file.js";

const tags = ["Setup"];
type C = Context<AppEnv>;

const slugParams = z.object({ slug: SlugSchema.openapi({ param: { name: "slug", in: "path" } }) });
const areaParams = slugParams.extend({ areaId: IdSchema.openapi({ param: { name: "areaId", in: "path" } }) });

const refusals = {
  ...errorResponses,
  403: {
    description: "Not an administrator or coordinator of the partnership",
    content: { "application/json": { schema: ErrorSchema } },
  },
};

const CreatedSchema = z.object({ id: IdSchema }).openapi("SetupCreated");

/** The partnership of the address, as a service's scope (404 when there is none). */
const scopeOf = (c: C, slug: string): Promise<SetupScope> => setupScopeOf(c.get("db"), c.get("viewer"), slug);

export const setupApi = createRouter();

setupApi.openapi(
  createRoute({
    method: "get",
    path: "/schemas/partnership-setup.json",
    operationId: "getPartnershipSetupSchema",
    security: PUBLIC_ACCESS,
    tags,
    summary: "The setup file's format as JSON Schema",
    responses: {
      200: {
        description: "JSON Schema (draft 2020-12)",
        content: { "application/json": { schema: z.record(z.string(), z.unknown()) } },
      },
      ...errorResponses,
    },
  }),
  (c) => c.json(setupJsonSchema(), 200),
);

setupApi.openapi(
  createRoute({
    method: "get",
    path: "/partnerships/{slug}/setup",
    operationId: "getPartnershipSetup",
    security: STAFF_ACCESS,
    tags,
    summary: "The partnership's parties, units, people, areas, goal sets and agreements",
    request: { params: slugParams },
    responses: {
      200: {
        description: "The setup",
        content: { "application/json": { schema: z.record(z.string(), z.unknown()) } },
      },
      ...refusals,
    },
  }),
  async (c) => {
    const scope = await scopeOf(c, c.req.valid("param").slug);
    return c.json(await getSetup(scope), 200);
  },
);

const SetupResultSchema = z
  .object({
    partnershipId: IdSchema,
    slug: z.string(),
    applied: z.boolean(),
    changes: z
      .array(z.string())
      .openapi({ description: "What was (or would be) created or changed; empty: nothing." }),
  })
  .openapi("SetupResult");

setupApi.openapi(
  createRoute({
    method: "post",
    path: "/partnerships/{slug}/setup",
    operationId: "applyPartnershipSetup",
    security: STAFF_ACCESS,
    tags,
    summary: "Apply a setup file (JSON) in one transaction; a second run changes nothing",
    request: {
      params: slugParams,
      query: z.object({
        check: z.enum(["true", "false"]).optional().openapi({ description: "true: validate only" }),
      }),
      body: {
        content: {
          "application/json": {
            schema: z
              .record(z.string(), z.unknown())
              .openapi({ description: "See /api/v1/schemas/partnership-setup.json" }),
          },
        },
        required: true,
      },
    },
    responses: {
      200: {
        description: "Applied (or checked)",
        content: { "application/json": { schema: SetupResultSchema } },
      },
      ...refusals,
      422: {
        description: "The file has problems (setup_invalid; details: path and message each)",
        content: { "application/json": { schema: ErrorSchema } },
      },
    },
  }),
  async (c) => {
    const { slug } = c.req.valid("param");
    const result = await applySetup({
      db: c.get("db"),
      viewer: c.get("viewer"),
      mail: { config: c.get("config") },
      slug,
      check: c.req.valid("query").check === "true",
      file: c.req.valid("json"),
    });
    return c.json(result, 200);
  },
);

/** One addition: POST a JSON body, get the new row's id (201). */
function addition<T extends z.ZodType>(
  path: string,
  operationId: string,
  summary: string,
  schema: T,
  run: (scope: SetupScope, input: z.output<T>, areaId: string) => Promise<{ id: string }>,
  params: typeof slugParams | typeof areaParams = slugParams,
) {
  setupApi.openapi(
    createRoute({
      method: "post",
      path: `/partnerships/{slug}/setup/${path}`,
      operationId,
      security: STAFF_ACCESS,
      tags,
      summary,
      request: { params, body: { content: { "application/json": { schema } }, required: true } },
      responses: {
        201: { description: "Created", content: { "application/json": { schema: CreatedSchema } } },
        ...refusals,
      },
    }),
    (async (c: C) => {
      const valid = c.req as unknown as {
        valid(t: "param"): { slug: string; areaId?: string };
        valid(t: "json"): z.output<T>;
      };
      const { slug, areaId } = valid.valid("param");
      const row = await run(await scopeOf(c, slug), valid.valid("json"), areaId ?? "");
      return c.json({ id: row.id }, 201);
    }) as never,
  );
}

addition("parties", "addParty", "Add a party (any kind) to the partnership", PartyInputSchema, addParty);
addition("units", "addUnit", "Add a unit to a party", UnitInputSchema, addUnit);
addition("people", "addPerson", "Add a person", PersonInputSchema, addPerson);
addition(
  "areas",
  "addArea",
  "Add an area, with classifications and a GeoJSON boundary",
  AreaInputSchema,
  addArea,
);
addition(
  "areas/{areaId}/classifications",
  "addAreaClassification",
  "Add a police classification period to an area",
  ClassificationInputSchema,
  (scope, input, areaId) => addClassification(scope, areaId, input),
  areaParams,
);
addition(
  "goal-sets",
  "addGoalSet",
  "Add a council goal set with its numbered goals",
  GoalSetInputSchema,
  addGoalSet,
);
addition(
  "agreements",
  "addAgreement",
  "Add an agreement (parties, period, signed date, focus problems)",
  AgreementInputSchema,
  addAgreement,
);

setupApi.openapi(
  createRoute({
    method: "put",
    path: "/partnerships/{slug}/setup/areas/{areaId}/boundary",
    operationId: "setAreaBoundary",
    security: STAFF_ACCESS,
    tags,
    summary: "Set an area's boundary (GeoJSON; null removes it)",
    request: {
      params: areaParams,
      body: { content: { "application/json": { schema: BoundaryInputSchema } }, required: true },
    },
    responses: {
      200: { description: "Set", content: { "application/json": { schema: CreatedSchema } } },
      ...refusals,
    },
  }),
  async (c) => {
    const { slug, areaId } = c.req.valid("param");
    const row = await setAreaBoundary(await scopeOf(c, slug), areaId, c.req.valid("json").boundary);
    return c.json({ id: row.id }, 200);
  },
);

const ContactSchema = z
  .object({
    email: z.string().nullable(),
    phone: z.string().nullable(),
    version: z.number().int().openapi({ description: "Send it back with the next change." }),
  })
  .openapi("PartnershipContact");

setupApi.openapi(
  createRoute({
    method: "put",
    path: "/partnerships/{slug}/setup/contact",
    operationId: "setPartnershipContact",
    security: STAFF_ACCESS,
    tags,
    summary: "Set the partnership's contact address for residents (e-mail, optional phone)",
    description:
      "Shown on the partnership's public pages and in the accessibility statement. `version` is the one `GET …/setup` gave (`contact.version`); a newer one answers 409.",
    request: {
      params: slugParams,
      body: { content: { "application/json": { schema: ContactInputSchema } }, required: true },
    },
    responses: {
      200: { description: "Set", content: { "application/json": { schema: ContactSchema } } },
      ...refusals,
      409: {
        description: "Changed by someone else since it was read",
        content: { "application/json": { schema: ErrorSchema } },
      },
    },
  }),
  async (c) => {
    const { slug } = c.req.valid("param");
    return c.json(await setContact(await scopeOf(c, slug), c.req.valid("json")), 200);
  },
);
