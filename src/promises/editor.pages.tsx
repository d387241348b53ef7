/**
 * Pages of the promise editor under /arbete/:partnership/loften. Each handler reads its form with
 * the request's schema (platform/http/form.ts), calls one service and redirects (303) — or shows
 * the page again with the error summary and what the user typed. Who may do what is the
 * services' business (promises.policy.ts).
 */
import { type Context, Hono } from "hono";
import type { z } from "zod";
import { type AppError, isAppError } from "../platform/errors.js";
import type { AppEnv } from "../platform/http/env.js";
import { describeError } from "../platform/http/errors.js";
import { type FormValues, formError, readFormAs } from "../platform/http/form.js";
import { parseInput } from "../platform/http/parse.js";
import { IdSchema, RefSchema } from "../platform/http/schemas.js";
import { requireWorkspace, type Workspace } from "../workspace/workspace-context.js";
import { carryOverPromise } from "./carry-over-promise.js";
import {
  addCommitment,
  moveCommitment,
  removeCommitment,
  setCarryOverDecision,
  updateCommitment,
} from "./edit-commitments.js";
import { changePromiseStatus, createPromise, updatePromise, updatePublicTexts } from "./edit-promise.js";
import {
  CarryOverDecisionSchema,
  CarryOverFormSchema,
  MovePointSchema,
  NewPointFormSchema,
  NewPromiseSchema,
  PointChangeFormSchema,
  PromiseChangeSchema,
  PublicTextsChangeSchema,
  RemovePointSchema,
  SpreadsheetUploadSchema,
  StatusChangeSchema,
} from "./editor.types.js";
import { getEditorList, getEditorModel } from "./get-editor.js";
import { importSpreadsheet } from "./import-spreadsheet.js";
import { exportPromiseSpreadsheet, type SheetFile, spreadsheetTemplate } from "./spreadsheet-export.js";
import { type FormFailure, failureLines } from "./views/editor-forms.js";
import { EditorListPage } from "./views/editor-list-page.js";
import { EditorPage } from "./views/editor-page.js";

const ROOT = "/arbete/:partnership/loften";

type C = Context<AppEnv>;

const refOf = (c: C) => parseInput(RefSchema, c.req.param("ref"), { code: "invalid_ref", param: "ref" });
const commitmentIdOf = (c: C) =>
  parseInput(IdSchema, c.req.param("commitmentId"), { code: "invalid_id", param: "commitmentId" });
const editorUrl = (ws: Workspace, path: string) => `/arbete/${ws.partnership.slug}/loften/${path}`;

/** A refusal shown on the page again; not found and sign-in go to the one error handler. */
const shownOnPage = (error: unknown): error is AppError =>
  isAppError(error) && error.code !== "not_found" && error.code !== "unauthorized";

/** The refused form for the page: the message, its lines and what the user typed. */
function failureOf(c: C, form: string, error: AppError, values?: FormValues): FormFailure {
  const t = c.get("t");
  return {
    form,
    message: describeError(error, t).message,
    lines: failureLines(error, t),
    ...(values ? { values } : {}),
  };
}

const statusOf = (c: C, error: AppError) => describeError(error, c.get("t")).status as 400;

async function editorPage(
  c: C,
  ws: Workspace,
  ref: string,
  extra: { failure?: FormFailure; notice?: string },
) {
  const model = await getEditorModel({
    db: c.get("db"),
    viewer: ws.principal,
    partnershipId: ws.partnership.id,
    ref,
  });
  return (
    <EditorPage
      ctx={ws.ctx}
      nav={ws.nav}
      partnershipName={ws.partnership.name}
      base={editorUrl(ws, ref)}
      model={model}
      {...extra}
    />
  );
}

async function listPage(c: C, ws: Workspace, failure?: FormFailure) {
  const list = await getEditorList({
    db: c.get("db"),
    viewer: ws.principal,
    partnershipId: ws.partnership.id,
  });
  return (
    <EditorListPage
      ctx={ws.ctx}
      nav={ws.nav}
      partnershipName={ws.partnership.name}
      base={`/arbete/${ws.partnership.slug}/loften`}
      list={list}
      {...(failure ? { failure } : {})}
    />
  );
}

