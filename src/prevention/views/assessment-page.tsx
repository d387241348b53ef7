import { periodName } from "../../periods/calendar.js";
import type { LocalizedText } from "../../platform/i18n/localized-text.js";
import { pickText } from "../../platform/i18n/localized-text.js";
import { CsrfField } from "../../platform/web/forms.js";
import type { PageContext } from "../../platform/web/layout.js";
import { type NavItem, WorkspaceLayout } from "../../platform/web/workspace-layout.js";
import {
  type Assessment,
  MEASURE_STATUSES,
  type Measure,
  PROBLEM_CATEGORIES,
  type Problem,
} from "../prevention.types.js";

export interface AssessmentPageModel {
  slug: string;
  partnershipName: string;
  nav: NavItem[];
  assessment: Assessment;
  years: number[];
  canEdit: boolean;
  choices: {
    areas: { id: string; name: string }[];
    parties: { id: string; name: string }[];
    points: { id: string; number: number; text: LocalizedText; promiseRef: string }[];
  };
  /** Open reporting periods (codes) for a measure's follow-up. */
  periods: string[];
  done?: string | null;
  error?: { message: string; issues: string[] } | null;
}

const figuresText = (p: Problem) => p.policeFigures.map((f) => `${f.label}: ${f.value}`).join("\n");

