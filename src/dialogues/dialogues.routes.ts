/**
 * The dialogues' API (mounted under /api/v1), under `/partnerships/{slug}/dialogues…`: the list
 * (with the ones missing återkoppling), one dialogue, recording and changing it, its findings,
 * their links to points, återkoppling, and "why this point". Reads: every role of the partnership;
 * changes: `dialogues.manage`. Changes name the dialogue's version (409 when stale).
 */
import { createRoute, z } from "@hono/zod-openapi";
import { STAFF_ACCESS } from "../platform/http/openapi-security.js";
import { createRouter } from "../platform/http/router.js";
import { dataOf, ErrorSchema, errorResponses, IdSchema, SlugSchema } from "../platform/http/schemas.js";
import {
  DialogueChangeSchema,
  DialogueInputSchema,
  DialogueSchema,
  DialogueSummarySchema,
  FeedbackSchema,
  FindingInputSchema,
  FindingLinksSchema,
  PointReasonSchema,
  VersionSchema,
} from "./dialogues.types.js";
import { dialogueScopeOf, getDialogue, listDialogues, listPointReasons } from "./read-dialogues.js";
import {
  addFinding,
  changeDialogue,
  createDialogue,
  linkFinding,
  recordFeedback,
  removeFinding,
} from "./write-dialogues.js";

