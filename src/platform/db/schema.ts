/** Every table, for the typed Drizzle instance. Each module owns its `*.schema.ts`. */
export * from "../../accounts/accounts.schema.js";
export * from "../../agreements/agreements.schema.js";
export * from "../../areas/areas.schema.js";
export * from "../../audit/audit.schema.js";
export * from "../../demo/demo.schema.js";
export * from "../../followups/followups.schema.js";
export * from "../../goals/goals.schema.js";
export * from "../../jobs/jobs.schema.js";
export * from "../../mail/mail.schema.js";
export * from "../../partnerships/partnerships.schema.js";
export * from "../../periods/periods.schema.js";
export * from "../../promises/promises.schema.js";
export * from "../../reports/reports.schema.js";
