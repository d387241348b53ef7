import { createRoute, z } from "@hono/zod-openapi";
import { STAFF_ACCESS } from "../platform/http/openapi-security.js";
import { createRouter } from "../platform/http/router.js";
import { ErrorSchema, errorResponses, IdSchema } from "../platform/http/schemas.js";
import { changePeriodSchedule, changeReportingSettings, getReportingSettings } from "./edit-calendar.js";
import {
  PeriodScheduleResultSchema,
  PeriodScheduleSchema,
  ReportingSettingsChangeSchema,
  ReportingSettingsResultSchema,
  ReportingSettingsSchema,
} from "./periods.types.js";

const tags = ["Reporting calendar"];
const error = (description: string) => ({
  description,
  content: { "application/json": { schema: ErrorSchema } },
});
const writeErrors = {
  ...errorResponses,
  401: error("Not signed in"),
  403: error("The role does not allow it"),
  409: error("Stale version, or a closed period"),
} as const;
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  200: { description, content: { "application/json": { schema } } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  body: { content: { "application/json": { schema } }, required: true },
});
const periodParams = z.object({ periodId: IdSchema.openapi({ param: { name: "periodId", in: "path" } }) });
const partnershipParams = z.object({
  partnershipId: IdSchema.openapi({ param: { name: "partnershipId", in: "path" } }),
});
const SettingsSchema = ReportingSettingsSchema.extend({ version: z.number().int() });

/** The reporting calendar's API: a partnership's rhythm and one period's deadline (staff only). */
export const periodsApi = createRouter()
  .openapi(
    createRoute({
      method: "put",
      path: "/periods/{periodId}/schedule",
      operationId: "changePeriodSchedule",
      security: STAFF_ACCESS,
      tags,
      summary: "Change a period's deadline and reminder days (coordinator)",
      request: { params: periodParams, ...body(PeriodScheduleSchema) },
      responses: { ...json(PeriodScheduleResultSchema, "The period's new schedule"), ...writeErrors },
    }),
    async (c) => {
      const { periodId } = c.req.valid("param");
      const data = await changePeriodSchedule({
        db: c.get("db"),
        viewer: c.get("viewer"),
        period: { id: periodId },
        input: c.req.valid("json"),
        locale: c.get("locale"),
      });
      return c.json(data, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/partnerships/{partnershipId}/reporting-settings",
      operationId: "getReportingSettings",
      security: STAFF_ACCESS,
      tags,
      summary: "The partnership's reporting rhythm (administrator)",
      request: { params: partnershipParams },
      responses: { ...json(SettingsSchema, "The settings with their version"), ...writeErrors },
    }),
    async (c) => {
      const { partnershipId } = c.req.valid("param");
      const data = await getReportingSettings({ db: c.get("db"), viewer: c.get("viewer"), partnershipId });
      return c.json(data, 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/partnerships/{partnershipId}/reporting-settings",
      operationId: "changeReportingSettings",
      security: STAFF_ACCESS,
      tags,
      summary:
        "Change the partnership's reporting rhythm (administrator); a new scheme creates the promises' periods in it",
      request: { params: partnershipParams, ...body(ReportingSettingsChangeSchema) },
      responses: {
        ...json(ReportingSettingsResultSchema, "The new settings and what happened to the periods"),
        ...writeErrors,
      },
    }),
    async (c) => {
      const { partnershipId } = c.req.valid("param");
      const { version, ...input } = c.req.valid("json");
      const data = await changeReportingSettings({
        db: c.get("db"),
        viewer: c.get("viewer"),
        partnershipId,
        version,
        input,
      });
      return c.json(data, 200);
    },
  );
