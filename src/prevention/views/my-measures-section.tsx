import { periodName } from "../../periods/calendar.js";
import { CsrfField } from "../../platform/web/forms.js";
import type { PageContext } from "../../platform/web/layout.js";
import { formatDate } from "../../workspace/views/format.js";
import type { MyMeasure } from "../my-measures.js";
import { MEASURE_STATUSES } from "../prevention.types.js";

/** A report that was refused: which measure and period, why, and what was typed. */
export interface MeasureReportFailure {
  measureId: string;
  period: string;
  /** The reason above the form (a closed period, a conflict), if not a field's. */
  message: string | null;
  fields: { status?: string; narrative?: string };
  values: { status: string; narrative: string };
}

/** Where an owner's report on a measure is posted (the workspace's Att rapportera). */
export const measureReportPath = (slug: string, measureId: string) =>
  `/arbete/${slug}/atgarder/${measureId}/uppfoljning`;

/** The measures section of "Att rapportera" (nothing when the viewer owns no measure to report on). */
export function MyMeasuresSection(props: {
  ctx: PageContext;
  slug: string;
  measures: MyMeasure[];
  failure?: MeasureReportFailure | null;
}) {
  const { ctx, measures } = props;
  const { t } = ctx;
  // A refusal whose measure and period are no longer listed (a closed period, reported meanwhile).
  const orphan =
    props.failure?.message &&
    !measures.some((m) => m.measureId === props.failure?.measureId && m.period === props.failure.period)
      ? props.failure.message
      : null;
  if (measures.length === 0 && !orphan) return null;
  return (
    <section aria-labelledby="group-measures">
      <h2 id="group-measures">{t("prevention.todo.title", { count: measures.length })}</h2>
      {orphan ? (
        <p class="error-summary" role="alert">
          {orphan}
        </p>
      ) : null}
      <p>{t("prevention.todo.intro")}</p>
      <ul class="points">
        {measures.map((m) => {
          const failure =
            props.failure?.measureId === m.measureId && props.failure.period === m.period
              ? props.failure
              : null;
          return (
            <li class="point">
              <p class="point-number">
                <a href={`/arbete/${props.slug}/lagesbild/${m.year}#measure-${m.measureId}`}>
                  {t("prevention.todo.item", { title: m.title, year: m.year })}
                </a>
              </p>
              <p class="meta">
                {t("prevention.todo.meta", {
                  period: periodName(m.period, ctx.locale),
                  deadline: formatDate(ctx.locale, m.deadline),
                  party: m.responsiblePartyName,
                })}
                {m.overdue ? ` · ${t("prevention.todo.overdue")}` : ""}
              </p>
              {m.description ? <p class="point-text">{m.description}</p> : null}
              <ReportForm ctx={ctx} slug={props.slug} measure={m} failure={failure} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function ReportForm(props: {
  ctx: PageContext;
  slug: string;
  measure: MyMeasure;
  failure: MeasureReportFailure | null;
}) {
  const { ctx, measure: m, failure } = props;
  const { t } = ctx;
  const id = `r-${m.measureId}-${m.period}`;
  const statusError = failure?.fields.status;
  const narrativeError = failure?.fields.narrative;
  return (
    <form method="post" action={measureReportPath(props.slug, m.measureId)}>
      <CsrfField ctx={ctx} />
      <input type="hidden" name="period" value={m.period} />
      <input type="hidden" name="version" value="0" />
      {failure?.message ? (
        <p class="error-summary" role="alert" id={`${id}-error`}>
          {failure.message}
        </p>
      ) : null}
      <label for={`${id}-status`}>
        {t("prevention.todo.status", { period: periodName(m.period, ctx.locale) })}
      </label>
      {statusError ? (
        <p class="field-error" id={`${id}-status-error`}>
          {statusError}
        </p>
      ) : null}
      <select
        id={`${id}-status`}
        name="status"
        aria-describedby={statusError ? `${id}-status-error` : undefined}
        aria-invalid={statusError ? "true" : undefined}
      >
        <option value="" selected={!failure?.values.status}>
          {t("prevention.todo.chooseStatus")}
        </option>
        {MEASURE_STATUSES.map((s) => (
          <option value={s} selected={failure?.values.status === s}>
            {t(`followUpStatus.${s}`)}
          </option>
        ))}
      </select>
      <label for={`${id}-narrative`}>{t("prevention.todo.narrative")}</label>
      {narrativeError ? (
        <p class="field-error" id={`${id}-narrative-error`}>
          {narrativeError}
        </p>
      ) : null}
      <textarea
        id={`${id}-narrative`}
        name="narrative"
        rows={3}
        aria-describedby={narrativeError ? `${id}-narrative-error` : undefined}
        aria-invalid={narrativeError ? "true" : undefined}
      >
        {failure?.values.narrative ?? ""}
      </textarea>
      <p>
        <button type="submit">{t("prevention.todo.save")}</button>
      </p>
    </form>
  );
}
