import type { RoundSettings } from "../../followups/round-settings.js";
import { CsrfField } from "../../platform/web/forms.js";
import type { PageContext } from "../../platform/web/layout.js";
import { type NavItem, WorkspaceLayout } from "../../platform/web/workspace-layout.js";

/** The administrator's settings of the follow-up round: four eyes on or off. */
export function RoundSettingsPage(props: {
  ctx: PageContext;
  slug: string;
  partnershipName: string;
  nav: NavItem[];
  settings: RoundSettings;
  saved?: boolean;
}) {
  const { ctx, settings } = props;
  const { t } = ctx;
  const title = t("workspace.settings.title");
  return (
    <WorkspaceLayout ctx={ctx} title={title} partnershipName={props.partnershipName} nav={props.nav}>
      <h1>{title}</h1>
      {props.saved ? (
        <p class="success" role="status">
          {t("workspace.settings.saved")}
        </p>
      ) : null}
      <form method="post" action={`/arbete/${props.slug}/installningar/uppfoljning`}>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="version" value={String(settings.version)} />
        <fieldset>
          <legend>{t("workspace.settings.fourEyes")}</legend>
          <p class="hint" id="four-eyes-hint">
            {t("workspace.settings.fourEyesHint")}
          </p>
          <label class="choice">
            <input type="radio" name="fourEyes" value="true" checked={settings.fourEyes} />{" "}
            {t("workspace.settings.fourEyesOn")}
          </label>
          <label class="choice">
            <input type="radio" name="fourEyes" value="false" checked={!settings.fourEyes} />{" "}
            {t("workspace.settings.fourEyesOff")}
          </label>
        </fieldset>
        <button type="submit">{t("workspace.settings.save")}</button>
      </form>
    </WorkspaceLayout>
  );
}
