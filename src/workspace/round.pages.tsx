import type { Context } from "hono";
import { Hono } from "hono";
import { z } from "zod";
import { checkPeriodClosable, closePeriod, reopenPeriod } from "../followups/close-period.js";
import { getCurrentPeriod } from "../followups/get-current-period.js";
import { getFollowUpForm } from "../followups/get-follow-up-form.js";
import { getPeriodOverview } from "../followups/get-period-overview.js";
import { getPointHistory } from "../followups/get-point-history.js";
import { getWorkspaceProgress } from "../followups/get-workspace-progress.js";
import { listMyPoints } from "../followups/list-my-points.js";
import { approveFollowUps, returnFollowUps } from "../followups/review-follow-ups.js";
import {
  type FollowUpConflict,
  ReopenPeriodSchema,
  ReturnFollowUpsSchema,
} from "../followups/round.types.js";
import { getRoundSettings, saveRoundSettings } from "../followups/round-settings.js";
import { saveFollowUp } from "../followups/save-follow-up.js";
import { systemClock } from "../platform/clock.js";
import { isAppError } from "../platform/errors.js";
import type { AppEnv } from "../platform/http/env.js";
import { describeError } from "../platform/http/errors.js";
import { type FormIssue, formError, parseForm, readForm, readFormAs } from "../platform/http/form.js";
import { parseInput } from "../platform/http/parse.js";
import { IdSchema, PeriodCodeSchema, RefSchema } from "../platform/http/schemas.js";
import { pickText } from "../platform/i18n/localized-text.js";
import { listMyMeasures } from "../prevention/my-measures.js";
import { recordMeasureFollowUp } from "../prevention/prevention.js";
import { MeasureReportSchema } from "../prevention/prevention.types.js";
import { type MeasureReportFailure, MyMeasuresSection } from "../prevention/views/my-measures-section.js";
import { listMyFindings } from "../walks/my-findings.js";
import { MyFindingsSection } from "../walks/views/walk-views.js";
import { type FollowUpForm, fieldErrors, readFollowUpForm } from "./follow-up-form.js";
import { type FollowUpFormModel, FollowUpFormPage } from "./views/follow-up-form-page.js";
import { todayInSweden } from "./views/format.js";
import { HistoryPage } from "./views/history-page.js";
import { type PeriodDone, PeriodPage } from "./views/period-page.js";
import { ProgressPage } from "./views/progress-page.js";
import { RoundSettingsPage } from "./views/round-settings-page.js";
import { TodoPage } from "./views/todo-page.js";
import { requireWorkspace, type Workspace } from "./workspace-context.js";

type C = Context<AppEnv>;
const commitmentParam = (c: C) =>
  parseInput(IdSchema, c.req.param("commitmentId"), { code: "invalid_id", param: "commitmentId" });
const periodParam = (c: C) =>
  parseInput(PeriodCodeSchema, c.req.param("period"), { code: "bad_request", param: "period" });
const frame = (ws: Workspace) => ({ partnershipName: ws.partnership.name, nav: ws.nav });
const DONE_FORM = new Set(["saved", "submitted"]);
const DONE_PERIOD = new Set(["approved", "returned", "closed", "reopened", "scheduled"]);

/** The period page's review form: the API's return body (checkboxes and comment) and the button pressed. */
const ReviewFormSchema = ReturnFollowUpsSchema.extend({
  intent: z.enum(["approve", "return"]).default("approve"),
});

/** The settings form of the round (four eyes). */
const RoundSettingsFormSchema = z.object({
  fourEyes: z.enum(["true", "false"]),
  version: z.coerce.number().int().min(1),
});

/** The close form: `confirm=yes` from the confirmation step closes; anything else shows that step. */
const ClosePeriodFormSchema = z.object({ confirm: z.string().max(10).optional() });

/** Refusals the period page shows above the table instead of an error page. */
const SHOWN_ON_PERIOD = ["invalid_body", "transition_refused", "conflict"];

/** Refusals of an owner's report on a measure that Att rapportera shows next to its form. */
const SHOWN_ON_TODO = ["invalid_body", "transition_refused", "conflict"];

/**
 * "Att rapportera": the viewer's points, then the other modules' sections (the measures of the
 * åtgärdsplan they own, the findings of safety walks), with a refused measure report's reason.
 */