/** What an editor form's service gets: the request, the workspace, the promise's reference. */
interface FormCall<T> {
  input: T;
  c: C;
  ws: Workspace;
  ref: string;
}

/**
 * One editor form: read it with `schema`, call the service; success redirects to the editor (or
 * where the service's answer says), a refusal shows the editor again with the error summary and
 * what was typed, in the form `formId` names.
 */
function editorForm<S extends z.ZodType>(
  formId: (c: C) => string,
  schema: S,
  call: (args: FormCall<z.output<S>>) => Promise<string | undefined>,
) {
  return async (c: C) => {
    const ws = await requireWorkspace(c);
    const ref = refOf(c);
    const { values, result } = await readFormAs(c, schema);
    try {
      if (!result.success) throw formError(result.issues);
      const next = await call({ input: result.data, c, ws, ref });
      return c.redirect(editorUrl(ws, next ?? `${ref}?sparat=1`), 303);
    } catch (error) {
      if (!shownOnPage(error)) throw error;
      const failure = failureOf(c, formId(c), error, values);
      return c.html(await editorPage(c, ws, ref, { failure }), statusOf(c, error));
    }
  };
}

/** The workspace's viewer and the promise the page is about, as a service's key. */
const promiseOf = ({ c, ws, ref }: FormCall<unknown>) => ({
  db: c.get("db"),
  viewer: ws.principal,
  partnershipId: ws.partnership.id,
  promiseRef: ref,
});

const pointOf = ({ c, ws }: FormCall<unknown>) => ({
  db: c.get("db"),
  viewer: ws.principal,
  commitmentId: commitmentIdOf(c),
});

const pointForm = (prefix: string) => (c: C) => `${prefix}-${c.req.param("commitmentId")}`;

function sendFile(c: C, file: SheetFile) {
  return c.body(typeof file.body === "string" ? file.body : (file.body as Uint8Array<ArrayBuffer>), 200, {
    "Content-Type": file.contentType,
    "Content-Disposition": `attachment; filename="${file.filename}"`,
  });
}

async function exportPage(c: C, format: "xlsx" | "csv") {
  const ws = await requireWorkspace(c);
  const ref = refOf(c);
  return sendFile(
    c,
    await exportPromiseSpreadsheet({
      db: c.get("db"),
      viewer: ws.principal,
      partnershipId: ws.partnership.id,
      promiseRef: ref,
      format,
    }),
  );
}

