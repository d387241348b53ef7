import { IndicatorFigures } from "../../indicators/views/indicator-figures.js";
import { Layout, type PageContext } from "../../platform/web/layout.js";
import type { PublicIndicatorsPage as Model } from "../public-indicators.js";
import { PublicIncidentsSection } from "./public-incidents-section.js";

/**
 * `/<partnership>/trygghet`: first the weekly incident figures the samordnare has published (short
 * and the newest news: what a resident on a phone looks for first), then the partnership's survey
 * results (charts and tables), each under its own heading.
 */
export function PublicIndicatorsPage(props: { ctx: PageContext; model: Model }) {
  const { ctx, model } = props;
  const title = ctx.t("indicators.public.title", { partnership: model.partnership.name });
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <PublicIncidentsSection ctx={ctx} weeks={model.incidentWeeks} />
      <section id="matningar" aria-labelledby="matningar-rubrik">
        <h2 id="matningar-rubrik">{ctx.t("indicators.public.surveys")}</h2>
        <p>{ctx.t("indicators.public.intro")}</p>
        {model.figures.length ? (
          <IndicatorFigures ctx={ctx} figures={model.figures} headingLevel={3} />
        ) : (
          <p>{ctx.t("indicators.public.none")}</p>
        )}
      </section>
    </Layout>
  );
}
