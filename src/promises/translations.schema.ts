import { sql } from "drizzle-orm";
import { check, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { promises } from "./promises.schema.js";

/**
 * Where each translation of a promise's texts came from: the SHA-256 of the Swedish it was made
 * from, per text and language. The translated text itself lives in the content column's jsonb
 * under the language's key (what the public readers already read); this row only tells whether
 * it is current (the Swedish still hashes the same) or outdated (the Swedish changed since).
 */
export const translationSources = pgTable(
  "translation_sources",
  {
    promiseId: uuid("promise_id")
      .notNull()
      .references(() => promises.id),
    /** Which row holds the text: the promise, one of its points, an approved follow-up, or a published report-back. */
    entityType: text("entity_type").notNull(),
    entityId: uuid("entity_id").notNull(),
    /** The content column: title, background, how_made, text, narrative, matter. */
    field: text("field").notNull(),
    locale: text("locale").notNull(),
    sourceHash: text("source_hash").notNull(),
    savedAt: timestamp("saved_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.entityType, t.entityId, t.field, t.locale] }),
    index("translation_sources_promise_idx").on(t.promiseId),
    check(
      "translation_sources_entity_check",
      sql`${t.entityType} in ('promise', 'commitment', 'follow_up', 'report_back')`,
    ),
    check("translation_sources_locale_check", sql`${t.locale} in ('en', 'ar', 'so', 'lattlast')`),
  ],
);
