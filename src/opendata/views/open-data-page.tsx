import { Layout, localHref, type PageContext } from "../../platform/web/layout.js";
import type { OpenDataPartnership } from "../../publishing/public-open-data.js";
import { openDataPaths } from "../../publishing/public-paths.js";
import { CC0 } from "../formats.js";
import { DATASETS, TABLES } from "../tables.js";

/** `/oppna-data`: what the files are, in plain words, with every file, feed and the catalogue. */
export function OpenDataPage(props: { ctx: PageContext; partnerships: OpenDataPartnership[] }) {
  const { ctx } = props;
  const { t } = ctx;
  const documentation = ctx.locale === "en" ? "en" : "sv";
  const files = (slug?: string) => (
    <ul>
      {DATASETS.map((name) => {
        const title = t(`openData.dataset.${name}`);
        return (
          <li>
            {title}:{" "}
            <a
              href={openDataPaths.file(name, "csv", slug)}
              aria-label={t("openData.files.csvLabel", { title })}
            >
              {t("openData.files.csv")}
            </a>
            ,{" "}
            <a
              href={openDataPaths.file(name, "json", slug)}
              aria-label={t("openData.files.jsonLabel", { title })}
            >
              {t("openData.files.json")}
            </a>
          </li>
        );
      })}
    </ul>
  );
  return (
    <Layout
      ctx={ctx}
      title={t("openData.title")}
      feeds={[{ href: openDataPaths.feed(), title: t("openData.feeds.all") }]}
    >
      <h1>{t("openData.title")}</h1>
      <p class="lead">{t("openData.intro")}</p>
      <p>
        {t("openData.licence")} <a href={CC0}>{t("openData.licenceLink")}</a>
      </p>
      <p>{t("openData.onlyPublished")}</p>

      <h2 id="filer">{t("openData.files.title")}</h2>
      <p>{t("openData.files.intro")}</p>
      <h3>{t("openData.files.all")}</h3>
      {files()}
      {props.partnerships.length === 0 ? <p>{t("openData.none")}</p> : null}
      {props.partnerships.map((p) => (
        <section aria-labelledby={`s-${p.slug}`}>
          <h3 id={`s-${p.slug}`}>{t("openData.files.partnership", { name: p.name })}</h3>
          {files(p.slug)}
        </section>
      ))}

      <h2 id="floden">{t("openData.feeds.title")}</h2>
      <p>{t("openData.feeds.intro")}</p>
      <ul>
        <li>
          <a href={openDataPaths.feed()}>{t("openData.feeds.all")}</a>
        </li>
        {props.partnerships.map((p) => (
          <li>
            <a href={openDataPaths.feed(p.slug)}>{t("openData.feeds.partnership", { name: p.name })}</a>
            {p.areas.length > 0 ? (
              <ul>
                {p.areas.map((a) => (
                  <li>
                    <a href={openDataPaths.areaFeed(p.slug, a.id)}>
                      {t("openData.feeds.area", { area: a.name })}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>

      <h2 id="katalog">{t("openData.catalog.title")}</h2>
      <p>{t("openData.catalog.text")}</p>
      <p>
        <a href={openDataPaths.catalog}>{t("openData.catalog.link")}</a>
      </p>

      <h2 id="kolumner">{t("openData.columns.title")}</h2>
      <p>{t("openData.columns.intro")}</p>
      {/* The columns' documentation is for programmers: English in English, else Swedish (marked). */}
      {documentation === "sv" && ctx.locale !== "sv" ? <p class="only-sv">{t("lang.onlySwedish")}</p> : null}
      {DATASETS.map((name) => (
        <section aria-labelledby={`k-${name}`}>
          <h3 id={`k-${name}`}>
            {t(`openData.dataset.${name}`)} (<code>{name}</code>)
          </h3>
          <div lang={documentation} dir="ltr">
            <p>{TABLES[name].description[documentation]}</p>
            <dl>
              {TABLES[name].columns.map((c) => (
                <>
                  <dt>
                    <code>{c.name}</code>
                  </dt>
                  <dd>{c[documentation]}</dd>
                </>
              ))}
            </dl>
          </div>
        </section>
      ))}
      <p>
        <a href={localHref(ctx, "/")}>{t("home.title")}</a>
      </p>
    </Layout>
  );
}
