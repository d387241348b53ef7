import { IndicatorFigures } from "../../indicators/views/indicator-figures.js";
import { Layout, type PageContext } from "../../platform/web/layout.js";
import type { PublicIndicatorsPage as Model } from "../public-indicators.js";

/** `/<partnership>/trygghet`: the partnership's survey results for residents (charts and tables). */
export function PublicIndicatorsPage(props: { ctx: PageContext; model: Model }) {
  const { ctx, model } = props;
  const title = ctx.t("indicators.public.title", { partnership: model.partnership.name });
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>{ctx.t("indicators.public.intro")}</p>
      {model.figures.length ? (
        <IndicatorFigures ctx={ctx} figures={model.figures} />
      ) : (
        <p>{ctx.t("indicators.public.none")}</p>
      )}
    </Layout>
  );
}
