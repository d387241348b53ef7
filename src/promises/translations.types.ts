/**
 * Translations of a promise's public texts: request and answer shapes for the API and the
 * workspace form (one schema each, read by platform/http/form.ts on the pages).
 */
import { z } from "@hono/zod-openapi";
import { LIMITS, VersionSchema } from "./editor.types.js";

export const TRANSLATION_STATUSES = ["missing", "current", "outdated"] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

export const TranslationLocaleSchema = z
  .enum(["en", "ar", "so", "lattlast"])
  .openapi({ description: "A language residents read: en, ar, so, or lattlast (lättläst svenska)." });

/** One language of the texts, as the form or the API sends it; a blank text removes the translation. */
export const SaveTranslationsSchema = z
  .object({
    version: VersionSchema.openapi({ description: "The promise's version, as read (stale: 409)" }),
    texts: z
      .array(
        z.object({
          key: z
            .string()
            .max(120)
            .openapi({ example: "commitment.3f1c2a9e-5b7d-4e2f-9a61-0c8d4b2e7f15.text" }),
          text: z.string().trim().max(LIMITS.text),
        }),
      )
      .max(1000)
      .default([]),
  })
  .openapi("SaveTranslations");
export type SaveTranslations = z.output<typeof SaveTranslationsSchema>;

const TranslationStateSchema = z.object({
  text: z.string().nullable(),
  status: z.enum(TRANSLATION_STATUSES),
});

export const TranslationItemSchema = z
  .object({
    key: z.string().openapi({ description: "Names the text: `<entity>.<id>.<field>`" }),
    kind: z.enum(["title", "background", "howMade", "point", "result", "reportSummary"]),
    number: z
      .number()
      .int()
      .nullable()
      .openapi({ description: "The point's number (points and results); the edition (report summaries)" }),
    period: z.string().nullable().openapi({ description: "The result's period code" }),
    source: z.string().openapi({ description: "The Swedish text" }),
    translations: z.object({
      en: TranslationStateSchema,
      ar: TranslationStateSchema,
      so: TranslationStateSchema,
      lattlast: TranslationStateSchema,
    }),
  })
  .openapi("TranslationItem");
export type TranslationItem = z.output<typeof TranslationItemSchema>;

export const TranslationsSchema = z
  .object({
    promiseId: z.string(),
    ref: z.string(),
    title: z.string().openapi({ description: "The promise's title in Swedish" }),
    version: z.number().int(),
    items: z.array(TranslationItemSchema),
  })
  .openapi("Translations");
export type Translations = z.output<typeof TranslationsSchema>;
