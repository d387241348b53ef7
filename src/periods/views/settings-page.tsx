import { CsrfField } from "../../platform/web/forms.js";
import type { PageContext } from "../../platform/web/layout.js";
import { type NavItem, WorkspaceLayout } from "../../platform/web/workspace-layout.js";
import { PERIOD_SCHEMES } from "../calendar.js";

export interface SettingsPageModel {
  slug: string;
  partnershipName: string;
  nav: NavItem[];
  settings: { periodScheme: string; deadlineOffsetDays: number; reminderDaysBefore: number; version: number };
  /** What the last save did to the periods (in words). */
  saved?: { created: string[]; removed: string[]; kept: string[] };
  error?: string;
}

/** The administrator's page for the partnership's reporting rhythm. */
export function ReportingSettingsPage(props: { ctx: PageContext; model: SettingsPageModel }) {
  const { ctx, model } = props;
  const { t } = ctx;
  const s = model.settings;
  const list = (codes: string[]) => (codes.length ? codes.join(", ") : t("periods.settings.none"));
  return (
    <WorkspaceLayout
      ctx={ctx}
      title={t("periods.settings.title")}
      partnershipName={model.partnershipName}
      nav={model.nav}
    >
      <h1>{t("periods.settings.title")}</h1>
      <p>{t("periods.settings.intro")}</p>
      {model.saved ? (
        <p class="success" role="status">
          {t("periods.settings.saved", {
            created: list(model.saved.created),
            removed: list(model.saved.removed),
            kept: list(model.saved.kept),
          })}
        </p>
      ) : null}
      {model.error ? (
        <div class="error-summary" role="alert">
          <p>{model.error}</p>
        </div>
      ) : null}
      <form method="post" action={`/arbete/${model.slug}/installningar/rapportering`}>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="version" value={String(s.version)} />
        <fieldset>
          <legend>{t("periods.settings.scheme")}</legend>
          {PERIOD_SCHEMES.map((scheme) => (
            <p>
              <input
                type="radio"
                id={`scheme-${scheme}`}
                name="periodScheme"
                value={scheme}
                checked={s.periodScheme === scheme}
              />
              <label for={`scheme-${scheme}`}>{t(`periods.scheme.${scheme}`)}</label>
            </p>
          ))}
        </fieldset>
        <label for="deadline-days">{t("periods.settings.deadline")}</label>
        <input
          id="deadline-days"
          name="deadlineOffsetDays"
          inputmode="numeric"
          value={String(s.deadlineOffsetDays)}
        />
        <label for="reminder-days">{t("periods.settings.reminder")}</label>
        <input
          id="reminder-days"
          name="reminderDaysBefore"
          inputmode="numeric"
          value={String(s.reminderDaysBefore)}
        />
        <p class="hint">{t("periods.settings.hint")}</p>
        <p>
          <button type="submit">{t("periods.settings.save")}</button>
        </p>
      </form>
    </WorkspaceLayout>
  );
}
