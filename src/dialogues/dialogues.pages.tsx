/**
 * The dialogues' workspace pages under /arbete/:partnership/dialoger: parse the form with the
 * API's schema (platform/http/form.ts), call ONE service, render. A refused form is shown again
 * with each field's reason (400) or the conflict (409); who may do this is the services' business.
 */
import { type Context, Hono } from "hono";
import type { z } from "zod";
import { isAppError } from "../platform/errors.js";
import type { AppEnv } from "../platform/http/env.js";
import { describeError } from "../platform/http/errors.js";
import { type FormIssue, type FormValues, readFormAs } from "../platform/http/form.js";
import { parseInput } from "../platform/http/parse.js";
import { IdSchema } from "../platform/http/schemas.js";
import { requireWorkspace, type Workspace } from "../workspace/workspace-context.js";
import { dialoguesPolicy } from "./dialogues.policy.js";
import {
  DialogueChangeSchema,
  DialogueInputSchema,
  FeedbackSchema,
  FIELD_REASONS,
  FindingInputSchema,
  FindingLinksSchema,
  VersionSchema,
} from "./dialogues.types.js";
import {
  authorizeDialogues,
  type DialogueScope,
  dialogueChoices,
  getDialogue,
  listDialogues,
  readPointReasons,
} from "./read-dialogues.js";
import {
  type DialogueFailure,
  type DialogueFrame,
  DialogueListPage,
  DialoguePage,
  NewDialoguePage,
  PointReasonsPage,
} from "./views/dialogue-pages.js";
import {
  addFinding,
  changeDialogue,
  createDialogue,
  linkFinding,
  recordFeedback,
  removeFinding,
} from "./write-dialogues.js";

type C = Context<AppEnv>;
const ROOT = "/arbete/:partnership/dialoger";

const scopeOf = (c: C, ws: Workspace): DialogueScope => ({
  db: c.get("db"),
  viewer: ws.principal,
  partnershipId: ws.partnership.id,
});
const frameOf = (ws: Workspace): DialogueFrame => ({
  ctx: ws.ctx,
  nav: ws.nav,
  partnershipName: ws.partnership.name,
  slug: ws.partnership.slug,
  canManage: dialoguesPolicy.allows(ws.principal, "manage", { partnershipId: ws.partnership.id }),
});
const base = (ws: Workspace) => `/arbete/${ws.partnership.slug}/dialoger`;
const idParam = (c: C, name: string) =>
  parseInput(IdSchema, c.req.param(name), { code: "not_found", param: name });

/** A field's reason: zod's message when it is one of ours, else "invalid"; `participants.3.count` → `participants`. */
function fieldsOf(issues: readonly FormIssue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.field.split(".")[0] ?? "";
    fields[field] ??= (FIELD_REASONS as readonly string[]).includes(issue.message)
      ? issue.message
      : "invalid";
  }
  return fields;
}

/** A service's refusal as a failure to show, or null when it is not about the input or a stale version. */
function failureOf(c: C, form: string, error: unknown, values: FormValues): DialogueFailure | null {
  if (!isAppError(error) || (error.code !== "invalid_body" && error.code !== "conflict")) return null;
  const details = error.details as { fields?: Record<string, string> } | undefined;
  if (details?.fields) return { form, fields: details.fields, values };
  return { form, fields: {}, values, message: describeError(error, c.get("t")).message };
}

async function dialoguePage(
  c: C,
  ws: Workspace,
  dialogueId: string,
  failure?: DialogueFailure,
  status = 200,
) {
  const scope = scopeOf(c, ws);
  const [dialogue, choices] = await Promise.all([getDialogue(scope, dialogueId), dialogueChoices(scope)]);
  const notice = c.req.query("sparat") !== undefined && !failure ? c.get("t")("dialogues.saved") : undefined;
  return c.html(
    <DialoguePage
      frame={frameOf(ws)}
      dialogue={dialogue}
      choices={choices}
      failure={failure}
      notice={notice}
    />,
    status as 200,
  );
}

