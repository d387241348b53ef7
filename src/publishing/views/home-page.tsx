import { Layout, localHref, type PageContext } from "../../platform/web/layout.js";
import { publicPromisePath } from "../public-paths.js";
import type { PublicHome } from "../publishing.types.js";
import { shownText } from "./local-text.js";

/** The start page: the newest published promises, grouped by partnership. */
export function HomePage(props: { ctx: PageContext; model: PublicHome }) {
  const { ctx } = props;
  const { t } = ctx;
  const { groups, total } = props.model;
  const shown = groups.reduce((n, g) => n + g.promises.length, 0);
  return (
    <Layout ctx={ctx} title={t("home.title")}>
      <h1>{t("home.title")}</h1>
      <p class="lead">{t("home.intro")}</p>
      {groups.length === 0 ? <p>{t("home.empty")}</p> : null}
      {total > shown ? <p>{t("home.latestOnly", { shown, total })}</p> : null}
      {groups.map((group) => (
        <section aria-labelledby={`g-${slugOf(group.partnershipName)}`}>
          <h2 id={`g-${slugOf(group.partnershipName)}`}>
            {t("home.promisesOf", { partnership: group.partnershipName })}
          </h2>
          <ul class="cards">
            {group.promises.map((p) => (
              <li class="card">
                <h3>
                  <a href={localHref(ctx, publicPromisePath(p.partnershipSlug ?? "", p.ref))}>
                    <span {...shownText(ctx, p.title).attrs}>{shownText(ctx, p.title).text}</span>
                  </a>
                </h3>
                <dl class="facts">
                  <dt>{t("home.years")}</dt>
                  <dd>{p.fromYear === p.toYear ? p.fromYear : `${p.fromYear}–${p.toYear}`}</dd>
                  <dt>{t("home.areas")}</dt>
                  <dd>{p.areas.map((a) => a.name).join(", ")}</dd>
                  <dt>{t("home.status")}</dt>
                  <dd>{t(`promiseStatus.${p.status}`)}</dd>
                </dl>
                <p class="meta">{t("promise.pointsCount", { count: p.commitmentCount })}</p>
                {p.reportPublished ? (
                  <p>
                    <a
                      href={localHref(
                        ctx,
                        `${publicPromisePath(p.partnershipSlug ?? "", p.ref)}/aterrapportering`,
                      )}
                    >
                      {t("home.reportPublished")}
                    </a>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}

function slugOf(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
