/**
 * Workspace pages of the reports module: the återrapportering (preview, validation list with links
 * to what to fix, decision chain, downloads in each format, editions) and the period reports.
 * Documents are built by the same service as the CLI (`build-document.ts`).
 */

import type { Context } from "hono";
import { Hono } from "hono";
import { raw } from "hono/html";
import { type PeriodScheme, periodCode, periodsOfYear } from "../periods/calendar.js";
import { listPeriods } from "../periods/periods.repository.js";
import { actorOf } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import type { AppEnv } from "../platform/http/env.js";
import type { MessageKey } from "../platform/i18n/index.js";
import { sharedPdfProvider } from "../platform/pdf/pdf.js";
import type { Principal } from "../platform/viewer.js";
import { listPromises } from "../promises/promises.repository.js";
import { CsrfField } from "../platform/web/forms.js";
import type { PageContext } from "../platform/web/layout.js";
import { WorkspaceLayout } from "../platform/web/workspace-layout.js";
import { requireWorkspace, type Workspace } from "../workspace/workspace-context.js";
import {
  buildPeriodReport,
  buildReportBack,
  CONTENT_TYPES,
  DOCUMENT_FORMATS,
  type DocumentFormat,
  documentFileName,
  loadReportBackInput,
  renderDocument,
} from "./build-document.js";
import {
  advanceReport,
  editReportSections,
  isLocked,
  NEXT_STATUS,
  type ReportStatus,
  recordConsultation,
  recordDecision,
  supersedeReport,
} from "./decision-chain.js";
import { findPromiseByRef } from "./load-report-data.js";
import type { DocumentModel } from "./model/document.js";
import { PREVIEW_CSS, renderHtmlBody } from "./render/html.js";
import { canMoveReportChain } from "./reports.policy.js";
import { listEditions, listReportParts } from "./reports.repository.js";
import type { ValidationIssue } from "./validate.js";
import { Downloads, EDITABLE, type Editable, EditForm, Issues, Preview } from "./views/report-parts.js";

export const reportsPages = new Hono<AppEnv>();

reportsPages.get("/assets/report.css", (c) =>
  c.body(PREVIEW_CSS, 200, {
    "Content-Type": "text/css; charset=utf-8",
    "Cache-Control": "public, max-age=3600",
  }),
);

const base = (ws: Workspace, ref: string) =>
  `/arbete/${ws.partnership.slug}/loften/${encodeURIComponent(ref)}`;

/** The promise of the workspace's partnership (another partnership's promise is not found). */
async function promiseIn(c: Context<AppEnv>, ws: Workspace) {
  const ref = c.req.param("ref") ?? "";
  const promise = await findPromiseByRef(c.get("db"), ref);
  if (promise.partnershipId !== ws.partnership.id)
    throw new AppError("not_found", { entity: "promise", value: ref });
  return promise;
}

const editionParam = (c: Context<AppEnv>) => {
  const value = c.req.query("utgava");
  if (value === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(value)) throw new AppError("invalid_query", { param: "utgava", value });
  return Number(value);
};

/** Where each validation issue is fixed. */
function issueHref(ws: Workspace, promise: { ref: string; toYear: number }, issue: ValidationIssue): string {
  const ref = promise.ref;
  const { field, id } = issue.target;
  if (field === "commitment" && id) return `${base(ws, ref)}#point-${id}-h`;
  if (field === "followUp" && id) {
    const scheme = ws.partnership.periodScheme as PeriodScheme;
    const final = periodsOfYear(promise.toYear, scheme).at(-1);
    return final ? `/arbete/${ws.partnership.slug}/punkter/${id}/${periodCode(final)}` : base(ws, ref);
  }
  if (field === "consultations") return "#samrad-form";
  if ((EDITABLE as readonly string[]).includes(field))
    return `${base(ws, ref)}/aterrapportering/redigera#falt-${field}`;
  return `${base(ws, ref)}/aterrapportering/redigera`;
}

