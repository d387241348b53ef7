import type { Context } from "hono";
import { Hono } from "hono";
import { closePeriod, reopenPeriod } from "../followups/close-period.js";
import { getFollowUpForm } from "../followups/get-follow-up-form.js";
import { getPeriodOverview } from "../followups/get-period-overview.js";
import { getPointHistory } from "../followups/get-point-history.js";
import { listMyPoints } from "../followups/list-my-points.js";
import { approveFollowUps, returnFollowUps } from "../followups/review-follow-ups.js";
import type { FollowUpConflict } from "../followups/round.types.js";
import { saveFollowUpDraft } from "../followups/save-follow-up-draft.js";
import { submitFollowUp } from "../followups/submit-follow-up.js";
import { listPeriods } from "../periods/periods.repository.js";
import { AppError, isAppError } from "../platform/errors.js";
import type { AppEnv } from "../platform/http/env.js";
import { describeError } from "../platform/http/errors.js";
import { parseInput } from "../platform/http/parse.js";
import { IdSchema, PeriodCodeSchema, RefSchema } from "../platform/http/schemas.js";
import { pickText } from "../platform/i18n/localized-text.js";
import { getPromiseDetail } from "../promises/get-promise.js";
import { readTypedValues, toDraftInput } from "./follow-up-form.js";
import { FollowUpFormPage } from "./views/follow-up-form-page.js";
import { todayInSweden } from "./views/format.js";
import { HistoryPage } from "./views/history-page.js";
import { type PeriodDone, PeriodPage } from "./views/period-page.js";
import { ProgressPage } from "./views/progress-page.js";
import { TodoPage } from "./views/todo-page.js";
import { requireWorkspace, type Workspace } from "./workspace-context.js";

type C = Context<AppEnv>;
const commitmentParam = (c: C) =>
  parseInput(IdSchema, c.req.param("commitmentId"), { code: "invalid_id", param: "commitmentId" });
const periodParam = (c: C) =>
  parseInput(PeriodCodeSchema, c.req.param("period"), { code: "bad_request", param: "period" });
const frame = (ws: Workspace) => ({ partnershipName: ws.partnership.name, nav: ws.nav });
const DONE_FORM = new Set(["saved", "submitted"]);
const DONE_PERIOD = new Set(["approved", "returned", "closed", "reopened"]);

