import type { MessageKey } from "../../platform/i18n/index.js";
import type { PageContext } from "../../platform/web/layout.js";
import type { PublicPointReasons } from "../publishing.types.js";

/**
 * "Varför den här punkten" on a public promise page: the problems raised in dialogues that led to
 * the point, one line per category with how many raised it ("färre än 5" below the threshold),
 * the participants by gender, and the statements of dialogues marked public.
 */
export function PublicPointReasonsView(props: {
  ctx: PageContext;
  number: number;
  reasons: PublicPointReasons;
}) {
  const { ctx, reasons } = props;
  const { t } = ctx;
  const count = (n: number | null) => (n === null ? t("publishing.why.fewer") : String(n));
  const id = `why-${props.number}`;
  return (
    <div class="why">
      <p id={id}>
        <strong>{t("publishing.why.title")}</strong>
      </p>
      <ul aria-labelledby={id}>
        {reasons.categories.map((c) => (
          <li>
            {t("publishing.why.line", {
              category: t(`dialogues.category.${c.category}` as MessageKey),
              count: count(c.raisedBy),
              dialogues: c.dialogues,
            })}
            {c.statements.length > 0 ? (
              <ul>
                {c.statements.map((s) => (
                  <li>{s}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      {reasons.participants.length > 0 ? (
        <p class="meta">
          {t("publishing.why.participants", {
            counts: reasons.participants
              .map(
                (p) => `${t(`dialogues.gender.${p.gender}` as MessageKey).toLowerCase()} ${count(p.count)}`,
              )
              .join(", "),
          })}
        </p>
      ) : null}
    </div>
  );
}
