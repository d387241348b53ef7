/**
 * The public pages of safety walks: the list, and a walk's map (findings as numbered markers,
 * filled while open) with a table of the same findings beside it — the text alternative, so the
 * map is never the only way to the information. No photos, names or unchecked descriptions (the
 * reader does not even select them).
 */
import { raw } from "hono/html";
import { intlTag, type MessageKey } from "../../platform/i18n/index.js";
import type { SvgMap } from "../../platform/maps/svg-map.js";
import { Layout, localHref, type PageContext } from "../../platform/web/layout.js";
import type { PublicWalk, PublicWalks } from "../public-walks.js";

const date = (ctx: PageContext, iso: string) =>
  new Intl.DateTimeFormat(intlTag(ctx.locale), {
    dateStyle: "long",
    timeZone: "UTC",
  }).format(new Date(`${iso}T00:00:00Z`));

const participants = (ctx: PageContext, p: PublicWalk["participants"]) => ctx.t("walks.participants", p);

export function PublicWalksPage(props: { ctx: PageContext; model: PublicWalks }) {
  const { ctx, model } = props;
  const { t } = ctx;
  const title = t("walks.public.title", { partnership: model.partnershipName });
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">{t("walks.public.intro")}</p>
      {model.walks.length === 0 ? (
        <p>{t("walks.none")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("walks.col.date")}</th>
              <th scope="col">{t("walks.col.area")}</th>
              <th scope="col">{t("walks.col.participants")}</th>
              <th scope="col">{t("walks.col.findings")}</th>
              <th scope="col">{t("walks.status.done")}</th>
            </tr>
          </thead>
          <tbody>
            {model.walks.map((w) => (
              <tr>
                <td>
                  <a href={localHref(ctx, `/${model.slug}/trygghetsvandringar/${w.id}`)}>
                    {date(ctx, w.walkedOn)}
                  </a>
                </td>
                <td>{w.areaName}</td>
                <td>{participants(ctx, w.participants)}</td>
                <td>{w.findings}</td>
                <td>{w.closedFindings}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

export function PublicWalkPage(props: { ctx: PageContext; model: PublicWalk; map: SvgMap | null }) {
  const { ctx, model } = props;
  const { t } = ctx;
  const title = t("walks.public.walkTitle", { area: model.areaName, date: date(ctx, model.walkedOn) });
  return (
    <Layout ctx={ctx} title={title}>
      <p>
        <a href={localHref(ctx, `/${model.slug}/trygghetsvandringar`)}>{t("walks.public.back")}</a>
      </p>
      <h1>{title}</h1>
      {model.demo ? <p class="notice">{t("walks.demo")}</p> : null}
      <p>{participants(ctx, model.participants)}</p>
      {props.map ? <figure class="map-frame">{raw(props.map.svg)}</figure> : null}
      {model.items.length === 0 ? (
        <p>{t("walks.findings.none")}</p>
      ) : (
        <table class="findings">
          <caption>{t("walks.public.tableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("walks.col.number")}</th>
              <th scope="col">{t("walks.col.category")}</th>
              <th scope="col">{t("walks.col.place")}</th>
              <th scope="col">{t("walks.col.description")}</th>
              <th scope="col">{t("walks.col.responsible")}</th>
              <th scope="col">{t("walks.col.status")}</th>
              <th scope="col">{t("walks.col.targetDate")}</th>
            </tr>
          </thead>
          <tbody>
            {model.items.map((f) => (
              <tr>
                <td>{f.number}</td>
                <td>{t(`walks.category.${f.category}` as MessageKey)}</td>
                <td>
                  {f.latitude !== null && f.longitude !== null
                    ? t("walks.place.position", { lat: f.latitude.toFixed(4), lon: f.longitude.toFixed(4) })
                    : "–"}
                </td>
                <td>{f.description ?? t("walks.public.noDescription")}</td>
                <td>{f.responsiblePartyName}</td>
                <td>{t(`walks.status.${f.status}` as MessageKey)}</td>
                <td>{date(ctx, f.targetDate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
