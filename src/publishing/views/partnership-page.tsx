import { Layout, type PageContext } from "../../platform/web/layout.js";
import type { PublicPartnershipPage } from "../publishing.types.js";
import { AreaMap, ContactBlock } from "./area-map.js";
import { PromiseCards } from "./home-page.js";

/** A partnership's public page (`/<slug>`): who, how to reach them, the map of its areas, its public promises. */
export function PartnershipPage(props: { ctx: PageContext; model: PublicPartnershipPage }) {
  const { ctx, model } = props;
  const { t } = ctx;
  const label = (a: PublicPartnershipPage["areas"][number]) =>
    a.classification ? `${a.name} (${t(`classification.${a.classification}`)})` : a.name;
  return (
    <Layout ctx={ctx} title={model.name}>
      <h1>{model.name}</h1>
      <p class="lead">
        {t("partnership.intro", {
          municipality: model.county ? `${model.municipalityName}, ${model.county}` : model.municipalityName,
        })}
      </p>
      <ContactBlock ctx={ctx} contact={model.contact} headingLevel={2} />
      <section aria-labelledby="areas">
        <h2 id="areas">{t("partnership.areas")}</h2>
        <AreaMap ctx={ctx} id="karta" name={model.name} areas={model.areas} />
        {model.areas.length === 0 ? (
          <p>{t("partnership.noAreas")}</p>
        ) : model.areas.some((a) => !a.boundary) ? (
          <ul>
            {model.areas
              .filter((a) => !a.boundary)
              .map((a) => (
                <li>
                  {label(a)} {t("map.noBoundary")}
                </li>
              ))}
          </ul>
        ) : null}
      </section>
      <section aria-labelledby="promises">
        <h2 id="promises">{t("partnership.promises")}</h2>
        {model.promises.length === 0 ? (
          <p>{t("partnership.noPromises")}</p>
        ) : (
          <PromiseCards ctx={ctx} promises={model.promises} />
        )}
      </section>
    </Layout>
  );
}
