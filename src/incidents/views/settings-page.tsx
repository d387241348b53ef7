/** Categories and settings of the incident reports: rhythm, retention, the category list. */
import type { MessageKey } from "../../platform/i18n/index.js";
import { CsrfField } from "../../platform/web/forms.js";
import type { PageContext } from "../../platform/web/layout.js";
import { type NavItem, WorkspaceLayout } from "../../platform/web/workspace-layout.js";
import type { IncidentCategory } from "../incident-categories.js";
import { ErrorSummary, type Failure, Field, valueOf } from "./parts.js";

export interface SettingsPageModel {
  ctx: PageContext;
  nav: NavItem[];
  slug: string;
  partnershipName: string;
  categories: IncidentCategory[];
  settings: { rhythm: "weekly" | "biweekly"; retentionMonths: number; version: number };
  notice?: string | undefined;
  failure?: Failure | undefined;
}

export function IncidentSettingsPage(props: { model: SettingsPageModel }) {
  const m = props.model;
  const { ctx, failure } = m;
  const { t } = ctx;
  const base = `/arbete/${m.slug}/handelser`;
  const rhythm = valueOf(failure, "settings", "rhythm", m.settings.rhythm);
  return (
    <WorkspaceLayout
      ctx={ctx}
      title={t("incidents.settings.title")}
      partnershipName={m.partnershipName}
      nav={m.nav}
    >
      <h1>{t("incidents.settings.title")}</h1>
      <p>
        <a href={base}>{t("incidents.back")}</a>
      </p>
      {m.notice ? (
        <p class="notice" role="status">
          {m.notice}
        </p>
      ) : null}
      <form method="post" action={`${base}/installningar`}>
        <CsrfField ctx={ctx} />
        <ErrorSummary ctx={ctx} failure={failure} form="settings" />
        <input type="hidden" name="version" value={String(m.settings.version)} />
        <fieldset>
          <legend>{t("incidents.settings.rhythm")}</legend>
          {(["weekly", "biweekly"] as const).map((r) => (
            <div class="check">
              <input
                type="radio"
                id={`settings-rhythm-${r}`}
                name="rhythm"
                value={r}
                checked={rhythm === r}
              />{" "}
              <label for={`settings-rhythm-${r}`} class="inline">
                {t(`incidents.rhythm.${r}` as MessageKey)}
              </label>
            </div>
          ))}
        </fieldset>
        <Field
          ctx={ctx}
          form="settings"
          name="retentionMonths"
          label={t("incidents.settings.retention")}
          hint={t("incidents.settings.retentionHint")}
          failure={failure}
          control={(a) => (
            <input
              {...a}
              name="retentionMonths"
              type="number"
              min={1}
              max={120}
              value={valueOf(failure, "settings", "retentionMonths", String(m.settings.retentionMonths))}
            />
          )}
        />
        <p>
          <button type="submit">{t("incidents.settings.save")}</button>
        </p>
      </form>

      <h2>{t("incidents.categories.title")}</h2>
      <p>{t("incidents.categories.intro")}</p>
      {m.categories.map((c) => {
        const form = `category-${c.key}`;
        return (
          <form method="post" action={`${base}/kategorier/${c.key}`} class="card">
            <CsrfField ctx={ctx} />
            <ErrorSummary ctx={ctx} failure={failure} form={form} />
            <input type="hidden" name="version" value={String(c.version)} />
            <h3>
              {c.name}
              {c.active ? "" : ` (${t("incidents.categories.retired")})`}
            </h3>
            <Field
              ctx={ctx}
              form={form}
              name="name"
              label={t("incidents.categories.name")}
              failure={failure}
              control={(a) => (
                <input
                  {...a}
                  name="name"
                  type="text"
                  size={50}
                  maxlength={80}
                  required
                  value={valueOf(failure, form, "name", c.name)}
                />
              )}
            />
            <Field
              ctx={ctx}
              form={form}
              name="subcategories"
              label={t("incidents.categories.subcategories")}
              failure={failure}
              control={(a) => (
                <textarea {...a} name="subcategories" rows={4} cols={40}>
                  {valueOf(failure, form, "subcategories", c.subcategories.join("\n"))}
                </textarea>
              )}
            />
            <p class="check">
              <input type="checkbox" id={`${form}-active`} name="active" value="true" checked={c.active} />{" "}
              <label for={`${form}-active`} class="inline">
                {t("incidents.categories.active")}
              </label>
            </p>
            <p>
              <button type="submit">{t("incidents.categories.save")}</button>
            </p>
          </form>
        );
      })}
      <form method="post" action={`${base}/kategorier`}>
        <CsrfField ctx={ctx} />
        <h3>{t("incidents.categories.addTitle")}</h3>
        <ErrorSummary ctx={ctx} failure={failure} form="new-category" />
        <Field
          ctx={ctx}
          form="new-category"
          name="name"
          label={t("incidents.categories.name")}
          failure={failure}
          control={(a) => (
            <input
              {...a}
              name="name"
              type="text"
              size={50}
              maxlength={80}
              required
              value={valueOf(failure, "new-category", "name")}
            />
          )}
        />
        <Field
          ctx={ctx}
          form="new-category"
          name="subcategories"
          label={t("incidents.categories.subcategories")}
          failure={failure}
          control={(a) => (
            <textarea {...a} name="subcategories" rows={4} cols={40}>
              {valueOf(failure, "new-category", "subcategories")}
            </textarea>
          )}
        />
        <p>
          <button type="submit">{t("incidents.categories.add")}</button>
        </p>
      </form>
    </WorkspaceLayout>
  );
}