async function renderTodo(
  c: C,
  ws: Workspace,
  failure?: MeasureReportFailure,
  status: 200 | 400 | 409 = 200,
) {
  const todo = await listMyPoints({
    db: c.get("db"),
    viewer: ws.principal,
    partnershipId: ws.partnership.id,
    today: todayInSweden(),
  });
  const own = { db: c.get("db"), viewer: ws.principal, partnershipId: ws.partnership.id, today: todo.today };
  const [measures, findings] = await Promise.all([listMyMeasures(own), listMyFindings(own)]);
  return c.html(
    <TodoPage ctx={ws.ctx} slug={ws.partnership.slug} {...frame(ws)} todo={todo}>
      {c.req.query("klart") === "atgard" ? (
        <p class="success" role="status">
          {ws.ctx.t("prevention.todo.saved")}
        </p>
      ) : null}
      <MyMeasuresSection
        ctx={ws.ctx}
        slug={ws.partnership.slug}
        measures={measures}
        failure={failure ?? null}
      />
      <MyFindingsSection ctx={ws.ctx} slug={ws.partnership.slug} findings={findings} />
    </TodoPage>,
    status,
  );
}

/** Pages of the follow-up round under /arbete/:partnership (server-rendered, keyboard only). */
export const roundPages = new Hono<AppEnv>()
  .get("/arbete/:partnership", async (c) => renderTodo(c, await requireWorkspace(c)))
  .post("/arbete/:partnership/atgarder/:measureId/uppfoljning", async (c) => {
    const ws = await requireWorkspace(c);
    const measureId = c.req.param("measureId") ?? "";
    const { values, result } = await readFormAs(c, MeasureReportSchema);
    const failure = (message: string | null, fields: MeasureReportFailure["fields"] = {}) => ({
      measureId,
      period: String(values.period ?? ""),
      message,
      fields,
      values: { status: String(values.status ?? ""), narrative: String(values.narrative ?? "") },
    });
    if (!result.success) {
      const fields = Object.fromEntries(result.issues.map((i) => [i.field, i.message]));
      return renderTodo(c, ws, failure(null, fields), 400);
    }
    try {
      await recordMeasureFollowUp({
        db: c.get("db"),
        viewer: ws.principal,
        partnershipId: ws.partnership.id,
        measureId,
        input: result.data,
      });
    } catch (error) {
      if (!isAppError(error) || !SHOWN_ON_TODO.includes(error.code)) throw error;
      const message = describeError(error, c.get("t")).message;
      return renderTodo(c, ws, failure(message), error.code === "invalid_body" ? 400 : 409);
    }
    return c.redirect(`/arbete/${ws.partnership.slug}?klart=atgard`, 303);
  })
  .get("/arbete/:partnership/perioder", async (c) => {
    const ws = await requireWorkspace(c);
    const current = await getCurrentPeriod({
      db: c.get("db"),
      viewer: ws.principal,
      partnershipId: ws.partnership.id,
      today: todayInSweden(),
    });
    return c.redirect(`/arbete/${ws.partnership.slug}/perioder/${current.code}`, 303);
  })
  .get("/arbete/:partnership/perioder/:period", async (c) => {
    const ws = await requireWorkspace(c);
    const done = c.req.query("klart");
    return renderPeriod(
      c,
      ws,
      periodParam(c),
      200,
      done && DONE_PERIOD.has(done) ? { done: done as PeriodDone } : {},
    );
  })
  .post("/arbete/:partnership/perioder/:period/granska", async (c) => {
    const ws = await requireWorkspace(c);
    const period = periodParam(c);
    const { values, result } = await readFormAs(c, ReviewFormSchema);
    const typed = {
      selected: [values.followUpIds ?? []].flat(),
      comment: [values.comment ?? ""].flat()[0] ?? "",
    };
    const intent = result.success ? result.data.intent : "approve";
    try {
      if (!result.success) throw formError(result.issues);
      const { followUpIds, comment } = result.data;
      const options = {
        db: c.get("db"),
        viewer: ws.principal,
        mailer: { config: c.get("config"), clock: systemClock },
        followUpIds,
        period: { partnershipId: ws.partnership.id, code: period },
      };
      if (intent === "approve") await approveFollowUps(options);
      else await returnFollowUps({ ...options, comment });
    } catch (error) {
      if (!isAppError(error) || !SHOWN_ON_PERIOD.includes(error.code)) throw error;
      const message = describeError(error, c.get("t")).message;
      return renderPeriod(c, ws, period, error.code === "invalid_body" ? 400 : 409, {
        error: message,
        ...typed,
      });
    }
    const done = intent === "approve" ? "approved" : "returned";
    return c.redirect(`/arbete/${ws.partnership.slug}/perioder/${period}?klart=${done}`, 303);
  })
  .get("/arbete/:partnership/perioder/:period/stang", async (c) => {
    const ws = await requireWorkspace(c);
    const period = periodParam(c);
    const key = { partnershipId: ws.partnership.id, code: period };
    await checkPeriodClosable({ db: c.get("db"), viewer: ws.principal, period: key });
    return renderPeriod(c, ws, period, 200, { confirmClose: true });
  })
  .post("/arbete/:partnership/perioder/:period/stang", async (c) => {
    const ws = await requireWorkspace(c);
    const period = periodParam(c);
    const key = { partnershipId: ws.partnership.id, code: period };
    const { values } = await readFormAs(c, ClosePeriodFormSchema);
    if ([values.confirm].flat()[0] !== "yes") {
      // Not confirmed: the confirmation step lists what is not reported or not approved.
      await checkPeriodClosable({ db: c.get("db"), viewer: ws.principal, period: key });
      return renderPeriod(c, ws, period, 200, { confirmClose: true });
    }
    await closePeriod({ db: c.get("db"), viewer: ws.principal, period: key });
    return c.redirect(`/arbete/${ws.partnership.slug}/perioder/${period}?klart=closed`, 303);
  })
  .post("/arbete/:partnership/perioder/:period/oppna", async (c) => {
    const ws = await requireWorkspace(c);
    const period = periodParam(c);
    const { result } = await readFormAs(c, ReopenPeriodSchema);
    try {
      if (!result.success) throw formError(result.issues);
      await reopenPeriod({
        db: c.get("db"),
        viewer: ws.principal,
        period: { partnershipId: ws.partnership.id, code: period },
        reason: result.data.reason,
      });
    } catch (error) {
      if (!isAppError(error) || error.code !== "invalid_body") throw error;
      return renderPeriod(c, ws, period, 400, { error: describeError(error, c.get("t")).message });
    }
    return c.redirect(`/arbete/${ws.partnership.slug}/perioder/${period}?klart=reopened`, 303);
  })
  .get("/arbete/:partnership/installningar/uppfoljning", async (c) => {
    const ws = await requireWorkspace(c);
    const settings = await getRoundSettings({
      db: c.get("db"),
      viewer: ws.principal,
      partnershipId: ws.partnership.id,
    });
    return c.html(
      <RoundSettingsPage
        ctx={ws.ctx}
        slug={ws.partnership.slug}
        {...frame(ws)}
        settings={settings}
        saved={c.req.query("klart") === "saved"}
      />,
    );
  })
  .post("/arbete/:partnership/installningar/uppfoljning", async (c) => {
    const ws = await requireWorkspace(c);
    const input = await parseForm(c, RoundSettingsFormSchema);
    await saveRoundSettings({
      db: c.get("db"),
      viewer: ws.principal,
      partnershipId: ws.partnership.id,
      fourEyes: input.fourEyes === "true",
      version: input.version,
    });
    return c.redirect(`/arbete/${ws.partnership.slug}/installningar/uppfoljning?klart=saved`, 303);
  })
  .get("/arbete/:partnership/loften/:ref/framsteg", async (c) => {
    const ws = await requireWorkspace(c);
    const promise = await getWorkspaceProgress({
      db: c.get("db"),
      viewer: ws.principal,
      partnershipId: ws.partnership.id,
      ref: parseInput(RefSchema, c.req.param("ref"), { code: "invalid_ref", param: "ref" }),
    });
    return c.html(<ProgressPage ctx={ws.ctx} {...frame(ws)} promise={promise} />);
  })
  .get("/arbete/:partnership/punkter/:commitmentId/historik", async (c) => {
    const ws = await requireWorkspace(c);
    const history = await getPointHistory({
      db: c.get("db"),
      viewer: ws.principal,
      commitmentId: commitmentParam(c),
    });
    return c.html(<HistoryPage ctx={ws.ctx} {...frame(ws)} point={history.point} events={history.events} />);
  })
  .get("/arbete/:partnership/punkter/:commitmentId/:period", async (c) => {
    const ws = await requireWorkspace(c);
    const view = await getFollowUpForm({
      db: c.get("db"),
      viewer: ws.principal,
      commitmentId: commitmentParam(c),
      period: periodParam(c),
    });
    const done = c.req.query("klart");
    const model = {
      slug: ws.partnership.slug,
      ...frame(ws),
      view,
      ...(done && DONE_FORM.has(done) ? { done: done as "saved" } : {}),
    };
    return c.html(<FollowUpFormPage ctx={ws.ctx} model={model} />);
  })
  .post("/arbete/:partnership/punkter/:commitmentId/:period", async (c) => {
    const ws = await requireWorkspace(c);
    const point = {
      db: c.get("db"),
      viewer: ws.principal,
      commitmentId: commitmentParam(c),
      period: periodParam(c),
    };
    const form = readFollowUpForm(await readForm(c));
    if (!form.result.success) return renderForm(c, ws, point, 400, form, { issues: form.result.issues });
    const { intent, ...input } = form.result.data;
    try {
      await saveFollowUp({ ...point, input, submit: intent === "submit" });
    } catch (error) {
      const refused = isAppError(error) && error.code === "invalid_body" && Array.isArray(error.details);
      if (refused) {
        const issues = (error.details as { path: string; message: string }[]).map((d) => ({
          field: d.path,
          message: d.message,
        }));
        return renderForm(c, ws, point, 400, form, { issues });
      }
      const details =
        isAppError(error) && error.code === "conflict"
          ? (error.details as FollowUpConflict | undefined)
          : undefined;
      if (details?.kind !== "follow_up_conflict") throw error;
      return renderForm(c, ws, point, 409, form, { conflict: details });
    }
    const done = intent === "submit" ? "submitted" : "saved";
    return c.redirect(
      `/arbete/${ws.partnership.slug}/punkter/${point.commitmentId}/${point.period}?klart=${done}`,
      303,
    );
  });