/** Pages of the follow-up round under /arbete/:partnership (server-rendered, keyboard only). */
export const roundPages = new Hono<AppEnv>()
  .get("/arbete/:partnership", async (c) => {
    const ws = await requireWorkspace(c);
    const todo = await listMyPoints({
      db: c.get("db"),
      principal: ws.principal,
      partnershipId: ws.partnership.id,
      today: todayInSweden(),
    });
    return c.html(<TodoPage ctx={ws.ctx} slug={ws.partnership.slug} {...frame(ws)} todo={todo} />);
  })
  .get("/arbete/:partnership/perioder", async (c) => {
    const ws = await requireWorkspace(c);
    const periods = await listPeriods(c.get("db"), ws.partnership.id);
    const today = todayInSweden();
    // The period under way: the latest that has begun and is still open, else the latest begun.
    const begun = periods.filter((p) => p.startsOn <= today);
    const current = begun.filter((p) => !p.closedAt).at(-1) ?? begun.at(-1);
    if (!current) throw new AppError("not_found", { entity: "period", value: today });
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
    const body = await c.req.parseBody({ all: true });
    const raw = body.followUpId;
    const selected = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
      (x): x is string => typeof x === "string",
    );
    const comment = typeof body.comment === "string" ? body.comment : "";
    const intent = body.intent === "return" ? "return" : "approve";
    try {
      const ids = selected.map((id) =>
        parseInput(IdSchema, id, { code: "invalid_body", param: "followUpId" }),
      );
      const options = { db: c.get("db"), principal: ws.principal, followUpIds: ids };
      if (intent === "approve") await approveFollowUps(options);
      else await returnFollowUps({ ...options, comment });
    } catch (error) {
      if (!isAppError(error) || !["invalid_body", "transition_refused", "conflict"].includes(error.code))
        throw error;
      const message = describeError(error, c.get("t")).message;
      return renderPeriod(c, ws, period, error.code === "invalid_body" ? 400 : 409, {
        error: message,
        selected,
        comment,
      });
    }
    return c.redirect(
      `/arbete/${ws.partnership.slug}/perioder/${period}?klart=${intent === "approve" ? "approved" : "returned"}`,
      303,
    );
  })
  .post("/arbete/:partnership/perioder/:period/stang", async (c) => {
    const ws = await requireWorkspace(c);
    const overview = await getPeriodOverview({
      db: c.get("db"),
      viewer: ws.principal,
      partnershipId: ws.partnership.id,
      period: periodParam(c),
    });
    await closePeriod({ db: c.get("db"), principal: ws.principal, periodId: overview.period.id });
    return c.redirect(`/arbete/${ws.partnership.slug}/perioder/${overview.period.code}?klart=closed`, 303);
  })
  .post("/arbete/:partnership/perioder/:period/oppna", async (c) => {
    const ws = await requireWorkspace(c);
    const period = periodParam(c);
    const body = await c.req.parseBody();
    const overview = await getPeriodOverview({
      db: c.get("db"),
      viewer: ws.principal,
      partnershipId: ws.partnership.id,
      period,
    });
    try {
      await reopenPeriod({
        db: c.get("db"),
        principal: ws.principal,
        periodId: overview.period.id,
        reason: typeof body.reason === "string" ? body.reason : "",
      });
    } catch (error) {
      if (!isAppError(error) || error.code !== "invalid_body") throw error;
      return renderPeriod(c, ws, period, 400, { error: describeError(error, c.get("t")).message });
    }
    return c.redirect(`/arbete/${ws.partnership.slug}/perioder/${period}?klart=reopened`, 303);
  })
  .get("/arbete/:partnership/loften/:ref/framsteg", async (c) => {
    const ws = await requireWorkspace(c);
    const ref = parseInput(RefSchema, c.req.param("ref"), { code: "invalid_ref", param: "ref" });
    const promise = await getPromiseDetail({ db: c.get("db"), viewer: ws.principal, key: { ref } });
    if (promise.partnershipId !== ws.partnership.id)
      throw new AppError("not_found", { entity: "promise", value: ref });
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
    const db = c.get("db");
    const commitmentId = commitmentParam(c);
    const period = periodParam(c);
    const view = await getFollowUpForm({ db, viewer: ws.principal, commitmentId, period });
    const body = await c.req.parseBody();
    const typed = readTypedValues(
      body,
      view.targets.map((t) => t.id),
    );
    const labels = {
      targets: Object.fromEntries(
        view.targets.map((t) => [t.id, pickText(t.description, ws.ctx.locale).text]),
      ),
      narrative: ws.ctx.t("workspace.form.narrative"),
      link: (n: number) => ws.ctx.t("workspace.form.linkUrl", { n }),
    };
    const { input, errors } = toDraftInput(typed, labels);
    const model = { slug: ws.partnership.slug, ...frame(ws), view, typed };
    if (!input) return c.html(<FollowUpFormPage ctx={ws.ctx} model={{ ...model, errors }} />, 400);
    try {
      const saved = await saveFollowUpDraft({ db, principal: ws.principal, commitmentId, period, input });
      if (body.intent === "submit") {
        await submitFollowUp({ db, principal: ws.principal, commitmentId, period, version: saved.version });
      }
    } catch (error) {
      const details =
        isAppError(error) && error.code === "conflict"
          ? (error.details as FollowUpConflict | undefined)
          : undefined;
      if (details?.kind !== "follow_up_conflict") throw error;
      // Keep what this user typed; base the next save on the version they have now seen.
      const fresh = await getFollowUpForm({ db, viewer: ws.principal, commitmentId, period });
      const next = {
        ...model,
        view: fresh,
        typed: { ...typed, version: String(details.current.version) },
        conflict: details,
      };
      return c.html(<FollowUpFormPage ctx={ws.ctx} model={next} />, 409);
    }
    const done = body.intent === "submit" ? "submitted" : "saved";
    return c.redirect(`/arbete/${ws.partnership.slug}/punkter/${commitmentId}/${period}?klart=${done}`, 303);
  });

async function renderPeriod(
  c: C,
  ws: Workspace,
  period: string,
  status: 200 | 400 | 409,
  extra: { done?: PeriodDone; error?: string; selected?: string[]; comment?: string },
) {
  const overview = await getPeriodOverview({
    db: c.get("db"),
    viewer: ws.principal,
    partnershipId: ws.partnership.id,
    period,
  });
  const model = { slug: ws.partnership.slug, ...frame(ws), overview, ...extra };
  return c.html(<PeriodPage ctx={ws.ctx} model={model} />, status);
}
