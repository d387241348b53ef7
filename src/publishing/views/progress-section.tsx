import { ProgressByPartyTable, ProgressRuleSteps } from "../../followups/views/progress-parts.js";
import { periodName } from "../../periods/calendar.js";
import type { PageContext } from "../../platform/web/layout.js";
import type { PromiseDetail } from "../../promises/promises.types.js";

/** Progress in words first (the bar is decoration), per party, and the rule so anyone can recompute it. */
export function ProgressSection(props: { ctx: PageContext; promise: PromiseDetail }) {
  const { ctx, promise } = props;
  const { t } = ctx;
  const { overall, byParty, period } = promise.progress;
  return (
    <section aria-labelledby="progress">
      <h2 id="progress">{t("promise.progressTitle")}</h2>
      {overall.percent === null ? (
        <p>{t("promise.progressNone")}</p>
      ) : (
        <>
          <p>
            <strong>
              {t("promise.progressSummary", {
                percent: overall.percent,
                period: period ? periodName(period, ctx.locale) : "",
              })}
            </strong>{" "}
            {t("promise.progressBasis", { counted: overall.counted, total: overall.total })}
          </p>
          <svg
            class="bar"
            aria-hidden="true"
            focusable="false"
            viewBox="0 0 100 4"
            preserveAspectRatio="none"
          >
            <rect width={overall.percent} height="4" />
          </svg>
          <ProgressByPartyTable t={t} byParty={byParty} />
        </>
      )}
      <details>
        <summary>{t("progressRule.title")}</summary>
        <ProgressRuleSteps t={t} />
      </details>
    </section>
  );
}
