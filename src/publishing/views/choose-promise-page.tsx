import type { LocalizedText } from "../../platform/i18n/localized-text.js";
import { pickText } from "../../platform/i18n/localized-text.js";
import { Layout, localHref, type PageContext } from "../../platform/web/layout.js";
import { publicPromisePath } from "../public-paths.js";

/** `/loften/<ref>` when several partnerships have a public promise with that reference. */
export function ChoosePromisePage(props: {
  ctx: PageContext;
  ref: string;
  places: { partnershipSlug: string; partnershipName: string; title: LocalizedText }[];
}) {
  const { ctx } = props;
  const title = ctx.t("publishing.choose.title", { ref: props.ref });
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>{ctx.t("publishing.choose.intro")}</p>
      <ul>
        {props.places.map((place) => (
          <li>
            <a href={localHref(ctx, publicPromisePath(place.partnershipSlug, props.ref))}>
              {pickText(place.title, ctx.locale).text}
            </a>{" "}
            ({place.partnershipName})
          </li>
        ))}
      </ul>
    </Layout>
  );
}
