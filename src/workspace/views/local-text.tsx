import type { LocalizedText } from "../../platform/i18n/localized-text.js";
import { pickText } from "../../platform/i18n/localized-text.js";
import type { PageContext } from "../../platform/web/layout.js";

/** A content text in the reader's language, marked with its language when it falls back. */
export function LocalText(props: { ctx: PageContext; text: LocalizedText }) {
  const picked = pickText(props.text, props.ctx.locale);
  return picked.locale === props.ctx.locale ? (
    <>{picked.text}</>
  ) : (
    <span lang={picked.locale}>{picked.text}</span>
  );
}
