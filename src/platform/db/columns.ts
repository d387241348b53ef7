import { sql } from "drizzle-orm";
import { integer, jsonb, timestamp, uuid } from "drizzle-orm/pg-core";
import type { LocalizedText } from "../i18n/localized-text.js";

/** Shared column builders so that every table spells ids, texts and times the same way. */
export const id = () => uuid("id").primaryKey().default(sql`gen_random_uuid()`);

/** A content text stored per language (`{ "sv": "…", "ar": "…" }`); Swedish is required. */
export const localized = (name: string) => jsonb(name).$type<LocalizedText>();

export const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

/** Optimistic-concurrency counter: every update must name the version it read. */
export const version = () => integer("version").notNull().default(1);
