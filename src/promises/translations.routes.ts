import { createRoute, z } from "@hono/zod-openapi";
import { STAFF_ACCESS } from "../platform/http/openapi-security.js";
import { createRouter } from "../platform/http/router.js";
import { ErrorSchema, errorResponses, IdSchema } from "../platform/http/schemas.js";
import { getTranslations, saveTranslations } from "./translations.js";
import { SaveTranslationsSchema, TranslationLocaleSchema, TranslationsSchema } from "./translations.types.js";

const tags = ["Translations"];
const error = (description: string) => ({
  description,
  content: { "application/json": { schema: ErrorSchema } },
});
const promiseParams = z.object({ promiseId: IdSchema.openapi({ param: { name: "promiseId", in: "path" } }) });
const localeParams = promiseParams.extend({
  locale: TranslationLocaleSchema.openapi({ param: { name: "locale", in: "path" } }),
});
const answer = {
  200: {
    description: "Every text and its status per language",
    content: { "application/json": { schema: TranslationsSchema } },
  },
  ...errorResponses,
  401: error("Not signed in"),
  403: error("The role does not allow it (samordnare and kommunikatör only)"),
} as const;
const writeAnswer = { ...answer, 409: error("Stale version") } as const;

/** The translation API (mounted under /api/v1): the status of each text per language, and saving one language. */
export const translationsApi = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/promises/{promiseId}/translations",
      operationId: "getPromiseTranslations",
      security: STAFF_ACCESS,
      tags,
      summary: "The promise's public texts and their translations' status",
      description:
        "Each text residents read (title, background, how it was made, points, results of approved follow-ups) with, per language, its translation and status: `missing`, `current`, or `outdated` (the Swedish changed after the translation was saved).",
      request: { params: promiseParams },
      responses: answer,
    }),
    async (c) => {
      const { promiseId } = c.req.valid("param");
      return c.json(await getTranslations({ db: c.get("db"), viewer: c.get("viewer"), promiseId }), 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/promises/{promiseId}/translations/{locale}",
      operationId: "savePromiseTranslations",
      security: STAFF_ACCESS,
      tags,
      summary: "Save one language's translations of the promise's texts",
      description:
        "Send the promise's `version` you read (a stale one answers 409 `conflict`) and the texts by `key`; a blank text removes that translation. Saved translations count as current for today's Swedish.",
      request: {
        params: localeParams,
        body: { content: { "application/json": { schema: SaveTranslationsSchema } }, required: true },
      },
      responses: writeAnswer,
    }),
    async (c) => {
      const { promiseId, locale } = c.req.valid("param");
      const input = c.req.valid("json");
      const data = await saveTranslations({
        db: c.get("db"),
        viewer: c.get("viewer"),
        promiseId,
        locale,
        input,
      });
      return c.json(data, 200);
    },
  );
