/**
 * The survey indicators' API: the partnership's indicators with their values (staff), and the
 * import of a results file (CSV as the body, or the `file` field of multipart/form-data;
 * `?dryRun=true` checks only). All or nothing: 422 `import_refused` with every problem as
 * `{ row, column, code, message }`.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { AppError, isAppError } from "../platform/errors.js";
import { readFormAs } from "../platform/http/form.js";
import { STAFF_ACCESS } from "../platform/http/openapi-security.js";
import { createRouter } from "../platform/http/router.js";
import { ErrorSchema, errorResponses, SlugSchema } from "../platform/http/schemas.js";
import { importIndicatorCsv } from "./import-indicators.js";
import type { ImportIssue } from "./indicator-csv.js";
import { describeIndicatorIssues } from "./indicators.messages.js";
import {
  IndicatorImportResultSchema,
  IndicatorListSchema,
  IndicatorUploadSchema,
  UPLOAD_MEGABYTES,
} from "./indicators.types.js";
import { listIndicators, partnershipIdOfSlug } from "./list-indicators.js";

const tags = ["Survey indicators"];
const error = (description: string) => ({
  description,
  content: { "application/json": { schema: ErrorSchema } },
});
const slugParams = z.object({ slug: SlugSchema.openapi({ param: { name: "slug", in: "path" } }) });

export const indicatorsApi = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/partnerships/{slug}/indicators",
      operationId: "listSurveyIndicators",
      security: STAFF_ACCESS,
      tags,
      summary: "The partnership's survey indicators and their values (every role of the partnership)",
      description:
        "Values from fewer than 5 answers carry `suppressed: true`; residents never see them (the public page leaves them out).",
      request: { params: slugParams },
      responses: {
        200: {
          description: "The indicators",
          content: { "application/json": { schema: IndicatorListSchema } },
        },
        ...errorResponses,
        401: error("Not signed in"),
      },
    }),
    async (c) => {
      const db = c.get("db");
      const partnershipId = await partnershipIdOfSlug(db, c.req.valid("param").slug);
      const data = await listIndicators({ db, viewer: c.get("viewer"), partnershipId });
      return c.json({ data }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/partnerships/{slug}/indicators/import",
      operationId: "importSurveyIndicators",
      security: STAFF_ACCESS,
      tags,
      summary: "Import survey results (CSV) — all or nothing; ?dryRun=true checks only",
      description: `Send the CSV as the request body (Content-Type text/csv) or as the \`file\` field of multipart/form-data; at most ${UPLOAD_MEGABYTES} MB (413 beyond). Columns: indikator, typ (index | procent), område, år, grupp (kvinnor | män | alla), ålder, värde, källa, n, beskrivning; \`;\` or \`,\`; UTF-8 with or without BOM. With any problem the answer is 422 \`import_refused\` and \`details\` lists every problem as \`{ row, column, code, message }\`; nothing changes.`,
      request: {
        params: slugParams,
        query: z.object({
          dryRun: z
            .enum(["true", "false"])
            .optional()
            .openapi({ description: "true: check only, write nothing" }),
        }),
      },
      responses: {
        200: {
          description: "Imported (or checked)",
          content: { "application/json": { schema: z.object({ data: IndicatorImportResultSchema }) } },
        },
        ...errorResponses,
        401: error("Not signed in"),
        403: error("The role may not import (asked before the file is read)"),
        413: error("File too large"),
        422: error("Problems in the file (import_refused)"),
      },
    }),
    async (c) => {
      const db = c.get("db");
      const partnershipId = await partnershipIdOfSlug(db, c.req.valid("param").slug);
      const type = c.req.header("Content-Type") ?? "";
      let bytes: Uint8Array;
      if (type.startsWith("multipart/form-data")) {
        const { result } = await readFormAs(c, IndicatorUploadSchema);
        const file = result.success ? result.data.file : undefined;
        bytes = file ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
      } else bytes = new Uint8Array(await c.req.arrayBuffer());
      try {
        const data = await importIndicatorCsv({
          db,
          viewer: c.get("viewer"),
          partnershipId,
          file: bytes,
          dryRun: c.req.valid("query").dryRun === "true",
        });
        return c.json({ data }, 200);
      } catch (e) {
        if (isAppError(e) && e.code === "import_refused") {
          throw new AppError(
            e.code,
            e.params,
            describeIndicatorIssues(e.details as ImportIssue[], c.get("t") as never),
          );
        }
        throw e;
      }
    },
  );