/** One form of a dialogue's page: validate, call the service, redirect or show the page again. */
function dialogueForm<S extends z.ZodType>(
  form: (c: C) => string,
  schema: S,
  call: (scope: DialogueScope, dialogueId: string, input: z.output<S>, c: C) => Promise<unknown>,
  anchor = "",
) {
  return async (c: C) => {
    const ws = await requireWorkspace(c);
    const dialogueId = idParam(c, "dialogueId");
    authorizeDialogues(scopeOf(c, ws), "manage");
    const { values, result } = await readFormAs(c, schema);
    if (!result.success)
      return dialoguePage(c, ws, dialogueId, { form: form(c), fields: fieldsOf(result.issues), values }, 400);
    try {
      await call(scopeOf(c, ws), dialogueId, result.data, c);
    } catch (error) {
      const failure = failureOf(c, form(c), error, values);
      if (!failure || !isAppError(error)) throw error;
      return dialoguePage(c, ws, dialogueId, failure, error.code === "conflict" ? 409 : 400);
    }
    return c.redirect(`${base(ws)}/${dialogueId}?sparat=1${anchor}`, 303);
  };
}

export const dialoguesPages = new Hono<AppEnv>()
  .get(ROOT, async (c) => {
    const ws = await requireWorkspace(c);
    const dialogues = await listDialogues(scopeOf(c, ws));
    return c.html(<DialogueListPage frame={frameOf(ws)} dialogues={dialogues} />);
  })
  .get(`${ROOT}/ny`, async (c) => {
    const ws = await requireWorkspace(c);
    const scope = scopeOf(c, ws);
    // Only those who may record one get the form (the others: 403 from the rule, as the POST).
    authorizeDialogues(scope, "manage");
    const choices = await dialogueChoices(scope);
    return c.html(<NewDialoguePage frame={frameOf(ws)} choices={choices} />);
  })
  .post(ROOT, async (c) => {
    const ws = await requireWorkspace(c);
    const scope = scopeOf(c, ws);
    authorizeDialogues(scope, "manage");
    const { values, result } = await readFormAs(c, DialogueInputSchema);
    const again = async (failure: DialogueFailure) =>
      c.html(
        <NewDialoguePage frame={frameOf(ws)} choices={await dialogueChoices(scope)} failure={failure} />,
        400,
      );
    if (!result.success) return again({ form: "dialog", fields: fieldsOf(result.issues), values });
    try {
      const row = await createDialogue(scope, result.data);
      return c.redirect(`${base(ws)}/${row.id}?sparat=1`, 303);
    } catch (error) {
      const failure = failureOf(c, "dialog", error, values);
      if (!failure) throw error;
      return again(failure);
    }
  })
  .get(`${ROOT}/punkter/:commitmentId`, async (c) => {
    const ws = await requireWorkspace(c);
    const { point, reasons } = await readPointReasons(scopeOf(c, ws), idParam(c, "commitmentId"));
    return c.html(<PointReasonsPage frame={frameOf(ws)} point={point} reasons={reasons} />);
  })
  .get(`${ROOT}/:dialogueId`, async (c) => {
    const ws = await requireWorkspace(c);
    return dialoguePage(c, ws, idParam(c, "dialogueId"));
  })
  .post(
    `${ROOT}/:dialogueId`,
    dialogueForm(
      () => "andra",
      DialogueChangeSchema,
      (scope, id, input) => changeDialogue(scope, id, input),
    ),
  )
  .post(
    `${ROOT}/:dialogueId/aterkoppling`,
    dialogueForm(
      () => "aterkoppling",
      FeedbackSchema,
      (scope, id, input) => recordFeedback(scope, id, input),
      "#aterkoppling",
    ),
  )
  .post(
    `${ROOT}/:dialogueId/problem`,
    dialogueForm(
      () => "problem",
      FindingInputSchema,
      (scope, id, input) => addFinding(scope, id, input),
      "#problem",
    ),
  )
  .post(
    `${ROOT}/:dialogueId/problem/:findingId/punkter`,
    dialogueForm(
      (c) => `punkter-${c.req.param("findingId")}`,
      FindingLinksSchema,
      (scope, id, input, c) => linkFinding(scope, id, idParam(c, "findingId"), input),
      "#problem",
    ),
  )
  .post(
    `${ROOT}/:dialogueId/problem/:findingId/ta-bort`,
    dialogueForm(
      () => "problem",
      VersionSchema,
      (scope, id, input, c) => removeFinding(scope, id, idParam(c, "findingId"), input.version),
      "#problem",
    ),
  );
