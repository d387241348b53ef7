/**
 * The partnership's defaults for new report-backs: the heading (office, unit, handling officer,
 * addressee), the usual consultation bodies, signatories, distribution and links, the MBL
 * statement, and the logo (PNG or SVG).
 */
import type { MessageKey } from "../../platform/i18n/index.js";
import { CsrfField } from "../../platform/web/forms.js";
import { WorkspaceLayout } from "../../platform/web/workspace-layout.js";
import type { ReportDefaultsForm } from "../report-defaults.js";
import type { ReportFrame } from "./report-parts.js";

const LINES: (keyof ReportDefaultsForm)[] = [
  "addressee",
  "issuingUnit",
  "issuingSubunit",
  "officerName",
  "officerTitle",
  "officerPhone",
  "officerEmail",
];
const AREAS: (keyof ReportDefaultsForm)[] = [
  "mblStatement",
  "consultations",
  "signatories",
  "distribution",
  "links",
];

export function ReportDefaultsPage(props: {
  frame: ReportFrame;
  version: number;
  values: ReportDefaultsForm;
  logo: { type: string; bytes: number } | null;
  error?: string | undefined;
}) {
  const { frame, values } = props;
  const { ctx } = frame;
  const { t } = ctx;
  const title = t("reports.defaults.title");
  const action = `/arbete/${frame.slug}/rapporter/standard`;
  const label = (f: keyof ReportDefaultsForm) => t(`reports.defaults.${f}` as MessageKey);
  return (
    <WorkspaceLayout ctx={ctx} title={title} partnershipName={frame.partnershipName} nav={frame.nav}>
      <h1>{title}</h1>
      {props.error ? (
        <div role="alert" class="error-summary">
          <h2>{t("reports.errorSummary")}</h2>
          <p>{props.error}</p>
        </div>
      ) : null}
      <p>{t("reports.defaults.intro")}</p>
      <form method="post" action={action}>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="version" value={String(props.version)} />
        {LINES.map((f) => (
          <p>
            <label for={`std-${f}`}>{label(f)}</label>
            <br />
            <input id={`std-${f}`} name={f} value={values[f]} size={60} />
          </p>
        ))}
        {AREAS.map((f) => (
          <p>
            <label for={`std-${f}`}>{label(f)}</label>
            <br />
            <textarea id={`std-${f}`} name={f} rows={4} cols={70}>
              {values[f]}
            </textarea>
          </p>
        ))}
        <button type="submit">{t("reports.edit.save")}</button>
      </form>
      <section aria-labelledby="logotyp">
        <h2 id="logotyp">{t("reports.defaults.logo")}</h2>
        <p>
          {props.logo
            ? t("reports.defaults.logo.current", {
                type: props.logo.type === "image/png" ? "PNG" : "SVG",
                kb: Math.ceil(props.logo.bytes / 1024),
              })
            : t("reports.defaults.logo.none")}
        </p>
        <form method="post" action={`${action}/logotyp`} enctype="multipart/form-data">
          <CsrfField ctx={ctx} />
          <input type="hidden" name="version" value={String(props.version)} />
          <p>
            <label for="logo-fil">{t("reports.defaults.logo.file")}</label>
            <br />
            <input id="logo-fil" type="file" name="file" accept="image/png,image/svg+xml" />
          </p>
          <button type="submit">{t("reports.defaults.logo.save")}</button>
        </form>
        {props.logo ? (
          <form method="post" action={`${action}/logotyp`}>
            <CsrfField ctx={ctx} />
            <input type="hidden" name="version" value={String(props.version)} />
            <input type="hidden" name="remove" value="true" />
            <button type="submit">{t("reports.defaults.logo.remove")}</button>
          </form>
        ) : null}
      </section>
    </WorkspaceLayout>
  );
}
