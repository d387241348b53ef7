/**
 * The återrapportering in the workspace: downloads, the checks with links to what to fix, the
 * decision chain (its forms for the samordnare), the editions and the preview.
 */
import type { MessageKey } from "../../platform/i18n/index.js";
import { CsrfField } from "../../platform/web/forms.js";
import { WorkspaceLayout } from "../../platform/web/workspace-layout.js";
import type { getReportBackStart, ReportBackPage as Page } from "../report-pages.js";
import { LIST_KINDS } from "../reports.types.js";
import { Downloads, Issues, issueHref, Preview, promiseUrl, type ReportFrame } from "./report-parts.js";

export function ReportBackPage(props: {
  frame: ReportFrame;
  page: Page;
  /** The edition asked for in the address, if any. */
  edition: number | undefined;
  notice?: string | undefined;
}) {
  const { frame, page, edition, notice } = props;
  const { ctx } = frame;
  const { t } = ctx;
  const { report, status, next, parts } = page;
  const url = `${promiseUrl(frame, page.promise.ref)}/aterrapportering`;
  const q = edition ? `?utgava=${edition}` : "";
  const title = t("reports.reportBack.title", { promise: page.promise.title });
  return (
    <WorkspaceLayout ctx={ctx} title={title} partnershipName={frame.partnershipName} nav={frame.nav}>
      <link rel="stylesheet" href="/assets/report.css" />
      <h1>{title}</h1>
      <p>
        {t("reports.edition", { edition: report.edition })} ·{" "}
        {t("reports.status", { status: t(`reports.status.${status}` as MessageKey) })}
      </p>
      {notice ? <p role="status">{notice}</p> : null}
      {page.locked ? <p>{t("reports.locked")}</p> : null}
      {page.replaces ? (
        <p>{t("reports.replaces", { edition: page.replaces.edition, reason: page.replaces.reason })}</p>
      ) : null}
      <Downloads ctx={ctx} href={(f) => `${url}/ladda-ner/${f}${q}`} />
      <Issues ctx={ctx} issues={page.built.issues} href={(i) => issueHref(frame, page.promise, i)} />
      <section aria-labelledby="beslutsgang">
        <h2 id="beslutsgang">{t("reports.chain")}</h2>
        <p>{t("reports.chain.steps")}</p>
        {parts.decisions.length ? (
          <>
            <h3>{t("reports.decisions")}</h3>
            <ul>
              {parts.decisions.map((d) => (
                <li>
                  {t(`reports.decision.step.${d.step}` as MessageKey)}: {d.body}{" "}
                  <time datetime={d.decidedOn}>{d.decidedOn}</time> {d.paragraph ?? ""}
                  {d.text.sv ? `: ${d.text.sv}` : ""}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {!page.canMove ? (
          <p>{t("reports.chain.readOnly")}</p>
        ) : (
          <>
            {page.canEdit ? (
              <>
                <p>
                  <a href={`${url}/redigera`}>{t("reports.edit")}</a>
                </p>
                <h3>{t("reports.lists")}</h3>
                <ul>
                  {LIST_KINDS.map((k) => (
                    <li>
                      <a href={`${url}/listor/${k}`}>
                        {t("reports.list.edit", { list: t(`reports.field.${k}` as MessageKey) })}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {status === "to_committee" ? (
              <form method="post" action={`${url}/utskott`}>
                <CsrfField ctx={ctx} />
                <input type="hidden" name="version" value={String(report.version)} />
                <h3>{t("reports.committee")}</h3>
                <label for="utskott-organ">{t("reports.committee.body")}</label>
                <input id="utskott-organ" name="body" required />
                <label for="utskott-datum">{t("reports.decision.date")}</label>
                <input id="utskott-datum" name="decidedOn" required />
                <label for="utskott-paragraf">{t("reports.decision.paragraph")}</label>
                <input id="utskott-paragraf" name="paragraph" />
                <label for="utskott-text">{t("reports.decision.text")}</label>
                <textarea id="utskott-text" name="text" rows={2} />
                <button type="submit">{t("reports.committee.save")}</button>
              </form>
            ) : null}
            {next && next !== "decided" ? (
              <form method="post" action={`${url}/skicka`}>
                <CsrfField ctx={ctx} />
                <input type="hidden" name="version" value={String(report.version)} />
                <button type="submit">
                  {status === "to_committee"
                    ? t("reports.committee.skip")
                    : t("reports.chain.advance", { status: t(`reports.status.${next}` as MessageKey) })}
                </button>
              </form>
            ) : null}
            {status === "consultation" ? (
              <form method="post" action={`${url}/samrad`} id="samrad-form">
                <CsrfField ctx={ctx} />
                <input type="hidden" name="version" value={String(report.version)} />
                <h3>{t("reports.consultation")}</h3>
                {parts.consultations.map((k, i) => (
                  <fieldset>
                    <legend>{k.body}</legend>
                    <input type="hidden" name={`consultations.${i}.id`} value={k.id} />
                    <label for={`stance-${k.id}`}>{t("reports.consultation.stance", { body: k.body })}</label>
                    <select id={`stance-${k.id}`} name={`consultations.${i}.stance`}>
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
                    <textarea id={`comment-${k.id}`} name={`consultations.${i}.comment`} rows={2}>
                      {k.comment ?? ""}
                    </textarea>
                    <label for={`date-${k.id}`}>{t("reports.consultation.date", { body: k.body })}</label>
                    <input
                      id={`date-${k.id}`}
                      name={`consultations.${i}.consultedOn`}
                      value={k.consultedOn ?? ""}
                    />
                  </fieldset>
                ))}
                <button type="submit">{t("reports.consultation.save")}</button>
              </form>
            ) : null}
            {status === "to_board" ? (
              <form method="post" action={`${url}/beslut`}>
                <CsrfField ctx={ctx} />
                <input type="hidden" name="version" value={String(report.version)} />
                <h3>{t("reports.decision")}</h3>
                <label for="beslut-organ">{t("reports.decision.body")}</label>
                <input id="beslut-organ" name="body" value={report.addressee} required />
                <label for="beslut-datum">{t("reports.decision.date")}</label>
                <input id="beslut-datum" name="decidedOn" required />
                <label for="beslut-paragraf">{t("reports.decision.paragraph")}</label>
                <input id="beslut-paragraf" name="paragraph" />
                <label for="beslut-text">{t("reports.decision.text")}</label>
                <textarea id="beslut-text" name="text" rows={3} required>
                  {parts.decisionItems[0]?.text.sv ?? ""}
                </textarea>
                <button type="submit">{t("reports.decision.save")}</button>
              </form>
            ) : null}
            {page.locked ? (
              <form method="post" action={`${url}/rattelse`}>
                <CsrfField ctx={ctx} />
                <input type="hidden" name="version" value={String(report.version)} />
                <label for="rattelse-skal">{t("reports.correction.reason")}</label>
                <textarea id="rattelse-skal" name="reason" rows={2} required />
                <button type="submit">{t("reports.supersede")}</button>
              </form>
            ) : null}
          </>
        )}
      </section>
      {page.editions.length > 1 ? (
        <section aria-labelledby="utgavor">
          <h2 id="utgavor">{t("reports.editions")}</h2>
          <ul>
            {page.editions.map((e) => (
              <li>
                <a href={`${url}?utgava=${e.edition}`}>{t("reports.edition", { edition: e.edition })}</a> (
                {t(`reports.status.${e.status}` as MessageKey)}
                {e.replacedAt ? `, ${t("reports.replaced")}` : ""})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Preview ctx={ctx} model={page.built.model} />
    </WorkspaceLayout>
  );
}

/** A promise without a report-back yet: whether it can be created, and the button to create it. */
export function ReportBackStartPage(props: {
  frame: ReportFrame;
  start: NonNullable<Awaited<ReturnType<typeof getReportBackStart>>>;
  notice?: string | undefined;
}) {
  const { frame, start, notice } = props;
  const { ctx } = frame;
  const { t } = ctx;
  const url = `${promiseUrl(frame, start.promise.ref)}/aterrapportering`;
  const title = t("reports.reportBack.title", { promise: start.promise.title });
  return (
    <WorkspaceLayout ctx={ctx} title={title} partnershipName={frame.partnershipName} nav={frame.nav}>
      <h1>{title}</h1>
      {notice ? <p role="status">{notice}</p> : null}
      <h2>{t("reports.create.title")}</h2>
      {start.expected ? <p>{t("reports.create.expected")}</p> : null}
      {start.reportable ? (
        <p>{t("reports.create.available")}</p>
      ) : (
        <p>
          {t("reports.create.notYet", { status: t(`promiseStatus.${start.promise.status}` as MessageKey) })}
        </p>
      )}
      {start.reportable && start.canCreate ? (
        <form method="post" action={`${url}/skapa`}>
          <CsrfField ctx={ctx} />
          <button type="submit">{t("reports.create")}</button>
        </form>
      ) : start.reportable ? (
        <p>{t("reports.create.readOnly")}</p>
      ) : null}
    </WorkspaceLayout>
  );
}
