/** Every table, for the typed Drizzle instance. Each module owns its `*.schema.ts`. */
export * from "../accounts/accounts.schema.js";
export * from "../agreements/agreements.schema.js";
export * from "../areas/areas.schema.js";
export * from "../followups/followups.schema.js";
export * from "../goals/goals.schema.js";
export * from "../partnerships/partnerships.schema.js";
export * from "../periods/periods.schema.js";
export * from "../platform/audit/audit.schema.js";
export * from "../platform/jobs/jobs.schema.js";
export * from "../platform/mail/mail.schema.js";
export * from "../platform/markers/markers.schema.js";
export * from "../promises/promises.schema.js";
export * from "../promises/translations.schema.js";
export * from "../reports/reports.schema.js";