/** The year's lägesbild and åtgärdsplan: problems, measures, their links, flags and documents. */
export function AssessmentPage(props: { ctx: PageContext; model: AssessmentPageModel }) {
  const { ctx, model } = props;
  const { t } = ctx;
  const a = model.assessment;
  const base = `/arbete/${model.slug}/lagesbild/${a.year}`;
  const title = t("prevention.title", { year: a.year });
  const problemsWithout = a.problems.filter((p) => a.flags.problemsWithoutMeasure.includes(p.id));
  const measuresWithout = a.measures.filter((m) => a.flags.measuresWithoutProblem.includes(m.id));
  return (
    <WorkspaceLayout ctx={ctx} title={title} partnershipName={model.partnershipName} nav={model.nav}>
      <h1>{title}</h1>
      <p>{t("prevention.intro")}</p>
      {model.done ? (
        <p class="success" role="status">
          {t("prevention.done")}
        </p>
      ) : null}
      {model.error ? (
        <div class="error-summary" role="alert">
          <p>{model.error.message}</p>
          {model.error.issues.length > 0 ? (
            <ul>
              {model.error.issues.map((issue) => (
                <li>{issue}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <nav aria-label={t("prevention.years")}>
        <p>
          {t("prevention.years")}:{" "}
          {[...new Set([...model.years, a.year])]
            .sort((x, y) => y - x)
            .map((year, i) => (
              <>
                {i > 0 ? ", " : ""}
                {year === a.year ? (
                  <strong aria-current="page">{year}</strong>
                ) : (
                  <a href={`/arbete/${model.slug}/lagesbild/${year}`}>{year}</a>
                )}
              </>
            ))}
        </p>
      </nav>

      <section aria-labelledby="flags">
        <h2 id="flags">{t("prevention.flags")}</h2>
        {problemsWithout.length === 0 && measuresWithout.length === 0 ? (
          <p>{t("prevention.flags.none")}</p>
        ) : (
          <ul class="flags">
            {problemsWithout.map((p) => (
              <li>{t("prevention.flags.problemWithoutMeasure", { title: p.title })}</li>
            ))}
            {measuresWithout.map((m) => (
              <li>{t("prevention.flags.measureWithoutProblem", { title: m.title })}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="documents">
        <h2 id="documents">{t("prevention.documents")}</h2>
        <ul>
          {(["lagesbild", "atgardsplan"] as const).map((doc) => (
            <li>
              {t(`prevention.document.${doc}`)}:{" "}
              {(["html", "docx", "pdf"] as const).map((format, i) => (
                <>
                  {i > 0 ? " · " : ""}
                  <a href={`${base}/${doc}/${format}`}>{format.toUpperCase()}</a>
                </>
              ))}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="summary">
        <h2 id="summary">{t("prevention.summary")}</h2>
        {model.canEdit ? (
          <form method="post" action={`${base}/texter`}>
            <CsrfField ctx={ctx} />
            <input type="hidden" name="version" value={String(a.version)} />
            <label for="summary-text">{t("prevention.summary.lagesbild")}</label>
            <textarea id="summary-text" name="summary" rows={6}>
              {a.summary}
            </textarea>
            <label for="plan-text">{t("prevention.summary.plan")}</label>
            <textarea id="plan-text" name="planSummary" rows={4}>
              {a.planSummary}
            </textarea>
            <p>
              <button type="submit">{t("prevention.save")}</button>
            </p>
          </form>
        ) : (
          <p>{a.summary || t("prevention.summary.empty")}</p>
        )}
      </section>

      <section aria-labelledby="problems">
        <h2 id="problems">{t("prevention.problems")}</h2>
        {a.problems.length === 0 ? <p>{t("prevention.problems.none")}</p> : null}
        {a.problems.map((p, index) => (
          <article class="card" aria-labelledby={`problem-${p.id}`}>
            <h3 id={`problem-${p.id}`}>
              {index + 1}. {p.title}
            </h3>
            <p>
              {t(`prevention.category.${p.category}`)}
              {p.areaName ? ` · ${p.areaName}` : ""}
              {" · "}
              {p.measureIds.length === 0
                ? t("prevention.problem.noMeasure")
                : t("prevention.problem.measures", { count: p.measureIds.length })}
            </p>
            {p.analysis ? <p>{p.analysis}</p> : null}
            {p.policeFigures.length > 0 ? (
              <div class="table-scroll" role="region" aria-label={t("prevention.figures")} tabindex={0}>
                <table>
                  <caption>{t("prevention.figures")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("prevention.figure.label")}</th>
                      <th scope="col">{t("prevention.figure.value")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.policeFigures.map((f) => (
                      <tr>
                        <td>{f.label}</td>
                        <td>{String(f.value)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
            {model.canEdit ? (
              <details>
                <summary>{t("prevention.problem.edit", { title: p.title })}</summary>
                <ProblemForm
                  ctx={ctx}
                  model={model}
                  action={`${base}/problem/${p.id}`}
                  problem={p}
                  prefix={`p-${p.id}`}
                />
                <form method="post" action={`${base}/problem/${p.id}/ta-bort`}>
                  <CsrfField ctx={ctx} />
                  <input type="hidden" name="version" value={String(p.version)} />
                  <button type="submit" class="secondary">
                    {t("prevention.problem.remove", { title: p.title })}
                  </button>
                </form>
              </details>
            ) : null}
          </article>
        ))}
        {model.canEdit ? (
          <>
            <h3 id="new-problem">{t("prevention.problem.add")}</h3>
            <ProblemForm ctx={ctx} model={model} action={`${base}/problem`} prefix="new-problem" />
          </>
        ) : null}
      </section>

      <section aria-labelledby="measures">
        <h2 id="measures">{t("prevention.measures")}</h2>
        {a.measures.length === 0 ? <p>{t("prevention.measures.none")}</p> : null}
        {a.measures.map((m, index) => (
          <article class="card" aria-labelledby={`measure-${m.id}`}>
            <h3 id={`measure-${m.id}`}>
              {index + 1}. {m.title}
            </h3>
            {m.description ? <p>{m.description}</p> : null}
            <ul>
              <li>
                {t("prevention.measure.responsible")}: {m.responsiblePartyName ?? t("prevention.notGiven")}
              </li>
              <li>
                {t("prevention.measure.due")}: {m.dueOn ?? t("prevention.notGiven")}
              </li>
              <li>
                {t("prevention.measure.answers")}:{" "}
                {m.problemIds.length === 0
                  ? t("prevention.measure.noProblem")
                  : a.problems
                      .filter((p) => m.problemIds.includes(p.id))
                      .map((p) => p.title)
                      .join("; ")}
              </li>
              {m.commitments.length > 0 ? (
                <li>
                  {t("prevention.measure.points")}: {m.commitments.map((c) => c.label).join("; ")}
                </li>
              ) : null}
              <li>
                {t("prevention.measure.latest")}:{" "}
                {m.latest
                  ? `${periodName(m.latest.period, ctx.locale)}: ${t(`followUpStatus.${m.latest.status}`)}${
                      m.latest.source === "point" ? ` (${t("prevention.measure.viaPoint")})` : ""
                    }`
                  : t("prevention.measure.notFollowedUp")}
              </li>
            </ul>
            {model.canEdit ? (
              <>
                <details>
                  <summary>{t("prevention.measure.edit", { title: m.title })}</summary>
                  <MeasureForm
                    ctx={ctx}
                    model={model}
                    action={`${base}/atgarder/${m.id}`}
                    measure={m}
                    prefix={`m-${m.id}`}
                  />
                </details>
                {model.periods.length > 0 && m.commitments.length === 0 ? (
                  <details>
                    <summary>{t("prevention.measure.followUp", { title: m.title })}</summary>
                    <FollowUpForm
                      ctx={ctx}
                      model={model}
                      action={`${base}/atgarder/${m.id}/uppfoljning`}
                      measure={m}
                    />
                  </details>
                ) : null}
              </>
            ) : null}
          </article>
        ))}
        {model.canEdit ? (
          <>
            <h3 id="new-measure">{t("prevention.measure.add")}</h3>
            <MeasureForm ctx={ctx} model={model} action={`${base}/atgarder`} prefix="new-measure" />
          </>
        ) : null}
      </section>
    </WorkspaceLayout>
  );
}

function ProblemForm(props: {
  ctx: PageContext;
  model: AssessmentPageModel;
  action: string;
  problem?: Problem;
  prefix: string;
}) {
  const { ctx, model, problem: p, prefix } = props;
  const { t } = ctx;
  return (
    <form method="post" action={props.action}>
      <CsrfField ctx={ctx} />
      {p ? <input type="hidden" name="version" value={String(p.version)} /> : null}
      <label for={`${prefix}-title`}>{t("prevention.problem.title")}</label>
      <input id={`${prefix}-title`} name="title" required maxlength={200} value={p?.title ?? ""} />
      <label for={`${prefix}-category`}>{t("prevention.problem.category")}</label>
      <select id={`${prefix}-category`} name="category">
        {PROBLEM_CATEGORIES.map((c) => (
          <option value={c} selected={p?.category === c}>
            {t(`prevention.category.${c}`)}
          </option>
        ))}
      </select>
      <label for={`${prefix}-area`}>{t("prevention.problem.area")}</label>
      <select id={`${prefix}-area`} name="areaId">
        <option value="">{t("prevention.problem.wholeMunicipality")}</option>
        {model.choices.areas.map((area) => (
          <option value={area.id} selected={p?.areaId === area.id}>
            {area.name}
          </option>
        ))}
      </select>
      <label for={`${prefix}-analysis`}>{t("prevention.problem.analysis")}</label>
      <textarea id={`${prefix}-analysis`} name="analysis" rows={5}>
        {p?.analysis ?? ""}
      </textarea>
      <label for={`${prefix}-evidence`}>{t("prevention.problem.evidence")}</label>
      <textarea id={`${prefix}-evidence`} name="evidence" rows={3}>
        {p?.evidence ?? ""}
      </textarea>
      <label for={`${prefix}-figures`}>{t("prevention.problem.figures")}</label>
      <p class="hint" id={`${prefix}-figures-hint`}>
        {t("prevention.problem.figuresHint")}
      </p>
      <textarea
        id={`${prefix}-figures`}
        name="policeFigures"
        rows={3}
        aria-describedby={`${prefix}-figures-hint`}
      >
        {p ? figuresText(p) : ""}
      </textarea>
      <p>
        <button type="submit">{p ? t("prevention.save") : t("prevention.problem.add")}</button>
      </p>
    </form>
  );
}

function MeasureForm(props: {
  ctx: PageContext;
  model: AssessmentPageModel;
  action: string;
  measure?: Measure;
  prefix: string;
}) {
  const { ctx, model, measure: m, prefix } = props;
  const { t } = ctx;
  const a = model.assessment;
  const linked = new Set(m?.commitments.map((c) => c.id) ?? []);
  return (
    <form method="post" action={props.action}>
      <CsrfField ctx={ctx} />
      {m ? <input type="hidden" name="version" value={String(m.version)} /> : null}
      <label for={`${prefix}-title`}>{t("prevention.measure.title")}</label>
      <input id={`${prefix}-title`} name="title" required maxlength={200} value={m?.title ?? ""} />
      <label for={`${prefix}-description`}>{t("prevention.measure.description")}</label>
      <textarea id={`${prefix}-description`} name="description" rows={3}>
        {m?.description ?? ""}
      </textarea>
      <label for={`${prefix}-party`}>{t("prevention.measure.responsible")}</label>
      <select id={`${prefix}-party`} name="responsiblePartyId">
        <option value="">{t("prevention.notGiven")}</option>
        {model.choices.parties.map((party) => (
          <option value={party.id} selected={m?.responsiblePartyId === party.id}>
            {party.name}
          </option>
        ))}
      </select>
      <label for={`${prefix}-due`}>{t("prevention.measure.due")}</label>
      <input id={`${prefix}-due`} name="dueOn" type="date" value={m?.dueOn ?? ""} />
      <fieldset>
        <legend>{t("prevention.measure.answers")}</legend>
        {a.problems.length === 0 ? <p>{t("prevention.problems.none")}</p> : null}
        {a.problems.map((p) => (
          <p>
            <input
              type="checkbox"
              id={`${prefix}-problem-${p.id}`}
              name="problemIds"
              value={p.id}
              checked={m?.problemIds.includes(p.id) ?? false}
            />
            <label for={`${prefix}-problem-${p.id}`}>{p.title}</label>
          </p>
        ))}
      </fieldset>
      {model.choices.points.length > 0 ? (
        <fieldset>
          <legend>{t("prevention.measure.points")}</legend>
          {model.choices.points.map((point) => (
            <p>
              <input
                type="checkbox"
                id={`${prefix}-point-${point.id}`}
                name="commitmentIds"
                value={point.id}
                checked={linked.has(point.id)}
              />
              <label for={`${prefix}-point-${point.id}`}>
                {point.promiseRef} {t("prevention.point", { number: point.number })}:{" "}
                {pickText(point.text, ctx.locale).text}
              </label>
            </p>
          ))}
        </fieldset>
      ) : null}
      <p>
        <button type="submit">{m ? t("prevention.save") : t("prevention.measure.add")}</button>
      </p>
    </form>
  );
}

function FollowUpForm(props: {
  ctx: PageContext;
  model: AssessmentPageModel;
  action: string;
  measure: Measure;
}) {
  const { ctx, model, measure: m } = props;
  const { t } = ctx;
  const prefix = `f-${m.id}`;
  const latestOwn = m.followUps.at(-1);
  return (
    <form method="post" action={props.action}>
      <CsrfField ctx={ctx} />
      <label for={`${prefix}-period`}>{t("prevention.followUp.period")}</label>
      <select id={`${prefix}-period`} name="period">
        {model.periods.map((code) => (
          <option value={code} selected={latestOwn?.period === code}>
            {periodName(code, ctx.locale)}
          </option>
        ))}
      </select>
      <input type="hidden" name="version" value={String(latestOwn?.version ?? 0)} />
      {latestOwn ? <input type="hidden" name="readPeriod" value={latestOwn.period} /> : null}
      <label for={`${prefix}-status`}>{t("prevention.followUp.status")}</label>
      <select id={`${prefix}-status`} name="status">
        {MEASURE_STATUSES.map((s) => (
          <option value={s} selected={latestOwn?.status === s}>
            {t(`followUpStatus.${s}`)}
          </option>
        ))}
      </select>
      <label for={`${prefix}-narrative`}>{t("prevention.followUp.narrative")}</label>
      <textarea id={`${prefix}-narrative`} name="narrative" rows={3}>
        {latestOwn?.narrative ?? ""}
      </textarea>
      <p>
        <button type="submit">{t("prevention.followUp.save")}</button>
      </p>
    </form>
  );
}
