import { pgTable, primaryKey, text } from "drizzle-orm/pg-core";

/**
 * Marks values that the demo invented (they are not in the seed document), so that every
 * screen and export can say "demodata" beside them and nobody mistakes them for the record.
 */
export const demoMarkers = pgTable(
  "demo_markers",
  {
    tableName: text("table_name").notNull(),
    rowId: text("row_id").notNull(),
    field: text("field").notNull(),
    note: text("note").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tableName, t.rowId, t.field] })],
);
