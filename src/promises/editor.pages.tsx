/**
 * Pages of the promise editor under /arbete/:partnership/loften. Thin: read the form, call one
 * service, redirect (303) — or show the page again with the error summary and the user's input.
 */
import { type Context, Hono } from "hono";
import { AppError, isAppError } from "../platform/errors.js";
import type { AppEnv } from "../platform/http/env.js";
import { describeError } from "../platform/http/errors.js";
import { parseInput } from "../platform/http/parse.js";
import { IdSchema, RefSchema } from "../platform/http/schemas.js";
import { requireWorkspace, type Workspace } from "../workspace/workspace-context.js";
import { carryOverPromise } from "./carry-over-promise.js";
import {
  addCommitment,
  removeCommitment,
  reorderCommitments,
  setCarryOverDecision,
  updateCommitment,
} from "./edit-commitments.js";
import { changePromiseStatus, createPromise, updatePromise } from "./edit-promise.js";
import {
  CarryOverDecisionSchema,
  CarryOverRequestSchema,
  StatusChangeSchema,
  VersionSchema,
} from "./editor.types.js";
import { partnershipVocabulary } from "./editor-access.js";
import {
  commitmentFieldsOf,
  failureLines,
  formValues,
  many,
  one,
  parse,
  promiseFieldsOf,
} from "./editor-form-input.js";
import { getEditorModel, listEditorPromises } from "./get-editor.js";
import { importSpreadsheet } from "./import-spreadsheet.js";
import { canManagePromise } from "./promises.policy.js";
import { listCommitments } from "./promises.repository.js";
import { exportPromiseSpreadsheet, type SheetFile, spreadsheetTemplate } from "./spreadsheet-export.js";
import { uploadLimit } from "./upload-limit.js";
import type { FormFailure, FormValues } from "./views/editor-forms.js";
import { EditorListPage } from "./views/editor-list-page.js";
import { EditorPage } from "./views/editor-page.js";

const ROOT = "/arbete/:partnership/loften";

type C = Context<AppEnv>;

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
      base={`/arbete/${ws.partnership.slug}/loften/${ref}`}
      model={model}
      {...extra}
    />
  );
}

/**
 * Runs one editor action. Success: redirect to the editor (with a notice). A refused action: the
 * editor again with the refusal and what the user typed; not found and sign-in go to the handler.
 */
async function act(
  c: C,
  form: string,
  work: (ws: Workspace, ref: string, v: FormValues) => Promise<string | undefined>,
) {
  const ws = await requireWorkspace(c);
  const ref = parseInput(RefSchema, c.req.param("ref"), { code: "invalid_ref", param: "ref" });
  const values = await formValues(c);
  try {
    const query = await work(ws, ref, values);
    return c.redirect(`/arbete/${ws.partnership.slug}/loften/${query ?? `${ref}?sparat=1`}`, 303);
  } catch (error) {
    if (!isAppError(error) || error.code === "not_found" || error.code === "unauthorized") throw error;
    const described = describeError(error, c.get("t"));
    const failure: FormFailure = { form, message: described.message, lines: failureLines(c, error), values };
    return c.html(await editorPage(c, ws, ref, { failure }), described.status as 400);
  }
}

const idParam = (c: C) =>
  parseInput(IdSchema, c.req.param("commitmentId"), { code: "invalid_id", param: "commitmentId" });

function sendFile(c: C, file: SheetFile) {
  return c.body(typeof file.body === "string" ? file.body : (file.body as Uint8Array<ArrayBuffer>), 200, {
    "Content-Type": file.contentType,
    "Content-Disposition": `attachment; filename="${file.filename}"`,
  });
}

