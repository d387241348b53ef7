import { raw } from "hono/html";
import type { Boundary } from "../../platform/maps/geojson.js";
import { renderSvgMap } from "../../platform/maps/svg-map.js";
import type { PageContext } from "../../platform/web/layout.js";
import type { PublicContact, PublicMapArea } from "../publishing.types.js";

/**
 * The public map of areas: drawn on the server (platform/maps/svg-map.ts: an image with a title and
 * a description, no tiles, no script) with its text alternative, a list of the areas (each with
 * its current police classification when known). Nothing when no area has a boundary.
 */
export function AreaMap(props: {
  ctx: PageContext;
  id: string;
  name: string;
  areas: PublicMapArea[];
  /** Areas drawn stronger (the promise's own); all when not given. */
  highlight?: string[];
}) {
  const { ctx } = props;
  const { t } = ctx;
  const drawn = props.areas.filter((a) => a.boundary);
  const label = (a: PublicMapArea) =>
    a.classification ? `${a.name} (${t(`classification.${a.classification}`)})` : a.name;
  const map = renderSvgMap(
    drawn.map((a) => ({
      name: label(a),
      boundary: a.boundary as Boundary,
      highlight: props.highlight ? props.highlight.includes(a.id) : true,
    })),
    {
      id: props.id,
      title: t("map.title", { name: props.name }),
      description: t("map.desc", { areas: drawn.map(label).join(", ") }),
    },
  );
  if (!map) return null;
  return (
    <figure class="map-figure">
      {raw(map.svg)}
      <figcaption>
        {t("map.alternative")}:
        <ul>
          {map.alternative.map((line) => (
            <li>{line}</li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

/** A partnership's contact address (e-mail and phone), or a note that there is none yet. */
export function ContactBlock(props: { ctx: PageContext; contact: PublicContact; headingLevel: 2 | 3 }) {
  const { ctx, contact } = props;
  const { t } = ctx;
  const heading = t("partnership.contact");
  return (
    <section aria-labelledby="contact" class="contact">
      {props.headingLevel === 2 ? <h2 id="contact">{heading}</h2> : <h3 id="contact">{heading}</h3>}
      {contact.email || contact.phone ? (
        <dl class="facts">
          {contact.email ? (
            <>
              <dt>{t("partnership.contactEmail")}</dt>
              <dd>
                <a href={`mailto:${contact.email}`}>{contact.email}</a>
              </dd>
            </>
          ) : null}
          {contact.phone ? (
            <>
              <dt>{t("partnership.contactPhone")}</dt>
              <dd>
                <a href={`tel:${contact.phone.replace(/[^0-9+]/g, "")}`}>{contact.phone}</a>
              </dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p>{t("partnership.noContact")}</p>
      )}
    </section>
  );
}
