import { ProgressByPartyTable, ProgressRuleSteps } from "../../followups/views/progress-parts.js";
import { pickText } from "../../platform/i18n/localized-text.js";
import type { PageContext } from "../../platform/web/layout.js";
import { type NavItem, WorkspaceLayout } from "../../platform/web/workspace-layout.js";
import type { PromiseDetail } from "../../promises/promises.types.js";
import { LocalText } from "./local-text.js";

/** Progress of a promise per point and per party, with the published rule (ARCHITECTURE.md) in full. */
export function ProgressPage(props: {
  ctx: PageContext;
  partnershipName: string;
  nav: NavItem[];
  promise: PromiseDetail;
}) {
  const { ctx, promise } = props;
  const { t } = ctx;
  const { progress } = promise;
  const title = t("workspace.progress.title", { title: pickText(promise.title, ctx.locale).text });
  return (
    <WorkspaceLayout ctx={ctx} title={title} partnershipName={props.partnershipName} nav={props.nav}>
      <h1>{title}</h1>
      {promise.demo ? <p class="notice">{t("promise.demoNotice")}</p> : null}
      <p>
        {progress.overall.percent === null
          ? t("promise.progressNone")
          : `${t("promise.progressSummary", { percent: progress.overall.percent, period: progress.period ?? "" })} ${t(
              "promise.progressBasis",
              { counted: progress.overall.counted, total: progress.overall.total },
            )}`}
      </p>
      <h2>{t("promise.progressByParty")}</h2>
      <ProgressByPartyTable t={t} byParty={progress.byParty} basis />
      <h2>{t("workspace.progress.byPoint")}</h2>
      <table>
        <caption class="meta">{t("workspace.progress.byPoint")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("workspace.period.point")}</th>
            <th scope="col">{t("workspace.progress.status")}</th>
            <th scope="col">{t("workspace.progress.weight")}</th>
            <th scope="col">{t("workspace.progress.value")}</th>
          </tr>
        </thead>
        <tbody>
          {promise.commitments.map((c) => {
            const p = progress.byCommitment.find((x) => x.commitmentId === c.id);
            return (
              <tr>
                <th scope="row">
                  {c.number}.{" "}
                  <span class="meta">
                    <LocalText ctx={ctx} text={c.text} />
                  </span>
                </th>
                <td>{p?.status ? t(`followUpStatus.${p.status}`) : "–"}</td>
                <td>{p?.weight ?? 1}</td>
                <td>
                  {p?.value === null || p?.value === undefined
                    ? t("workspace.progress.left")
                    : `${p.value} %`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2>{t("progressRule.title")}</h2>
      <ProgressRuleSteps t={t} />
    </WorkspaceLayout>
  );
}
