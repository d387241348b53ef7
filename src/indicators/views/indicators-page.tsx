import { CsrfField } from "../../platform/web/forms.js";
import type { PageContext } from "../../platform/web/layout.js";
import { type NavItem, WorkspaceLayout } from "../../platform/web/workspace-layout.js";
import type { IndicatorFigure } from "../figures.js";
import { UPLOAD_MEGABYTES } from "../indicators.types.js";
import { IndicatorFigures } from "./indicator-figures.js";

export interface IndicatorsPageModel {
  slug: string;
  partnershipName: string;
  nav: NavItem[];
  figures: IndicatorFigure[];
  mayImport: boolean;
  /** After a successful import (in words). */
  done?: string;
  /** A checked file: what the import would do, and its text to carry to the import (null: too long). */
  checked?: { summary: string; content: string | null };
  /** A refused file or form: the message and one line per problem. */
  failure?: { message: string; lines: string[] };
}

/** The workspace page of survey indicators: the figures, and the import (check, then import). */
export function IndicatorsPage(props: { ctx: PageContext; model: IndicatorsPageModel }) {
  const { ctx, model } = props;
  const { t } = ctx;
  const action = `/arbete/${model.slug}/trygghet/import`;
  return (
    <WorkspaceLayout
      ctx={ctx}
      title={t("indicators.title")}
      partnershipName={model.partnershipName}
      nav={model.nav}
    >
      <h1>{t("indicators.title")}</h1>
      <p>{t("indicators.intro")}</p>
      <p>
        <a href={`/${model.slug}/trygghet`}>{t("indicators.publicLink")}</a>
      </p>
      {model.done ? (
        <p class="success" role="status">
          {model.done}
        </p>
      ) : null}
      {model.mayImport ? (
        <section aria-labelledby="import-rubrik" id="import">
          <h2 id="import-rubrik">{t("indicators.import.title")}</h2>
          {model.failure ? (
            <div class="error-summary" role="alert">
              <p>{model.failure.message}</p>
              {model.failure.lines.length ? (
                <ul>
                  {model.failure.lines.map((l) => (
                    <li>{l}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
          {model.checked ? (
            <div class="success" role="status">
              <p>{model.checked.summary}</p>
              {model.checked.content !== null ? (
                <form method="post" action={action}>
                  <CsrfField ctx={ctx} />
                  <input type="hidden" name="step" value="import" />
                  <input type="hidden" name="content" value={model.checked.content} />
                  <button type="submit">{t("indicators.import.confirm")}</button>
                </form>
              ) : (
                <p>{t("indicators.import.tooLongToCarry")}</p>
              )}
            </div>
          ) : null}
          <p id="import-hjalp">{t("indicators.import.help")}</p>
          <form method="post" action={action} enctype="multipart/form-data">
            <CsrfField ctx={ctx} />
            <p>
              <label for="import-fil">{t("indicators.import.file", { max: UPLOAD_MEGABYTES })}</label>
              <input
                type="file"
                id="import-fil"
                name="file"
                accept=".csv,text/csv"
                aria-describedby="import-hjalp"
              />
            </p>
            <p>
              <button type="submit" name="step" value="check">
                {t("indicators.import.check")}
              </button>{" "}
              <button type="submit" name="step" value="import">
                {t("indicators.import.run")}
              </button>
            </p>
          </form>
        </section>
      ) : null}
      {model.figures.length ? (
        <IndicatorFigures ctx={ctx} figures={model.figures} />
      ) : (
        <p>{t("indicators.none")}</p>
      )}
    </WorkspaceLayout>
  );
}