const tags = ["Dialogues"];
const error = (description: string) => ({
  description,
  content: { "application/json": { schema: ErrorSchema } },
});
const refusals = {
  ...errorResponses,
  401: error("Not signed in"),
  403: error("The role does not allow it"),
} as const;
const writeRefusals = {
  ...refusals,
  409: error("Stale version: someone else changed the dialogue"),
} as const;
const ok = <T extends z.ZodType>(schema: T, description: string) => ({
  200: { description, content: { "application/json": { schema } } },
});
const created = <T extends z.ZodType>(schema: T, description: string) => ({
  201: { description, content: { "application/json": { schema } } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  body: { content: { "application/json": { schema } }, required: true },
});
const slugParams = z.object({ slug: SlugSchema.openapi({ param: { name: "slug", in: "path" } }) });
const dialogueParams = slugParams.extend({
  dialogueId: IdSchema.openapi({ param: { name: "dialogueId", in: "path" } }),
});
const findingParams = dialogueParams.extend({
  findingId: IdSchema.openapi({ param: { name: "findingId", in: "path" } }),
});
const pointParams = slugParams.extend({
  commitmentId: IdSchema.openapi({ param: { name: "commitmentId", in: "path" } }),
});
const ChangedSchema = z.object({ id: IdSchema, version: z.number().int() }).openapi("DialogueChanged");
const BASE = "/partnerships/{slug}/dialogues";

export const dialoguesApi = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: BASE,
      operationId: "listDialogues",
      security: STAFF_ACCESS,
      tags,
      summary: "The partnership's dialogues, newest first (missingFeedback: no återkoppling yet)",
      request: { params: slugParams },
      responses: { ...ok(dataOf(DialogueSummarySchema), "The dialogues"), ...refusals },
    }),
    async (c) => {
      const scope = await dialogueScopeOf(c.get("db"), c.get("viewer"), c.req.valid("param").slug);
      return c.json({ data: await listDialogues(scope) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: BASE,
      operationId: "createDialogue",
      security: STAFF_ACCESS,
      tags,
      summary: "Record a dialogue: kind, date, area, method, organisers, participants counted (never named)",
      request: { params: slugParams, ...body(DialogueInputSchema) },
      responses: { ...created(ChangedSchema.pick({ id: true }), "Recorded"), ...refusals },
    }),
    async (c) => {
      const scope = await dialogueScopeOf(c.get("db"), c.get("viewer"), c.req.valid("param").slug);
      const row = await createDialogue(scope, c.req.valid("json"));
      return c.json({ id: row.id }, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: `${BASE}/{dialogueId}`,
      operationId: "getDialogue",
      security: STAFF_ACCESS,
      tags,
      summary: "One dialogue with its participants, findings and the points they led to",
      request: { params: dialogueParams },
      responses: { ...ok(DialogueSchema, "The dialogue"), ...refusals },
    }),
    async (c) => {
      const { slug, dialogueId } = c.req.valid("param");
      const scope = await dialogueScopeOf(c.get("db"), c.get("viewer"), slug);
      return c.json(await getDialogue(scope, dialogueId), 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: `${BASE}/{dialogueId}`,
      operationId: "changeDialogue",
      security: STAFF_ACCESS,
      tags,
      summary: "Change a dialogue (not its findings or återkoppling)",
      request: { params: dialogueParams, ...body(DialogueChangeSchema) },
      responses: { ...ok(ChangedSchema, "Changed"), ...writeRefusals },
    }),
    async (c) => {
      const { slug, dialogueId } = c.req.valid("param");
      const scope = await dialogueScopeOf(c.get("db"), c.get("viewer"), slug);
      return c.json(await changeDialogue(scope, dialogueId, c.req.valid("json")), 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: `${BASE}/{dialogueId}/feedback`,
      operationId: "recordDialogueFeedback",
      security: STAFF_ACCESS,
      tags,
      summary: "Record the återkoppling to the participants: when and how",
      request: { params: dialogueParams, ...body(FeedbackSchema) },
      responses: { ...ok(ChangedSchema, "Recorded"), ...writeRefusals },
    }),
    async (c) => {
      const { slug, dialogueId } = c.req.valid("param");
      const scope = await dialogueScopeOf(c.get("db"), c.get("viewer"), slug);
      return c.json(await recordFeedback(scope, dialogueId, c.req.valid("json")), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: `${BASE}/{dialogueId}/findings`,
      operationId: "addDialogueFinding",
      security: STAFF_ACCESS,
      tags,
      summary: "Add a finding: a problem statement with a category, a place and how many raised it",
      request: { params: dialogueParams, ...body(FindingInputSchema) },
      responses: {
        ...created(ChangedSchema, "Added (id: the finding; version: the dialogue's)"),
        ...writeRefusals,
      },
    }),
    async (c) => {
      const { slug, dialogueId } = c.req.valid("param");
      const scope = await dialogueScopeOf(c.get("db"), c.get("viewer"), slug);
      return c.json(await addFinding(scope, dialogueId, c.req.valid("json")), 201);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: `${BASE}/{dialogueId}/findings/{findingId}`,
      operationId: "removeDialogueFinding",
      security: STAFF_ACCESS,
      tags,
      summary: "Remove a finding and its links to points",
      request: { params: findingParams, ...body(VersionSchema) },
      responses: { ...ok(ChangedSchema, "Removed"), ...writeRefusals },
    }),
    async (c) => {
      const { slug, dialogueId, findingId } = c.req.valid("param");
      const scope = await dialogueScopeOf(c.get("db"), c.get("viewer"), slug);
      return c.json(await removeFinding(scope, dialogueId, findingId, c.req.valid("json").version), 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: `${BASE}/{dialogueId}/findings/{findingId}/commitments`,
      operationId: "linkDialogueFinding",
      security: STAFF_ACCESS,
      tags,
      summary: "Set the promise points a finding led to",
      request: { params: findingParams, ...body(FindingLinksSchema) },
      responses: { ...ok(ChangedSchema, "Linked"), ...writeRefusals },
    }),
    async (c) => {
      const { slug, dialogueId, findingId } = c.req.valid("param");
      const scope = await dialogueScopeOf(c.get("db"), c.get("viewer"), slug);
      return c.json(await linkFinding(scope, dialogueId, findingId, c.req.valid("json")), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/partnerships/{slug}/points/{commitmentId}/reasons",
      operationId: "listPointReasons",
      security: STAFF_ACCESS,
      tags,
      summary: "Why this point: the dialogue findings linked to it",
      request: { params: pointParams },
      responses: { ...ok(dataOf(PointReasonSchema), "The findings behind the point"), ...refusals },
    }),
    async (c) => {
      const { slug, commitmentId } = c.req.valid("param");
      const scope = await dialogueScopeOf(c.get("db"), c.get("viewer"), slug);
      return c.json({ data: await listPointReasons(scope, commitmentId) }, 200);
    },
  );
