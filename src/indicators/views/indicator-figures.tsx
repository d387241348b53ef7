import { raw } from "hono/html";
import { lineChartSvg } from "../../platform/charts/svg-charts.js";
import type { PageContext } from "../../platform/web/layout.js";
import { ageBandTable, figureChart, figureTable, type IndicatorFigure } from "../figures.js";

/**
 * The figures of survey indicators: per indicator and area a heading, the line chart (kvinnor, män,
 * alla over the years) and the data table beside it with the same numbers, then any age bands.
 * Shared by the workspace page and the public page (whose figures are always suppressed).
 */
export function IndicatorFigures(props: {
  ctx: PageContext;
  figures: IndicatorFigure[];
  headingLevel?: 2 | 3;
}) {
  const { t } = props.ctx;
  const H = props.headingLevel === 3 ? "h3" : "h2";
  const anyDemo = props.figures.some((f) => f.demo);
  return (
    <div class="indicator-figures">
      {anyDemo ? <p class="demo-note">{t("indicators.demo")}</p> : null}
      {props.figures.map((f, i) => {
        const id = `indikator-${i + 1}`;
        const table = figureTable(f);
        const ages = ageBandTable(f);
        return (
          <section class="indicator" aria-labelledby={`${id}-rubrik`}>
            <H id={`${id}-rubrik`}>
              {f.name}, {f.areaName}
              {f.demo ? <span class="demo-mark"> (exempeldata)</span> : null}
            </H>
            {f.description ? <p>{f.description}</p> : null}
            <p>{t(f.kind === "index" ? "indicators.figure.index" : "indicators.figure.percent")}</p>
            <div class="chart-and-table">
              <figure>
                {raw(lineChartSvg(figureChart(f, `${id}-diagram`)))}
                <figcaption>{table.caption}</figcaption>
              </figure>
              <table>
                <caption>{t("indicators.figure.table")}</caption>
                <thead>
                  <tr>
                    {table.header.map((h) => (
                      <th scope="col">{h}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((r) => (
                    <tr>{r.map((cell, k) => (k === 0 ? <th scope="row">{cell}</th> : <td>{cell}</td>))}</tr>
                  ))}
                </tbody>
              </table>
            </div>
            {ages.rows.length > 0 ? (
              <table>
                <caption>{t("indicators.figure.ageBands")}</caption>
                <thead>
                  <tr>
                    {ages.header.map((h) => (
                      <th scope="col">{h}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {ages.rows.map((r) => (
                    <tr>{r.map((cell, k) => (k === 0 ? <th scope="row">{cell}</th> : <td>{cell}</td>))}</tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            <p class="note">{t("indicators.figure.source", { sources: f.sources.join(", ") })}</p>
          </section>
        );
      })}
      {props.figures.some((f) => f.series.some((s) => s.cells.some((c) => c.suppressed))) ? (
        <p class="note">{t("indicators.figure.suppressed")}</p>
      ) : null}
    </div>
  );
}