/**
 * The follow-up form again, with what the user typed: after invalid input with each error named,
 * or after a conflict beside the other person's saved values (the next save is then based on the
 * version the user has now seen).
 */
async function renderForm(
  c: C,
  ws: Workspace,
  point: Parameters<typeof getFollowUpForm>[0],
  status: 400 | 409,
  form: FollowUpForm,
  problem: { issues: FormIssue[] } | { conflict: FollowUpConflict },
) {
  const view = await getFollowUpForm(point);
  const { t, locale } = ws.ctx;
  const model: FollowUpFormModel = { slug: ws.partnership.slug, ...frame(ws), view, typed: form.typed };
  if ("conflict" in problem) {
    model.typed = { ...form.typed, version: String(problem.conflict.current.version) };
    model.conflict = problem.conflict;
  } else {
    model.errors = fieldErrors(form, problem.issues, {
      targets: Object.fromEntries(view.targets.map((x) => [x.id, pickText(x.description, locale).text])),
      status: t("workspace.form.status"),
      narrative: t("workspace.form.narrative"),
      linkUrl: (n) => t("workspace.form.linkUrl", { n }),
      linkLabel: (n) => t("workspace.form.linkLabel", { n }),
    });
  }
  return c.html(<FollowUpFormPage ctx={ws.ctx} model={model} />, status);
}

async function renderPeriod(
  c: C,
  ws: Workspace,
  period: string,
  status: 200 | 400 | 409,
  extra: { done?: PeriodDone; error?: string; selected?: string[]; comment?: string; confirmClose?: boolean },
) {
  const overview = await getPeriodOverview({
    db: c.get("db"),
    viewer: ws.principal,
    partnershipId: ws.partnership.id,
    period,
  });
  const model = {
    slug: ws.partnership.slug,
    ...frame(ws),
    overview,
    defaultReminderDays: ws.partnership.reminderDaysBefore,
    ...extra,
  };
  return c.html(<PeriodPage ctx={ws.ctx} model={model} />, status);
}
