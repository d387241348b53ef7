import type { PeriodOverview } from "../../followups/get-period-overview.js";
import { periodName } from "../../periods/calendar.js";
import { CsrfField } from "../../platform/web/forms.js";
import type { PageContext } from "../../platform/web/layout.js";
import { type NavItem, WorkspaceLayout } from "../../platform/web/workspace-layout.js";
import { formatDate, formatDateTime } from "./format.js";
import { LocalText } from "./local-text.js";

export type PeriodDone = "approved" | "returned" | "closed" | "reopened" | "scheduled";

export interface PeriodPageModel {
  slug: string;
  partnershipName: string;
  nav: NavItem[];
  overview: PeriodOverview;
  /** The partnership's reminder days (what an empty field on the schedule form means). */
  defaultReminderDays: number;
  done?: PeriodDone;
  /** A refusal message (e.g. a return without a comment), with what the user chose and typed. */
  error?: string;
  selected?: string[];
  comment?: string;
  /** The confirmation step of a close: what is not reported or not approved, and a confirm button. */
  confirmClose?: boolean;
}

/** The coordinator's period overview: every point, who reported and when; review, close, reopen. */
export function PeriodPage(props: { ctx: PageContext; model: PeriodPageModel }) {
  const { ctx, model } = props;
  const { t } = ctx;
  const { overview } = model;
  const { period } = overview;
  const base = `/arbete/${model.slug}/perioder/${period.code}`;
  const closed = period.closedAt !== null;
  const reviewable = overview.canReview && !closed;
  const name = periodName(period.code, ctx.locale);
  const title = t("workspace.period.title", { period: name });
  return (
    <WorkspaceLayout ctx={ctx} title={title} partnershipName={model.partnershipName} nav={model.nav}>
      <h1>{title}</h1>
      {overview.demoPromiseRefs.map((ref) => (
        <p class="notice">{t("workspace.demoNotice", { ref })}</p>
      ))}
      {model.done ? (
        <p class="success" role="status">
          {t(`workspace.period.done.${model.done}`)}
        </p>
      ) : null}
      {model.error ? (
        <div class="error-summary" role="alert">
          <p>{model.error}</p>
        </div>
      ) : null}
      {model.confirmClose && !closed ? <CloseConfirmation ctx={ctx} model={model} base={base} /> : null}
      <p>
        {t("workspace.period.deadline", { date: formatDate(ctx.locale, period.deadline) })}{" "}
        {closed
          ? t("workspace.period.closedAt", { date: formatDateTime(ctx.locale, period.closedAt ?? "") })
          : t("workspace.period.open")}
      </p>
      <nav class="periods" aria-label={t("workspace.period.list")}>
        <ul>
          {overview.periods.map((code) => (
            <li>
              <a
                href={`/arbete/${model.slug}/perioder/${code}`}
                aria-current={code === period.code ? "page" : undefined}
              >
                {periodName(code, ctx.locale)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <form method="post" action={`${base}/granska`}>
        <CsrfField ctx={ctx} />
        <table>
          <caption>{t("workspace.period.table", { period: name })}</caption>
          <thead>
            <tr>
              {reviewable ? <th scope="col">{t("workspace.period.select")}</th> : null}
              <th scope="col">{t("workspace.period.point")}</th>
              <th scope="col">{t("workspace.period.parties")}</th>
              <th scope="col">{t("workspace.period.state")}</th>
              <th scope="col">{t("workspace.period.reportedBy")}</th>
              <th scope="col">{t("workspace.period.when")}</th>
            </tr>
          </thead>
          <tbody>
            {overview.rows.map((row) => (
              <tr>
                {reviewable ? (
                  <td>
                    {row.state === "submitted" && row.followUpId ? (
                      <input
                        type="checkbox"
                        name="followUpIds"
                        value={row.followUpId}
                        id={`select-${row.followUpId}`}
                        aria-label={t("workspace.period.selectPoint", {
                          number: `${row.promiseRef} ${row.number}`,
                        })}
                        checked={model.selected?.includes(row.followUpId)}
                      />
                    ) : null}
                  </td>
                ) : null}
                <th scope="row">
                  <a href={`/arbete/${model.slug}/punkter/${row.commitmentId}/${period.code}`}>
                    {row.promiseRef} · {row.number}
                  </a>
                  <span class="meta">
                    {" "}
                    <LocalText ctx={ctx} text={row.text} />
                  </span>
                </th>
                <td>{row.parties.join(", ")}</td>
                <td>{t(`workspace.state.${row.state}`)}</td>
                <td>{row.authorName ?? t("workspace.period.none")}</td>
                <td>
                  {row.submittedAt ? formatDateTime(ctx.locale, row.submittedAt) : t("workspace.period.none")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {reviewable ? (
          <fieldset>
            <legend>{t("workspace.period.review")}</legend>
            <p>
              <button type="submit" name="intent" value="approve">
                {t("workspace.period.approve")}
              </button>
            </p>
            <label for="comment">{t("workspace.period.returnComment")}</label>
            <textarea id="comment" name="comment">
              {model.comment ?? ""}
            </textarea>
            <p>
              <button type="submit" name="intent" value="return" class="secondary">
                {t("workspace.period.return")}
              </button>
            </p>
          </fieldset>
        ) : null}
      </form>
      <section aria-labelledby="reminders-sent">
        <h2 id="reminders-sent">{t("workspace.period.reminders")}</h2>
        {overview.remindersSent.length === 0 ? (
          <p>{t("workspace.period.remindersNone")}</p>
        ) : (
          <ul>
            {overview.remindersSent.map((r) => (
              <li>
                {t("workspace.period.reminderLine", {
                  day: r.dueOn,
                  kind: t(reminderKindKey(r.kind)),
                  count: r.recipients.length,
                  recipients: r.recipients.join(", "),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
      {overview.canManagePeriods && !closed ? (
        <form method="post" action={`${base}/tidsfrist`}>
          <CsrfField ctx={ctx} />
          <h2>{t("periods.schedule.title")}</h2>
          <label for="schedule-deadline">{t("periods.schedule.deadline")}</label>
          <input
            id="schedule-deadline"
            name="deadline"
            type="date"
            required
            min={period.endsOn}
            value={period.deadline}
          />
          <label for="schedule-reminder">
            {t("periods.schedule.reminder", { days: model.defaultReminderDays })}
          </label>
          <input
            id="schedule-reminder"
            name="reminderDaysBefore"
            inputmode="numeric"
            value={period.reminderDaysBefore === null ? "" : String(period.reminderDaysBefore)}
          />
          <p>
            <button type="submit">{t("periods.schedule.save")}</button>
          </p>
        </form>
      ) : null}
      {overview.canManagePeriods && !closed && !model.confirmClose ? (
        <form method="get" action={`${base}/stang`}>
          <h2>{t("workspace.period.close")}</h2>
          <p class="hint">{t("workspace.period.closeHint")}</p>
          <button type="submit">{t("workspace.period.close")}</button>
        </form>
      ) : null}
      {overview.canManagePeriods && closed ? (
        <form method="post" action={`${base}/oppna`}>
          <CsrfField ctx={ctx} />
          <h2>{t("workspace.period.reopen")}</h2>
          <label for="reason">{t("workspace.period.reopenReason")}</label>
          <textarea id="reason" name="reason" />
          <p>
            <button type="submit">{t("workspace.period.reopen")}</button>
          </p>
        </form>
      ) : null}
      {overview.history.length > 0 ? (
        <section aria-labelledby="period-history">
          <h2 id="period-history">{t("workspace.period.history")}</h2>
          <ul>
            {overview.history.map((e) => (
              <li>
                {t(
                  e.action === "closed"
                    ? "workspace.period.historyClosed"
                    : "workspace.period.historyReopened",
                  {
                    who: e.who,
                    when: formatDateTime(ctx.locale, e.at),
                  },
                )}
                {e.reason ? ` ${t("workspace.period.historyReason", { reason: e.reason })}` : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {[...new Set(overview.rows.map((r) => r.promiseRef))].map((ref) => (
        <p>
          <a href={`/arbete/${model.slug}/loften/${ref}/framsteg`}>
            {t("workspace.progress.link")}: {ref}
          </a>
        </p>
      ))}
    </WorkspaceLayout>
  );
}

function reminderKindKey(kind: string) {
  switch (kind) {
    case "before_deadline":
      return "reminders.kind.before_deadline" as const;
    case "overdue":
      return "reminders.kind.overdue" as const;
    case "coordinator_overdue":
      return "reminders.kind.coordinator_overdue" as const;
    default:
      return "reminders.kind.other" as const;
  }
}

/** The close's confirmation step: what is not reported or not approved yet, then confirm or go back. */
function CloseConfirmation(props: { ctx: PageContext; model: PeriodPageModel; base: string }) {
  const { ctx, model, base } = props;
  const { t } = ctx;
  const unfinished = model.overview.rows.filter((r) => r.state !== "approved");
  return (
    <section class="notice" aria-labelledby="close-confirm">
      <h2 id="close-confirm">
        {t("workspace.period.confirmTitle", { period: periodName(model.overview.period.code, ctx.locale) })}
      </h2>
      {unfinished.length === 0 ? (
        <p>{t("workspace.period.confirmAllDone")}</p>
      ) : (
        <>
          <p>{t("workspace.period.confirmUnfinished", { count: unfinished.length })}</p>
          <ul>
            {unfinished.map((r) => (
              <li>
                {r.promiseRef} · {r.number}: {t(`workspace.state.${r.state}`)}
              </li>
            ))}
          </ul>
        </>
      )}
      <form method="post" action={`${base}/stang`}>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit">{t("workspace.period.confirmClose")}</button>{" "}
        <a href={base}>{t("workspace.period.confirmCancel")}</a>
      </form>
    </section>
  );
}
