/**
 * The återrapportering in the workspace: downloads, the checks with links to what to fix, the
 * decision chain (its forms for the samordnare), the editions and the preview.
 */
import type { MessageKey } from "../../platform/i18n/index.js";
import { CsrfField } from "../../platform/web/forms.js";
import { WorkspaceLayout } from "../../platform/web/workspace-layout.js";
import type { ReportBackPage as Page } from "../report-pages.js";
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
                  {d.body} {d.decidedOn} {d.paragraph ?? ""}: {d.text.sv}
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
              <p>
                <a href={`${url}/redigera`}>{t("reports.edit")}</a>
              </p>
            ) : null}
            {next && next !== "decided" ? (
              <form method="post" action={`${url}/skicka`}>
                <CsrfField ctx={ctx} />
                <input type="hidden" name="version" value={String(report.version)} />
                <button type="submit">
                  {t("reports.chain.advance", { status: t(`reports.status.${next}` as MessageKey) })}
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
            {page.locked ? (
              <form method="post" action={`${url}/rattelse`}>
                <CsrfField ctx={ctx} />
                <input type="hidden" name="version" value={String(report.version)} />
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
                {t(`reports.status.${e.status}` as MessageKey)})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Preview ctx={ctx} model={page.built.model} />
    </WorkspaceLayout>
  );
}
