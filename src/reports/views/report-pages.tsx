/**
 * The other report pages of the workspace: the list of the partnership's reports, the edit form of
 * the återrapportering's formal parts, and a period report.
 */
import type { MessageKey } from "../../platform/i18n/index.js";
import { WorkspaceLayout } from "../../platform/web/workspace-layout.js";
import type { BuiltDocument } from "../build-document.js";
import type { ReportList } from "../report-pages.js";
import type { Editable } from "../reports.types.js";
import {
  Downloads,
  EditForm,
  Issues,
  issueHref,
  Preview,
  promiseUrl,
  type ReportFrame,
} from "./report-parts.js";

/** The reports of the partnership's promises: each promise's report-back and period reports. */
export function ReportsListPage(props: { frame: ReportFrame; reports: ReportList }) {
  const { frame } = props;
  const { t } = frame.ctx;
  const title = t("reports.nav");
  return (
    <WorkspaceLayout ctx={frame.ctx} title={title} partnershipName={frame.partnershipName} nav={frame.nav}>
      <h1>{title}</h1>
      <p>
        <a href={`/arbete/${frame.slug}/rapporter/standard`}>{t("reports.defaults.link")}</a>
      </p>
      {props.reports.map((p) => (
        <section aria-labelledby={`p-${p.ref}`}>
          <h2 id={`p-${p.ref}`}>{p.title}</h2>
          <ul>
            <li>
              <a href={`${promiseUrl(frame, p.ref)}/aterrapportering`}>
                {t("reports.reportBack.title", { promise: p.title })}
              </a>{" "}
              ({p.reportStatus ? t(`reports.status.${p.reportStatus}` as MessageKey) : t("reports.list.none")}
              {!p.reportStatus && p.expected ? `; ${t("reports.list.expected")}` : ""})
            </li>
            {p.periods.map((code) => (
              <li>
                <a href={`${promiseUrl(frame, p.ref)}/period/${code}`}>
                  {t("reports.period.title", { period: code, promise: p.title })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </WorkspaceLayout>
  );
}

/** The formal parts of the återrapportering: stored, or as typed when a save was refused. */
export function ReportSectionsPage(props: {
  frame: ReportFrame;
  ref: string;
  version: number;
  values: Record<Editable, string>;
  /** The values saved meanwhile by someone else (a conflict). */
  saved?: Record<Editable, string> | undefined;
  error?: string | undefined;
}) {
  const { frame } = props;
  const url = `${promiseUrl(frame, props.ref)}/aterrapportering`;
  const title = frame.ctx.t("reports.edit.title");
  return (
    <WorkspaceLayout ctx={frame.ctx} title={title} partnershipName={frame.partnershipName} nav={frame.nav}>
      <h1>{title}</h1>
      <EditForm
        ctx={frame.ctx}
        action={`${url}/redigera`}
        back={url}
        version={props.version}
        values={props.values}
        saved={props.saved}
        error={props.error}
      />
    </WorkspaceLayout>
  );
}

/** A period report: downloads, checks and the preview. */
export function PeriodReportPage(props: {
  frame: ReportFrame;
  promise: { ref: string; title: string; toYear: number };
  period: string;
  built: BuiltDocument;
}) {
  const { frame, promise, period } = props;
  const url = `${promiseUrl(frame, promise.ref)}/period/${encodeURIComponent(period)}`;
  const title = frame.ctx.t("reports.period.title", { period, promise: promise.title });
  return (
    <WorkspaceLayout ctx={frame.ctx} title={title} partnershipName={frame.partnershipName} nav={frame.nav}>
      <link rel="stylesheet" href="/assets/report.css" />
      <h1>{title}</h1>
      <Downloads ctx={frame.ctx} href={(f) => `${url}/ladda-ner/${f}`} />
      <Issues ctx={frame.ctx} issues={props.built.issues} href={(i) => issueHref(frame, promise, i)} />
      <Preview ctx={frame.ctx} model={props.built.model} />
    </WorkspaceLayout>
  );
}