/** Pages of the editor module. */
export const editorPages = new Hono<AppEnv>()
  .get(ROOT, async (c) => {
    const ws = await requireWorkspace(c);
    const db = c.get("db");
    const [promises, vocabulary] = await Promise.all([
      listEditorPromises({ db, viewer: ws.principal, partnershipId: ws.partnership.id }),
      partnershipVocabulary(db, ws.partnership.id),
    ]);
    const canCreate = canManagePromise(ws.principal, ws.partnership.id);
    return c.html(
      <EditorListPage
        ctx={ws.ctx}
        nav={ws.nav}
        partnershipName={ws.partnership.name}
        base={`/arbete/${ws.partnership.slug}/loften`}
        promises={promises}
        canCreate={canCreate}
        vocabulary={vocabulary}
      />,
    );
  })
  .post(ROOT, async (c) => {
    const ws = await requireWorkspace(c);
    const values = await formValues(c);
    try {
      const ref = parse(RefSchema, one(values, "ref"));
      await createPromise({
        db: c.get("db"),
        viewer: ws.principal,
        partnershipId: ws.partnership.id,
        ref,
        fields: promiseFieldsOf(values),
      });
      return c.redirect(`/arbete/${ws.partnership.slug}/loften/${ref}?sparat=1`, 303);
    } catch (error) {
      if (!isAppError(error) || error.code === "not_found" || error.code === "unauthorized") throw error;
      const db = c.get("db");
      const described = describeError(error, c.get("t"));
      const [promises, vocabulary] = await Promise.all([
        listEditorPromises({ db, viewer: ws.principal, partnershipId: ws.partnership.id }),
        partnershipVocabulary(db, ws.partnership.id),
      ]);
      return c.html(
        <EditorListPage
          ctx={ws.ctx}
          nav={ws.nav}
          partnershipName={ws.partnership.name}
          base={`/arbete/${ws.partnership.slug}/loften`}
          promises={promises}
          canCreate={canManagePromise(ws.principal, ws.partnership.id)}
          vocabulary={vocabulary}
          failure={{ form: "new-promise", message: described.message, lines: [], values }}
        />,
        described.status as 400,
      );
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
    const ref = parseInput(RefSchema, c.req.param("ref"), { code: "invalid_ref", param: "ref" });
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
  .post(`${ROOT}/:ref/uppgifter`, (c) =>
    act(c, "details", async (ws, ref, v) => {
      const model = await modelOf(c, ws, ref);
      await updatePromise({
        db: c.get("db"),
        viewer: ws.principal,
        promiseId: model.promise.id,
        version: parse(VersionSchema, one(v, "version")),
        fields: promiseFieldsOf(v),
      });
      return undefined;
    }),
  )
  .post(`${ROOT}/:ref/lage`, (c) =>
    act(c, "status", async (ws, ref, v) => {
      const model = await modelOf(c, ws, ref);
      const input = parse(StatusChangeSchema, {
        to: one(v, "to"),
        version: one(v, "version"),
        ...(one(v, "signedOn") ? { signedOn: one(v, "signedOn") } : {}),
      });
      await changePromiseStatus({
        db: c.get("db"),
        viewer: ws.principal,
        promiseId: model.promise.id,
        ...input,
      });
      return undefined;
    }),
  )
  .post(`${ROOT}/:ref/punkter`, (c) =>
    act(c, "new-point", async (ws, ref, v) => {
      const model = await modelOf(c, ws, ref);
      const fields = commitmentFieldsOf(v);
      await addCommitment({ db: c.get("db"), viewer: ws.principal, promiseId: model.promise.id, fields });
      return undefined;
    }),
  )
  .post(`${ROOT}/:ref/punkter/:commitmentId`, (c) =>
    act(c, `point-${c.req.param("commitmentId")}`, async (ws, _ref, v) => {
      await updateCommitment({
        db: c.get("db"),
        viewer: ws.principal,
        commitmentId: idParam(c),
        version: parse(VersionSchema, one(v, "version")),
        fields: commitmentFieldsOf(v),
      });
      return undefined;
    }),
  )
  .post(`${ROOT}/:ref/punkter/:commitmentId/flytta`, (c) =>
    act(c, `point-${c.req.param("commitmentId")}`, async (ws, ref, v) => {
      const model = await modelOf(c, ws, ref);
      const id = idParam(c);
      const order = (await listCommitments(c.get("db"), [model.promise.id])).map((p) => p.id);
      const i = order.indexOf(id);
      const j = one(v, "direction") === "up" ? i - 1 : i + 1;
      if (i < 0 || j < 0 || j >= order.length)
        throw new AppError("invalid_body", { param: "direction", value: "" });
      [order[i], order[j]] = [order[j] as string, order[i] as string];
      await reorderCommitments({
        db: c.get("db"),
        viewer: ws.principal,
        promiseId: model.promise.id,
        version: parse(VersionSchema, one(v, "version")),
        commitmentIds: order,
      });
      return `${ref}?sparat=1#point-${id}`;
    }),
  )
  .post(`${ROOT}/:ref/punkter/:commitmentId/ta-bort`, (c) =>
    act(c, `point-${c.req.param("commitmentId")}`, async (ws, _ref, v) => {
      await removeCommitment({
        db: c.get("db"),
        viewer: ws.principal,
        commitmentId: idParam(c),
        version: parse(VersionSchema, one(v, "version")),
      });
      return undefined;
    }),
  )
  .post(`${ROOT}/:ref/punkter/:commitmentId/overforing`, (c) =>
    act(c, `carry-${c.req.param("commitmentId")}`, async (ws, _ref, v) => {
      const input = parse(CarryOverDecisionSchema, {
        decision: one(v, "decision") === "" ? null : one(v, "decision"),
        reason: one(v, "reason"),
        version: one(v, "version"),
      });
      await setCarryOverDecision({
        db: c.get("db"),
        viewer: ws.principal,
        commitmentId: idParam(c),
        ...input,
      });
      return undefined;
    }),
  )
  .post(`${ROOT}/:ref/nytt-fran-detta`, (c) =>
    act(c, "next", async (ws, ref, v) => {
      const model = await modelOf(c, ws, ref);
      const input = parse(CarryOverRequestSchema, {
        ref: one(v, "ref"),
        title: one(v, "title"),
        fromYear: one(v, "fromYear"),
        toYear: one(v, "toYear"),
        choices: many(v, "carry").map((id) => ({ commitmentId: id, reason: one(v, `reason.${id}`) })),
      });
      await carryOverPromise({
        db: c.get("db"),
        viewer: ws.principal,
        sourcePromiseId: model.promise.id,
        ...input,
      });
      return `${input.ref}?sparat=1`;
    }),
  )
  .post(`${ROOT}/:ref/import`, uploadLimit, async (c) => {
    const ws = await requireWorkspace(c);
    const ref = parseInput(RefSchema, c.req.param("ref"), { code: "invalid_ref", param: "ref" });
    const body = await c.req.parseBody();
    const file = body.file;
    try {
      if (!(file instanceof File) || file.size === 0)
        throw new AppError("import_refused", { count: 1 }, [{ row: 1, column: "", code: "file_empty" }]);
      const model = await modelOf(c, ws, ref);
      const r = await importSpreadsheet({
        db: c.get("db"),
        viewer: ws.principal,
        promiseId: model.promise.id,
        file: new Uint8Array(await file.arrayBuffer()),
      });
      const counts = [r.rows, r.pointsCreated, r.pointsUpdated, r.followUpsCreated, r.followUpsUpdated].join(
        "-",
      );
      return c.redirect(`/arbete/${ws.partnership.slug}/loften/${ref}?importerat=${counts}#import`, 303);
    } catch (error) {
      if (!isAppError(error) || error.code === "not_found" || error.code === "unauthorized") throw error;
      const described = describeError(error, c.get("t"));
      const failure: FormFailure = {
        form: "import",
        message: described.message,
        lines: failureLines(c, error),
      };
      return c.html(await editorPage(c, ws, ref, { failure }), described.status as 400);
    }
  });

async function modelOf(c: C, ws: Workspace, ref: string) {
  return getEditorModel({ db: c.get("db"), viewer: ws.principal, partnershipId: ws.partnership.id, ref });
}

async function exportPage(c: C, format: "xlsx" | "csv") {
  const ws = await requireWorkspace(c);
  const ref = parseInput(RefSchema, c.req.param("ref"), { code: "invalid_ref", param: "ref" });
  const model = await modelOf(c, ws, ref);
  return sendFile(
    c,
    await exportPromiseSpreadsheet({
      db: c.get("db"),
      viewer: ws.principal,
      promiseId: model.promise.id,
      format,
    }),
  );
}

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
