import type { Locale } from "../../platform/i18n/index.js";
import { type LocalizedText, pickText } from "../../platform/i18n/localized-text.js";
import type { PageContext } from "../../platform/web/layout.js";

/** A content text as the reader's page shows it: the translation, or the Swedish marked as such. */
export interface ShownText {
  text: string;
  /** True when there is no translation into the page's language and the Swedish shows. */
  onlySwedish: boolean;
  /** For the element that holds the text: `lang="sv" dir="ltr"` on a fallback, nothing otherwise. */
  attrs: { lang?: string; dir?: "ltr" };
}

/**
 * The text for the page's language. A missing translation shows the Swedish, marked `lang="sv"`
 * (and `dir="ltr"`, which matters inside a right-to-left page); `OnlySwedishNote` says so.
 * @example shownText(ctx /* locale "ar" *\/, { sv: "Hej" }) // { text: "Hej", onlySwedish: true, attrs: { lang: "sv", dir: "ltr" } }
 */
export function shownText(ctx: { locale: Locale }, text: LocalizedText): ShownText {
  if (ctx.locale === "sv") return { text: text.sv, onlySwedish: false, attrs: {} };
  const picked = pickText(text, ctx.locale);
  if (picked.locale === ctx.locale) return { text: picked.text, onlySwedish: false, attrs: {} };
  return { text: picked.text, onlySwedish: true, attrs: { lang: "sv", dir: "ltr" } };
}

/** The short note, in the reader's language, after a text that exists only in Swedish. */
export function OnlySwedishNote(props: { ctx: PageContext; shown: ShownText }) {
  return props.shown.onlySwedish ? <p class="only-sv">{props.ctx.t("lang.onlySwedish")}</p> : null;
}

/** A text of several paragraphs (blank lines between), with its note when it is only in Swedish. */
export function LocalParagraphs(props: { ctx: PageContext; text: LocalizedText; class?: string }) {
  const shown = shownText(props.ctx, props.text);
  const paragraphs = shown.text.split(/\n{2,}/).map((paragraph) => <p class={props.class}>{paragraph}</p>);
  return (
    <>
      {shown.onlySwedish ? (
        <div lang="sv" dir="ltr">
          {paragraphs}
        </div>
      ) : (
        paragraphs
      )}
      <OnlySwedishNote ctx={props.ctx} shown={shown} />
    </>
  );
}