/** Pages of the editor module. */
export const editorPages = new Hono<AppEnv>()
  .get(ROOT, async (c) => {
    const ws = await requireWorkspace(c);
    return c.html(await listPage(c, ws));
  })
  .post(ROOT, async (c) => {
    const ws = await requireWorkspace(c);
    const { values, result } = await readFormAs(c, NewPromiseSchema);
    try {
      if (!result.success) throw formError(result.issues);
      const { ref, ...fields } = result.data;
      await createPromise({
        db: c.get("db"),
        viewer: ws.principal,
        partnershipId: ws.partnership.id,
        ref,
        fields,
      });
      return c.redirect(editorUrl(ws, `${ref}?sparat=1`), 303);
    } catch (error) {
      if (!shownOnPage(error)) throw error;
      const failure = failureOf(c, "new-promise", error, values);
      return c.html(await listPage(c, ws, failure), statusOf(c, error));
    }
  })
  .get(`${ROOT}/mall.xlsx`, async (c) => {
    await requireWorkspace(c);
    return sendFile(c, await spreadsheetTemplate("xlsx"));
  })
  .get(`${ROOT}/mall.csv`, async (c) => {
    await requireWorkspace(c);
    return sendFile(c, await spreadsheetTemplate("csv"));
  })
  .get(`${ROOT}/:ref/export.xlsx`, (c) => exportPage(c, "xlsx"))
  .get(`${ROOT}/:ref/export.csv`, (c) => exportPage(c, "csv"))
  .get(`${ROOT}/:ref`, async (c) => {
    const ws = await requireWorkspace(c);
    const ref = refOf(c);
    const t = c.get("t");
    const q = c.req.query();
    const notice =
      q.sparat !== undefined
        ? t("editor.saved")
        : q.importerat !== undefined
          ? t("editor.sheet.done", importCounts(q.importerat))
          : undefined;
    return c.html(await editorPage(c, ws, ref, notice ? { notice } : {}));
  })
  .post(
    `${ROOT}/:ref/uppgifter`,
    editorForm(
      () => "details",
      PromiseChangeSchema,
      async (call) => {
        const { version, ...fields } = call.input;
        await updatePromise({ ...promiseOf(call), version, fields });
        return undefined;
      },
    ),
  )
  .post(
    `${ROOT}/:ref/texter`,
    editorForm(
      () => "texts",
      PublicTextsChangeSchema,
      async (call) => {
        const { version, ...texts } = call.input;
        await updatePublicTexts({ ...promiseOf(call), version, texts });
        return undefined;
      },
    ),
  )
  .post(
    `${ROOT}/:ref/lage`,
    editorForm(
      () => "status",
      StatusChangeSchema,
      async (call) => {
        await changePromiseStatus({ ...promiseOf(call), ...call.input });
        return undefined;
      },
    ),
  )
  .post(
    `${ROOT}/:ref/punkter`,
    editorForm(
      () => "new-point",
      NewPointFormSchema,
      async (call) => {
        await addCommitment({ ...promiseOf(call), fields: call.input });
        return undefined;
      },
    ),
  )
  .post(
    `${ROOT}/:ref/punkter/:commitmentId`,
    editorForm(pointForm("point"), PointChangeFormSchema, async (call) => {
      const { version, ...fields } = call.input;
      await updateCommitment({ ...pointOf(call), version, fields });
      return undefined;
    }),
  )
  .post(
    `${ROOT}/:ref/punkter/:commitmentId/flytta`,
    editorForm(pointForm("point"), MovePointSchema, async (call) => {
      const point = pointOf(call);
      await moveCommitment({ ...point, ...call.input });
      return `${call.ref}?sparat=1#point-${point.commitmentId}`;
    }),
  )
  .post(
    `${ROOT}/:ref/punkter/:commitmentId/ta-bort`,
    editorForm(pointForm("point"), RemovePointSchema, async (call) => {
      await removeCommitment({ ...pointOf(call), ...call.input });
      return undefined;
    }),
  )
  .post(
    `${ROOT}/:ref/punkter/:commitmentId/overforing`,
    editorForm(pointForm("carry"), CarryOverDecisionSchema, async (call) => {
      await setCarryOverDecision({ ...pointOf(call), ...call.input });
      return undefined;
    }),
  )
  .post(
    `${ROOT}/:ref/nytt-fran-detta`,
    editorForm(
      () => "next",
      CarryOverFormSchema,
      async (call) => {
        await carryOverPromise({ ...promiseOf(call), ...call.input });
        return `${call.input.ref}?sparat=1`;
      },
    ),
  )
  .post(`${ROOT}/:ref/import`, async (c) => {
    const ws = await requireWorkspace(c);
    const ref = refOf(c);
    const { result } = await readFormAs(c, SpreadsheetUploadSchema);
    try {
      // No file, or an empty one, is refused by the import like any unreadable file.
      const file = result.success ? result.data.file : undefined;
      const r = await importSpreadsheet({
        db: c.get("db"),
        viewer: ws.principal,
        partnershipId: ws.partnership.id,
        promiseRef: ref,
        file: file ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(),
      });
      const counts = [r.rows, r.pointsCreated, r.pointsUpdated, r.followUpsCreated, r.followUpsUpdated].join(
        "-",
      );
      return c.redirect(editorUrl(ws, `${ref}?importerat=${counts}#import`), 303);
    } catch (error) {
      if (!shownOnPage(error)) throw error;
      return c.html(
        await editorPage(c, ws, ref, { failure: failureOf(c, "import", error) }),
        statusOf(c, error),
      );
    }
  });

function importCounts(value: string) {
  const [rows, pointsCreated, pointsUpdated, followUpsCreated, followUpsUpdated] = value
    .split("-")
    .map((x) => Number.parseInt(x, 10) || 0);
  return {
    rows: rows ?? 0,
    pointsCreated: pointsCreated ?? 0,
    pointsUpdated: pointsUpdated ?? 0,
    followUpsCreated: followUpsCreated ?? 0,
    followUpsUpdated: followUpsUpdated ?? 0,
  };
}