async function reportBackPage(c: Context<AppEnv>, ws: Workspace, notice?: string) {
  const db = c.get("db");
  const { t } = ws.ctx;
  const promise = await promiseIn(c, ws);
  const edition = editionParam(c);
  const built = await buildReportBack(db, promise.ref, edition);
  const { reportRow } = await loadReportBackInput(db, promise.ref, edition);
  const editions = await listEditions(db, promise.id);
  const parts = await listReportParts(db, reportRow.id);
  const latest = editions.at(-1)?.edition === reportRow.edition;
  const canMove = canMoveReportChain(ws.principal, ws.partnership.id) && latest;
  const status = reportRow.status as ReportStatus;
  const next = NEXT_STATUS[status];
  const url = `${base(ws, promise.ref)}/aterrapportering`;
  const q = edition ? `?utgava=${edition}` : "";
  const title = t("reports.reportBack.title", { promise: promise.title.sv });
  return c.html(
    <WorkspaceLayout ctx={ws.ctx} title={title} partnershipName={ws.partnership.name} nav={ws.nav}>
      <link rel="stylesheet" href="/assets/report.css" />
      <h1>{title}</h1>
      <p>
        {t("reports.edition", { edition: reportRow.edition })} ·{" "}
        {t("reports.status", { status: t(`reports.status.${status}` as MessageKey) })}
      </p>
      {notice ? <p role="status">{notice}</p> : null}
      {isLocked(status) ? <p>{t("reports.locked")}</p> : null}
      <Downloads ctx={ws.ctx} href={(f) => `${url}/ladda-ner/${f}${q}`} />
      <Issues ctx={ws.ctx} issues={built.issues} href={(i) => issueHref(ws, promise, i)} />
      <section aria-labelledby="beslutsgang">
        <h2 id="beslutsgang">{t("reports.chain")}</h2>
        <p>{t("reports.chain.steps")}</p>
        {parts.decisions.length ? (
          <>
            <h3>{t("reports.decisions")}</h3>
            <ul>
              {parts.decisions.map((d) => (
                <li>
                  {d.body} {d.decidedOn} {d.paragraph ?? ""}: {d.text.sv}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {!canMove ? (
          <p>{t("reports.chain.readOnly")}</p>
        ) : (
          <>
            {!isLocked(status) ? (
              <p>
                <a href={`${url}/redigera`}>{t("reports.edit")}</a>
              </p>
            ) : null}
            {next && next !== "decided" ? (
              <form method="post" action={`${url}/skicka`}>
                <CsrfField ctx={ws.ctx} />
                <input type="hidden" name="version" value={String(reportRow.version)} />
                <button type="submit">
                  {t("reports.chain.advance", { status: t(`reports.status.${next}` as MessageKey) })}
                </button>
              </form>
            ) : null}
            {status === "consultation" ? (
              <form method="post" action={`${url}/samrad`} id="samrad-form">
                <CsrfField ctx={ws.ctx} />
                <input type="hidden" name="version" value={String(reportRow.version)} />
                <h3>{t("reports.consultation")}</h3>
                {parts.consultations.map((k) => (
                  <fieldset>
                    <legend>{k.body}</legend>
                    <label for={`stance-${k.id}`}>{t("reports.consultation.stance", { body: k.body })}</label>
                    <select id={`stance-${k.id}`} name={`stance:${k.id}`}>
                      <option value="" selected={!k.stance}>
                        {t("reports.consultation.none")}
                      </option>
                      {(["endorses", "no_objection", "rejects"] as const).map((s) => (
                        <option value={s} selected={k.stance === s}>
                          {t(`reports.stance.${s}`)}
                        </option>
                      ))}
                    </select>
                    <label for={`comment-${k.id}`}>
                      {t("reports.consultation.comment", { body: k.body })}
                    </label>
                    <textarea id={`comment-${k.id}`} name={`comment:${k.id}`} rows={2}>
                      {k.comment ?? ""}
                    </textarea>
                  </fieldset>
                ))}
                <button type="submit">{t("reports.consultation.save")}</button>
              </form>
            ) : null}
            {status === "to_board" ? (
              <form method="post" action={`${url}/beslut`}>
                <CsrfField ctx={ws.ctx} />
                <input type="hidden" name="version" value={String(reportRow.version)} />
                <h3>{t("reports.decision")}</h3>
                <label for="beslut-organ">{t("reports.decision.body")}</label>
                <input id="beslut-organ" name="body" value={reportRow.addressee} required />
                <label for="beslut-datum">{t("reports.decision.date")}</label>
                <input id="beslut-datum" name="decidedOn" required pattern="\d{4}-\d{2}-\d{2}" />
                <label for="beslut-paragraf">{t("reports.decision.paragraph")}</label>
                <input id="beslut-paragraf" name="paragraph" />
                <label for="beslut-text">{t("reports.decision.text")}</label>
                <textarea id="beslut-text" name="text" rows={3} required>
                  {parts.decisionItems[0]?.text.sv ?? ""}
                </textarea>
                <button type="submit">{t("reports.decision.save")}</button>
              </form>
            ) : null}
            {isLocked(status) ? (
              <form method="post" action={`${url}/rattelse`}>
                <CsrfField ctx={ws.ctx} />
                <input type="hidden" name="version" value={String(reportRow.version)} />
                <button type="submit">{t("reports.supersede")}</button>
              </form>
            ) : null}
          </>
        )}
      </section>
      {editions.length > 1 ? (
        <section aria-labelledby="utgavor">
          <h2 id="utgavor">{t("reports.editions")}</h2>
          <ul>
            {editions.map((e) => (
              <li>
                <a href={`${url}?utgava=${e.edition}`}>{t("reports.edition", { edition: e.edition })}</a> (
                {t(`reports.status.${e.status}` as MessageKey)})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Preview ctx={ws.ctx} model={built.model} />
    </WorkspaceLayout>,
  );
}

reportsPages.get("/arbete/:partnership/loften/:ref/aterrapportering", async (c) => {
  const ws = await requireWorkspace(c);
  return reportBackPage(c, ws);
});

/** The document in a format; the same bytes as `medborgarlofte report` gives. */
reportsPages.get("/arbete/:partnership/loften/:ref/aterrapportering/ladda-ner/:format", async (c) => {
  const ws = await requireWorkspace(c);
  const promise = await promiseIn(c, ws);
  const format = c.req.param("format") as DocumentFormat;
  if (!DOCUMENT_FORMATS.includes(format))
    throw new AppError("not_found", { entity: "route", value: c.req.path });
  const built = await buildReportBack(c.get("db"), promise.ref, editionParam(c));
  return sendDocument(c, built.model, format, documentFileName(promise.ref, "aterrapportering", format));
});

async function sendDocument(c: Context<AppEnv>, model: DocumentModel, format: DocumentFormat, name: string) {
  const config = c.get("config");
  const bytes = await renderDocument(model, format, () => sharedPdfProvider(config.chromiumPath));
  return c.body(new Uint8Array(bytes), 200, {
    "Content-Type": CONTENT_TYPES[format],
    "Content-Disposition": `attachment; filename="${name}"`,
  });
}

async function formOf(c: Context<AppEnv>): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, typeof v === "string" ? v : ""]));
}

const versionOf = (form: Record<string, string>) => {
  const v = Number(form.version);
  if (!Number.isInteger(v) || v < 1) throw new AppError("invalid_body", { param: "version" });
  return v;
};

/** Runs a chain action; a refusal shows the page again with the reason, else 303 back. */
async function chainAction(
  c: Context<AppEnv>,
  run: (ws: Workspace, ref: string, form: Record<string, string>) => Promise<unknown>,
) {
  const ws = await requireWorkspace(c);
  const promise = await promiseIn(c, ws);
  const form = await formOf(c);
  try {
    await run(ws, promise.ref, form);
  } catch (error) {
    if (error instanceof AppError && (error.code === "transition_refused" || error.code === "conflict")) {
      c.status(409);
      return reportBackPage(c, ws, ws.ctx.t(`errors.${error.code}` as MessageKey, error.params));
    }
    throw error;
  }
  return c.redirect(`${base(ws, promise.ref)}/aterrapportering`, 303);
}

const common = (c: Context<AppEnv>, ws: Workspace, ref: string, form: Record<string, string>) => ({
  db: c.get("db"),
  viewer: ws.principal,
  actor: actorOf(ws.principal),
  ref,
  version: versionOf(form),
});

reportsPages.post("/arbete/:partnership/loften/:ref/aterrapportering/skicka", (c) =>
  chainAction(c, (ws, ref, form) => advanceReport(common(c, ws, ref, form))),
);

reportsPages.post("/arbete/:partnership/loften/:ref/aterrapportering/samrad", (c) =>
  chainAction(c, async (ws, ref, form) => {
    let version = versionOf(form);
    for (const [key, stance] of Object.entries(form)) {
      if (!key.startsWith("stance:") || !stance) continue;
      if (stance !== "endorses" && stance !== "rejects" && stance !== "no_objection") {
        throw new AppError("invalid_body", { param: key });
      }
      const id = key.slice("stance:".length);
      const row = await recordConsultation({
        ...common(c, ws, ref, form),
        version,
        consultationId: id,
        stance,
        comment: form[`comment:${id}`]?.trim() || null,
        consultedOn: null,
      });
      version = row.version;
    }
  }),
);

reportsPages.post("/arbete/:partnership/loften/:ref/aterrapportering/beslut", (c) =>
  chainAction(c, (ws, ref, form) => {
    const decidedOn = form.decidedOn ?? "";
    if (!/^\d{4}-\d{2}-\d{2}$/.test(decidedOn)) throw new AppError("invalid_body", { param: "decidedOn" });
    if (!form.body?.trim() || !form.text?.trim()) throw new AppError("invalid_body", { param: "text" });
    return recordDecision({
      ...common(c, ws, ref, form),
      body: form.body.trim(),
      decidedOn,
      paragraph: form.paragraph?.trim() || null,
      text: form.text.trim(),
    });
  }),
);

reportsPages.post("/arbete/:partnership/loften/:ref/aterrapportering/rattelse", (c) =>
  chainAction(c, (ws, ref, form) => supersedeReport(common(c, ws, ref, form))),
);

async function editPage(c: Context<AppEnv>, ws: Workspace, typed?: Record<Editable, string>, error?: string) {
  const promise = await promiseIn(c, ws);
  const { reportRow } = await loadReportBackInput(c.get("db"), promise.ref);
  if (!canMoveReportChain(ws.principal, ws.partnership.id)) throw new AppError("forbidden");
  if (isLocked(reportRow.status))
    throw new AppError("transition_refused", { from: reportRow.status, to: "edit" });
  const stored = Object.fromEntries(
    EDITABLE.map((f) => [
      f,
      f === "registrationNumber"
        ? (reportRow.registrationNumber ?? "")
        : ((reportRow[f] as { sv: string } | null)?.sv ?? ""),
    ]),
  ) as Record<Editable, string>;
  const url = `${base(ws, promise.ref)}/aterrapportering`;
  const title = ws.ctx.t("reports.edit.title");
  return c.html(
    <WorkspaceLayout ctx={ws.ctx} title={title} partnershipName={ws.partnership.name} nav={ws.nav}>
      <h1>{title}</h1>
      <EditForm
        ctx={ws.ctx}
        action={`${url}/redigera`}
        back={url}
        version={reportRow.version}
        values={typed ?? stored}
        error={error}
      />
    </WorkspaceLayout>,
  );
}

reportsPages.get("/arbete/:partnership/loften/:ref/aterrapportering/redigera", async (c) => {
  const ws = await requireWorkspace(c);
  return editPage(c, ws);
});

reportsPages.post("/arbete/:partnership/loften/:ref/aterrapportering/redigera", async (c) => {
  const ws = await requireWorkspace(c);
  const promise = await promiseIn(c, ws);
  const form = await formOf(c);
  const values = Object.fromEntries(
    EDITABLE.map((f) => [f, (form[f] ?? "").replace(/\r\n/g, "\n")]),
  ) as Record<Editable, string>;
  try {
    await editReportSections({ ...common(c, ws, promise.ref, form), values });
  } catch (error) {
    if (error instanceof AppError && (error.code === "conflict" || error.code === "transition_refused")) {
      c.status(409);
      return editPage(c, ws, values, ws.ctx.t(`errors.${error.code}` as MessageKey, error.params));
    }
    throw error;
  }
  return c.redirect(`${base(ws, promise.ref)}/aterrapportering`, 303);
});

// Period reports.

reportsPages.get("/arbete/:partnership/loften/:ref/period/:period", async (c) => {
  const ws = await requireWorkspace(c);
  const promise = await promiseIn(c, ws);
  const period = c.req.param("period");
  const built = await buildPeriodReport(c.get("db"), promise.ref, period);
  const url = `${base(ws, promise.ref)}/period/${encodeURIComponent(period)}`;
  const title = ws.ctx.t("reports.period.title", { period, promise: promise.title.sv });
  return c.html(
    <WorkspaceLayout ctx={ws.ctx} title={title} partnershipName={ws.partnership.name} nav={ws.nav}>
      <link rel="stylesheet" href="/assets/report.css" />
      <h1>{title}</h1>
      <Downloads ctx={ws.ctx} href={(f) => `${url}/ladda-ner/${f}`} />
      <Issues ctx={ws.ctx} issues={built.issues} href={(i) => issueHref(ws, promise, i)} />
      <Preview ctx={ws.ctx} model={built.model} />
    </WorkspaceLayout>,
  );
});

reportsPages.get("/arbete/:partnership/loften/:ref/period/:period/ladda-ner/:format", async (c) => {
  const ws = await requireWorkspace(c);
  const promise = await promiseIn(c, ws);
  const format = c.req.param("format") as DocumentFormat;
  if (!DOCUMENT_FORMATS.includes(format))
    throw new AppError("not_found", { entity: "route", value: c.req.path });
  const period = c.req.param("period");
  const built = await buildPeriodReport(c.get("db"), promise.ref, period);
  return sendDocument(c, built.model, format, documentFileName(promise.ref, `period-${period}`, format));
});

/** The reports of the partnership's promises: each promise's report-back and period reports. */
reportsPages.get("/arbete/:partnership/rapporter", async (c) => {
  const ws = await requireWorkspace(c);
  const db = c.get("db");
  const promises = await listPromises(db, { partnershipId: ws.partnership.id });
  const periods = await listPeriods(db, ws.partnership.id);
  const title = ws.ctx.t("reports.nav");
  return c.html(
    <WorkspaceLayout ctx={ws.ctx} title={title} partnershipName={ws.partnership.name} nav={ws.nav}>
      <h1>{title}</h1>
      {promises.map((p) => (
        <section aria-labelledby={`p-${p.ref}`}>
          <h2 id={`p-${p.ref}`}>{p.title.sv}</h2>
          <ul>
            <li>
              <a href={`${base(ws, p.ref)}/aterrapportering`}>
                {ws.ctx.t("reports.reportBack.title", { promise: p.title.sv })}
              </a>
            </li>
            {periods
              .filter((x) => x.year >= p.fromYear && x.year <= p.toYear)
              .map((x) => (
                <li>
                  <a href={`${base(ws, p.ref)}/period/${x.code}`}>
                    {ws.ctx.t("reports.period.title", { period: x.code, promise: p.title.sv })}
                  </a>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </WorkspaceLayout>,
  );
});
