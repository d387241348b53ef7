import { periodName } from "../../periods/calendar.js";
import { intlTag, type Locale } from "../../platform/i18n/index.js";
import { pickText } from "../../platform/i18n/localized-text.js";
import { localHref, type PageContext } from "../../platform/web/layout.js";
import type { Commitment } from "../../promises/promises.types.js";
import type { PublicPointReasons } from "../publishing.types.js";
import { LocalParagraphs, OnlySwedishNote, shownText } from "./local-text.js";
import { PublicPointReasonsView } from "./point-reasons.js";

/** The day a result was approved, in Swedish time ("12 maj 2026"). */
function approvalDate(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(intlTag(locale), {
    dateStyle: "long",
    timeZone: "Europe/Stockholm",
  }).format(new Date(iso));
}

/**
 * One point: its text, its latest approved result, its targets against outcome, and lineage. (In
 * the workspace preview the latest follow-up may not be approved yet; it is marked so.)
 */
export function CommitmentItem(props: {
  ctx: PageContext;
  commitment: Commitment;
  reasons?: PublicPointReasons | undefined;
}) {
  const { ctx, commitment: c } = props;
  const { t } = ctx;
  const text = shownText(ctx, c.text);
  const followUp = c.latestFollowUp;
  const headingId = `point-${c.number}`;
  return (
    <li class="point" aria-labelledby={headingId}>
      <h4 id={headingId} class="point-number">
        {t("promise.point", { number: c.number })}
      </h4>
      <p class="point-text" {...text.attrs}>
        {text.text}
      </p>
      <OnlySwedishNote ctx={ctx} shown={text} />
      {followUp ? (
        <>
          <p>
            <span class={`status status-${followUp.status}`}>{t(`followUpStatus.${followUp.status}`)}</span>{" "}
            <span class="meta">
              {t("promise.result", { period: periodName(followUp.period, ctx.locale) })}
            </span>
            {followUp.state === "approved" && followUp.approvedAt ? (
              <>
                {" "}
                <span class="meta approved-on">
                  {t("promise.approvedOn")}{" "}
                  <time datetime={followUp.approvedAt}>{approvalDate(ctx.locale, followUp.approvedAt)}</time>
                </span>
              </>
            ) : null}
            {followUp.state === "approved" ? null : (
              <>
                {" "}
                <strong class="unapproved">{t(`publishing.preview.state.${followUp.state}`)}</strong>
              </>
            )}
          </p>
          {followUp.narrative ? <LocalParagraphs ctx={ctx} text={followUp.narrative} class="result" /> : null}
        </>
      ) : (
        <p>
          <span class="status status-none">{t("promise.noFollowUp")}</span>
        </p>
      )}
      {c.targets.length > 0 ? (
        <ul aria-label={t("promise.targets")}>
          {c.targets.map((target) => (
            <li>
              {target.targetValue === null
                ? t("promise.measureLine", {
                    description: pickText(target.description, ctx.locale).text,
                    unit: target.unit,
                    measured: target.measured
                      ? `${target.measured.value} ${target.unit}`
                      : t("promise.targetNoValue"),
                  })
                : t("promise.targetLine", {
                    description: pickText(target.description, ctx.locale).text,
                    direction: t(`direction.${target.direction}`),
                    target: target.targetValue,
                    unit: target.unit,
                    measured: target.measured
                      ? `${target.measured.value} ${target.unit}`
                      : t("promise.targetNoValue"),
                  })}{" "}
              {target.attainment
                ? target.attainment.met
                  ? t("promise.targetMet")
                  : t("promise.targetNotMet")
                : null}
            </li>
          ))}
        </ul>
      ) : null}
      {c.units.length > 0 ? (
        <p class="meta">
          {t("promise.responsibleUnits")}: {c.units.map((u) => u.name).join(", ")}
        </p>
      ) : null}
      {c.contributors.length > 0 ? (
        <p class="meta">
          {t("promise.contributors")}: {c.contributors.map((p) => p.name).join(", ")}
        </p>
      ) : null}
      {props.reasons ? <PublicPointReasonsView ctx={ctx} number={c.number} reasons={props.reasons} /> : null}
      {c.carryOver?.decision === "carry" ? <p class="meta">{t("promise.carriedOver")}</p> : null}
      {c.carriedFrom ? (
        <p class="meta">
          <a href={localHref(ctx, `/loften/${c.carriedFrom.promiseRef}#point-${c.carriedFrom.number}`)}>
            {t("promise.carriedFrom", { ref: c.carriedFrom.promiseRef, number: c.carriedFrom.number })}
          </a>
        </p>
      ) : null}
      {c.carriedTo.map((link) => (
        <p class="meta">
          <a href={localHref(ctx, `/loften/${link.promiseRef}#point-${link.number}`)}>
            {t("promise.carriedTo", { ref: link.promiseRef, number: link.number })}
          </a>
        </p>
      ))}
    </li>
  );
}
