/**
 * The translation pages of a promise (/arbete/:partnership/loften/:ref/oversattningar): every text
 * × language with its status, and one form per language. Plain forms, no JavaScript.
 */
import { htmlLang, textDirection } from "../../platform/i18n/index.js";
import type { TranslationLocale } from "../../platform/i18n/localized-text.js";
import { TRANSLATION_LOCALES } from "../../platform/i18n/localized-text.js";
import type { PageContext } from "../../platform/web/layout.js";
import { type NavItem, WorkspaceLayout } from "../../platform/web/workspace-layout.js";
import { LIMITS } from "../editor.types.js";
import type { TranslationItem, Translations } from "../translations.types.js";
import { type FormFailure, PostForm } from "./editor-forms.js";
import { ErrorSummary } from "./editor-page.js";

interface Frame {
  ctx: PageContext;
  nav: NavItem[];
  partnershipName: string;
  /** `/arbete/:partnership/loften/:ref` */
  editorPath: string;
  title: string;
  model: Translations;
}

function kindLabel(ctx: PageContext, item: TranslationItem): string {
  const { t } = ctx;
  if (item.kind === "point") return t("translations.kind.point", { number: item.number ?? "" });
  if (item.kind === "reportSummary")
    return t("translations.kind.reportSummary", { edition: item.number ?? "" });
  if (item.kind === "result")
    return t("translations.kind.result", { number: item.number ?? "", period: item.period ?? "" });
  return t(`translations.kind.${item.kind}`);
}

/** Every text and its status per language, with a link to each language's form. */
export function TranslationsPage(props: Frame & { notice?: string }) {
  const { ctx, model } = props;
  const { t } = ctx;
  const base = `${props.editorPath}/oversattningar`;
  const heading = t("translations.title", { title: props.title });
  return (
    <WorkspaceLayout ctx={ctx} title={heading} partnershipName={props.partnershipName} nav={props.nav}>
      <h1>{heading}</h1>
      {props.notice ? (
        <p class="success" role="status">
          {props.notice}
        </p>
      ) : null}
      <p>{t("translations.intro")}</p>
      <p>
        <a href={props.editorPath}>{t("translations.backToEditor")}</a>
      </p>
      <ul>
        {TRANSLATION_LOCALES.map((locale) => {
          const count = (status: string) =>
            model.items.filter((i) => i.translations[locale].status === status).length;
          return (
            <li>
              <a href={`${base}/${locale}`}>
                {t("translations.edit", { language: t(`translations.language.${locale}`) })}
              </a>{" "}
              –{" "}
              {t("translations.summary", {
                current: count("current"),
                outdated: count("outdated"),
                missing: count("missing"),
                total: model.items.length,
              })}
            </li>
          );
        })}
      </ul>
      <div class="table-scroll">
        <table class="translations">
          <caption>{heading}</caption>
          <thead>
            <tr>
              <th scope="col">{t("translations.text")}</th>
              {TRANSLATION_LOCALES.map((locale) => (
                <th scope="col">{t(`translations.language.${locale}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.items.map((item) => (
              <tr>
                <th scope="row">{kindLabel(ctx, item)}</th>
                {TRANSLATION_LOCALES.map((locale) => {
                  const status = item.translations[locale].status;
                  return (
                    <td class={`translation-${status}`} data-key={item.key} data-locale={locale}>
                      {t(`translations.status.${status}`)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </WorkspaceLayout>
  );
}

/** One language's form: each Swedish text, its status, and a box for the translation. */
export function TranslationFormPage(
  props: Frame & { locale: TranslationLocale; failure?: FormFailure; typed?: Record<string, string> },
) {
  const { ctx, model, locale } = props;
  const { t } = ctx;
  const language = t(`translations.language.${locale}`);
  const heading = t("translations.editTitle", { language, title: props.title });
  const base = `${props.editorPath}/oversattningar`;
  return (
    <WorkspaceLayout ctx={ctx} title={heading} partnershipName={props.partnershipName} nav={props.nav}>
      <h1>{heading}</h1>
      <ErrorSummary ctx={ctx} failure={props.failure} />
      <p>{t("translations.editIntro")}</p>
      <p>
        <a href={base}>{t("translations.back")}</a>
      </p>
      <PostForm ctx={ctx} action={`${base}/${locale}`} id="translation-form">
        <input type="hidden" name="version" value={String(model.version)} />
        {model.items.map((item, index) => {
          const state = item.translations[locale];
          const id = `text-${index}`;
          return (
            <fieldset>
              <legend>{kindLabel(ctx, item)}</legend>
              <p class="hint">{t("translations.swedish")}:</p>
              <blockquote lang="sv" dir="ltr">
                {item.source.split(/\n{2,}/).map((p) => (
                  <p>{p}</p>
                ))}
              </blockquote>
              <p class={`translation-${state.status}`}>
                {t("translations.statusLabel", { status: t(`translations.status.${state.status}`) })}
              </p>
              <input type="hidden" name={`texts.${index}.key`} value={item.key} />
              <label for={id}>{t("translations.translation", { language })}</label>
              <textarea
                id={id}
                name={`texts.${index}.text`}
                lang={htmlLang(locale)}
                dir={textDirection(locale)}
                maxlength={LIMITS.text}
                rows={item.kind === "title" || item.kind === "point" ? 3 : 6}
              >
                {props.typed?.[`texts.${index}.text`] ?? state.text ?? ""}
              </textarea>
            </fieldset>
          );
        })}
        <button type="submit">{t("translations.save")}</button>
      </PostForm>
    </WorkspaceLayout>
  );
}
