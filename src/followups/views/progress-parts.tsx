import type { Translate } from "../../platform/i18n/index.js";
import type { Progress } from "../followups.types.js";

/**
 * Progress per party as a table; with `basis`, each row also says how many points it counts.
 * Used by the public promise page and the workspace progress view.
 */
export function ProgressByPartyTable(props: { t: Translate; byParty: Progress["byParty"]; basis?: boolean }) {
  const { t } = props;
  return (
    <div class="table-scroll" role="region" tabindex={0} aria-label={t("promise.progressByParty")}>
      <table>
        <caption class="meta">{t("promise.progressByParty")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("promise.parties")}</th>
            <th scope="col">{t("home.progress")}</th>
          </tr>
        </thead>
        <tbody>
          {props.byParty.map((party) => (
            <tr>
              <th scope="row">{party.name}</th>
              <td>
                {party.percent === null ? "–" : `${party.percent} %`}
                {props.basis
                  ? ` (${t("promise.progressBasis", { counted: party.counted, total: party.total })})`
                  : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The published progress rule (ARCHITECTURE.md), step by step, so anyone can recompute the figures. */
export function ProgressRuleSteps(props: { t: Translate }) {
  const { t } = props;
  return (
    <ol>
      <li>{t("progressRule.step1")}</li>
      <li>{t("progressRule.step2")}</li>
      <li>{t("progressRule.step3")}</li>
      <li>{t("progressRule.step4")}</li>
    </ol>
  );
}
