import { Layout, localHref, type PageContext } from "../../platform/web/layout.js";
import { openDataPaths, publicPromisePath } from "../public-paths.js";
import type { ListedPromise, OverviewFilters, PublicHome } from "../publishing.types.js";
import { shownText } from "./local-text.js";

const CLASSIFICATIONS = ["especially_vulnerable", "risk", "vulnerable"] as const;

/** The query string of the start page with these filters and page (the language kept). */
export function homeHref(ctx: PageContext, filters: OverviewFilters, page = 1): string {
  const query = new URLSearchParams();
  if (filters.county !== undefined) query.set("lan", filters.county);
  if (filters.municipality !== undefined) query.set("kommun", filters.municipality);
  if (filters.classification !== undefined) query.set("klassning", filters.classification);
  if (filters.year !== undefined) query.set("ar", String(filters.year));
  if (page > 1) query.set("sida", String(page));
  const search = query.toString();
  return localHref(ctx, search ? `/?${search}` : "/");
}

/**
 * The start page, the national overview: a filter form (GET: works without JavaScript, the choice
 * is in the address), how many promises match (a status message), one page of them grouped by
 * partnership with each promise's progress, and links to the other pages.
 */
export function HomePage(props: { ctx: PageContext; model: PublicHome }) {
  const { ctx } = props;
  const { t } = ctx;
  const { groups, total, filters, choices, page, pageCount } = props.model;
  const filtered = Object.values(filters).some((v) => v !== undefined);
  return (
    <Layout
      ctx={ctx}
      title={page > 1 ? `${t("home.title")} (${t("home.pageLink", { page })})` : t("home.title")}
      feeds={[{ href: openDataPaths.feed(), title: t("publishing.feed.all") }]}
    >
      <h1>{t("home.title")}</h1>
      <p class="lead">{t("home.intro")}</p>
      <form method="get" action="/" class="filters" aria-labelledby="filters-title">
        <h2 id="filters-title">{t("home.filters")}</h2>
        {ctx.locale === "sv" ? null : <input type="hidden" name="lang" value={ctx.locale} />}
        <div class="filter-fields">
          <Choice
            ctx={ctx}
            name="lan"
            label={t("home.filter.county")}
            value={filters.county}
            options={choices.counties.map((c) => [c, c])}
          />
          <Choice
            ctx={ctx}
            name="kommun"
            label={t("home.filter.municipality")}
            value={filters.municipality}
            options={choices.municipalities.map((m) => [m, m])}
          />
          <Choice
            ctx={ctx}
            name="klassning"
            label={t("home.filter.classification")}
            value={filters.classification}
            options={CLASSIFICATIONS.map((c) => [c, t(`classification.${c}`)])}
          />
          <Choice
            ctx={ctx}
            name="ar"
            label={t("home.filter.year")}
            value={filters.year === undefined ? undefined : String(filters.year)}
            options={choices.years.map((y) => [String(y), String(y)])}
          />
        </div>
        <p class="actions">
          <button type="submit">{t("home.filter.show")}</button>
          {filtered ? <a href={localHref(ctx, "/")}>{t("home.filter.clear")}</a> : null}
        </p>
      </form>
      <p role="status" class="result-count">
        {total === 0
          ? filtered
            ? t("home.noResults")
            : t("home.empty")
          : `${total === 1 ? t("home.resultsOne") : t("home.results", { total })}${
              pageCount > 1 ? ` ${t("home.resultsPage", { page, pages: pageCount })}` : ""
            }`}
      </p>
      {groups.map((group) => (
        <section aria-labelledby={`g-${group.partnership.slug}`}>
          <h2 id={`g-${group.partnership.slug}`}>
            <a href={localHref(ctx, `/${group.partnership.slug}`)}>{group.partnership.name}</a>
          </h2>
          <p class="meta">
            {group.partnership.county
              ? t("home.place", {
                  municipality: group.partnership.municipalityName,
                  county: group.partnership.county,
                })
              : group.partnership.municipalityName}
          </p>
          <PromiseCards ctx={ctx} promises={group.promises} />
        </section>
      ))}
      <Pages ctx={ctx} filters={filters} page={page} pageCount={pageCount} />
    </Layout>
  );
}

function Choice(props: {
  ctx: PageContext;
  name: string;
  label: string;
  value: string | undefined;
  options: [string, string][];
}) {
  const id = `filter-${props.name}`;
  return (
    <div class="filter">
      <label for={id}>{props.label}</label>
      <select id={id} name={props.name}>
        <option value="" selected={props.value === undefined}>
          {props.ctx.t("home.filter.all")}
        </option>
        {props.options.map(([value, text]) => (
          <option value={value} selected={props.value === value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Promises as cards: title (link), years, areas, stage, points and progress. */
export function PromiseCards(props: { ctx: PageContext; promises: ListedPromise[] }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <ul class="cards">
      {props.promises.map((p) => {
        const title = shownText(ctx, p.title);
        const link = (
          <a href={localHref(ctx, publicPromisePath(p.partnershipSlug ?? "", p.ref))} {...title.attrs}>
            {title.text}
          </a>
        );
        return (
          <li class="card">
            <h3>{link}</h3>
            <dl class="facts">
              <dt>{t("home.years")}</dt>
              <dd>{p.fromYear === p.toYear ? p.fromYear : `${p.fromYear}–${p.toYear}`}</dd>
              <dt>{t("home.areas")}</dt>
              <dd>{p.areas.map((a) => a.name).join(", ")}</dd>
              <dt>{t("home.status")}</dt>
              <dd>{t(`promiseStatus.${p.status}`)}</dd>
              <dt>{t("home.progress")}</dt>
              <dd>
                {p.progress === null ? t("home.progressNone") : t("home.progressOf", { percent: p.progress })}
              </dd>
            </dl>
            {p.progress === null ? null : (
              <svg
                class="bar"
                aria-hidden="true"
                focusable="false"
                viewBox="0 0 100 4"
                preserveAspectRatio="none"
              >
                <rect width={p.progress} height="4" />
              </svg>
            )}
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
        );
      })}
    </ul>
  );
}

/** Page links: previous, a window of numbers around the current page (first and last always), next. */
function Pages(props: { ctx: PageContext; filters: OverviewFilters; page: number; pageCount: number }) {
  const { ctx, filters, page, pageCount } = props;
  const { t } = ctx;
  if (pageCount <= 1) return null;
  const numbers = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])]
    .filter((n) => n >= 1 && n <= pageCount)
    .sort((a, b) => a - b);
  return (
    <nav class="pages" aria-label={t("home.pages")}>
      <ul>
        {page > 1 ? (
          <li>
            <a href={homeHref(ctx, filters, page - 1)} rel="prev">
              {t("home.previous")}
            </a>
          </li>
        ) : null}
        {numbers.map((n, i) => (
          <>
            {i > 0 && n - (numbers[i - 1] ?? n) > 1 ? (
              <li aria-hidden="true" class="gap">
                …
              </li>
            ) : null}
            <li>
              <a
                href={homeHref(ctx, filters, n)}
                aria-current={n === page ? "page" : undefined}
                aria-label={t("home.pageLink", { page: n })}
              >
                {n}
              </a>
            </li>
          </>
        ))}
        {page < pageCount ? (
          <li>
            <a href={homeHref(ctx, filters, page + 1)} rel="next">
              {t("home.next")}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
