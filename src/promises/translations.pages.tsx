/**
 * The translation pages under /arbete/:partnership/loften/:ref/oversattningar: the status of every
 * text per language, and one form per language (read with the API's schema through form.ts).
 */
import { type Context, Hono } from "hono";
import { isAppError } from "../platform/errors.js";
import type { AppEnv } from "../platform/http/env.js";
import { describeError } from "../platform/http/errors.js";
import { formError, readFormAs } from "../platform/http/form.js";
import { parseInput } from "../platform/http/parse.js";
import { RefSchema } from "../platform/http/schemas.js";
import { requireWorkspace, type Workspace } from "../workspace/workspace-context.js";
import { getTranslations, saveTranslations } from "./translations.js";
import { SaveTranslationsSchema, TranslationLocaleSchema, type Translations } from "./translations.types.js";
import { failureLines } from "./views/editor-forms.js";
import { TranslationFormPage, TranslationsPage } from "./views/translations-page.js";

type C = Context<AppEnv>;
const ROOT = "/arbete/:partnership/loften/:ref/oversattningar";

const refOf = (c: C) => parseInput(RefSchema, c.req.param("ref"), { code: "invalid_ref", param: "ref" });
const localeOf = (c: C) =>
  parseInput(TranslationLocaleSchema, c.req.param("locale"), { code: "invalid_query", param: "locale" });

function frameOf(ws: Workspace, ref: string, model: Translations) {
  return {
    ctx: ws.ctx,
    nav: ws.nav,
    partnershipName: ws.partnership.name,
    editorPath: `/arbete/${ws.partnership.slug}/loften/${ref}`,
    title: model.title,
    model,
  };
}

const keyOf = (ws: Workspace, ref: string) => ({
  db: undefined as never,
  viewer: ws.principal,
  partnershipId: ws.partnership.id,
  promiseRef: ref,
});

export const translationsPages = new Hono<AppEnv>()
  .get(ROOT, async (c) => {
    const ws = await requireWorkspace(c);
    const ref = refOf(c);
    const model = await getTranslations({ ...keyOf(ws, ref), db: c.get("db") });
    const notice = c.req.query("sparat") === "1" ? ws.ctx.t("translations.saved") : undefined;
    return c.html(<TranslationsPage {...frameOf(ws, ref, model)} {...(notice ? { notice } : {})} />);
  })
  .get(`${ROOT}/:locale`, async (c) => {
    const ws = await requireWorkspace(c);
    const ref = refOf(c);
    const locale = localeOf(c);
    const model = await getTranslations({ ...keyOf(ws, ref), db: c.get("db") });
    return c.html(<TranslationFormPage {...frameOf(ws, ref, model)} locale={locale} />);
  })
  .post(`${ROOT}/:locale`, async (c) => {
    const ws = await requireWorkspace(c);
    const ref = refOf(c);
    const locale = localeOf(c);
    const { values, result } = await readFormAs(c, SaveTranslationsSchema);
    try {
      if (!result.success) throw formError(result.issues);
      await saveTranslations({ ...keyOf(ws, ref), db: c.get("db"), locale, input: result.data });
      return c.redirect(`/arbete/${ws.partnership.slug}/loften/${ref}/oversattningar?sparat=1`, 303);
    } catch (error) {
      if (!isAppError(error) || error.code === "not_found" || error.code === "unauthorized") throw error;
      if (error.code === "forbidden") throw error;
      const t = c.get("t");
      const described = describeError(error, t);
      const model = await getTranslations({ ...keyOf(ws, ref), db: c.get("db") });
      const typed = Object.fromEntries(
        Object.entries(values).filter((e): e is [string, string] => typeof e[1] === "string"),
      );
      return c.html(
        <TranslationFormPage
          {...frameOf(ws, ref, model)}
          locale={locale}
          typed={typed}
          failure={{ form: "translation-form", message: described.message, lines: failureLines(error, t) }}
        />,
        described.status as 400,
      );
    }
  });
