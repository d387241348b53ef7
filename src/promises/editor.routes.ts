import { createRoute, z } from "@hono/zod-openapi";
import { AppError, isAppError } from "../platform/errors.js";
import { readFormAs } from "../platform/http/form.js";
import { PUBLIC_ACCESS, STAFF_ACCESS } from "../platform/http/openapi-security.js";
import { createRouter } from "../platform/http/router.js";
import { ErrorSchema, errorResponses, IdSchema } from "../platform/http/schemas.js";
import { SpreadsheetUploadSchema } from "./editor.types.js";
import { importSpreadsheet } from "./import-spreadsheet.js";
import { exportPromiseSpreadsheet, type SheetFile, spreadsheetTemplate } from "./spreadsheet-export.js";
import { CSV_TYPE, XLSX_TYPE } from "./spreadsheet-format.js";
import { describeIssues, type ImportIssue } from "./spreadsheet-rows.js";

const tags = ["Spreadsheets"];
const promiseParams = z.object({ promiseId: IdSchema.openapi({ param: { name: "promiseId", in: "path" } }) });
const file = (type: string, description: string) => ({
  200: { description, content: { [type]: { schema: z.string().openapi({ format: "binary" }) } } },
  404: {
    description: "No such promise, or not visible to the caller (staff of its partnership only)",
    content: { "application/json": { schema: ErrorSchema } },
  },
});

export const ImportResultSchema = z
  .object({
    rows: z.number().int(),
    pointsCreated: z.number().int(),
    pointsUpdated: z.number().int(),
    followUpsCreated: z.number().int(),
    followUpsUpdated: z.number().int(),
  })
  .openapi("ImportResult");

function send(file: SheetFile): Response {
  return new Response(file.body as BodyInit, {
    status: 200,
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
    },
  });
}

const exportRoute = (format: "xlsx" | "csv") =>
  createRoute({
    method: "get",
    path: `/promises/{promiseId}/export.${format}`,
    operationId: format === "xlsx" ? "exportPromiseXlsx" : "exportPromiseCsv",
    security: STAFF_ACCESS,
    tags,
    summary: `A promise's points and follow-ups as ${format.toUpperCase()}`,
    description:
      "Staff of the promise's partnership only (anyone else gets 404, as for an unpublished promise). One row per point and follow-up period; the columns are described in the template's Anvisningar sheet.",
    request: { params: promiseParams },
    responses: file(format === "xlsx" ? XLSX_TYPE : CSV_TYPE, "The spreadsheet"),
  });

const templateRoute = (format: "xlsx" | "csv") =>
  createRoute({
    method: "get",
    path: `/spreadsheets/template.${format}`,
    operationId: format === "xlsx" ? "getImportTemplateXlsx" : "getImportTemplateCsv",
    security: PUBLIC_ACCESS,
    tags,
    summary: `The empty import template (${format.toUpperCase()})`,
    responses: file(format === "xlsx" ? XLSX_TYPE : CSV_TYPE, "The template"),
  });

/** API routes of the editor module (mounted under /api/v1): spreadsheet export, import, template. */
export const editorApi = createRouter();

for (const format of ["xlsx", "csv"] as const) {
  editorApi.openapi(exportRoute(format), async (c) => {
    const viewer = c.get("viewer");
    const { promiseId } = c.req.valid("param");
    return send(await exportPromiseSpreadsheet({ db: c.get("db"), viewer, promiseId, format })) as never;
  });
  editorApi.openapi(templateRoute(format), async (c) => {
    return send(await spreadsheetTemplate(format)) as never;
  });
}

editorApi.openapi(
  createRoute({
    method: "post",
    path: "/promises/{promiseId}/import",
    operationId: "importPromiseSpreadsheet",
    security: STAFF_ACCESS,
    tags,
    summary: "Import a spreadsheet (XLSX or CSV) into a promise",
    description:
      "Send the file as the request body (Content-Type text/csv or the XLSX type) or as the `file` field of multipart/form-data; at most 2 MB (413 beyond). All or nothing: with any problem the answer is 422 `import_refused` and `details` lists every problem as `{ row, column, code, message }`; nothing changes.",
    request: { params: promiseParams },
    responses: {
      200: {
        description: "Imported",
        content: { "application/json": { schema: z.object({ data: ImportResultSchema }) } },
      },
      401: { description: "Not signed in", content: { "application/json": { schema: ErrorSchema } } },
      403: {
        description: "The role may not import (asked before the file is read)",
        content: { "application/json": { schema: ErrorSchema } },
      },
      404: errorResponses[404],
      413: { description: "File too large", content: { "application/json": { schema: ErrorSchema } } },
      422: { description: "Problems in the file", content: { "application/json": { schema: ErrorSchema } } },
    },
  }),
  async (c) => {
    const viewer = c.get("viewer");
    const { promiseId } = c.req.valid("param");
    const type = c.req.header("Content-Type") ?? "";
    let bytes: Uint8Array;
    if (type.startsWith("multipart/form-data")) {
      const { result } = await readFormAs(c, SpreadsheetUploadSchema);
      const file = result.success ? result.data.file : undefined;
      bytes = file ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
    } else bytes = new Uint8Array(await c.req.arrayBuffer());
    try {
      const data = await importSpreadsheet({ db: c.get("db"), viewer, promiseId, file: bytes });
      return c.json({ data }, 200);
    } catch (error) {
      if (isAppError(error) && error.code === "import_refused") {
        throw new AppError(
          error.code,
          error.params,
          describeIssues(error.details as ImportIssue[], c.get("t") as never),
        );
      }
      throw error;
    }
  },
);
