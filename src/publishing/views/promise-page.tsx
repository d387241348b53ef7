import { periodName } from "../../periods/calendar.js";
import { type FeedLink, Layout, localHref, type PageContext } from "../../platform/web/layout.js";
import type { Commitment, PromiseDetail } from "../../promises/promises.types.js";
import { FollowForm } from "../../subscriptions/views/follow-form.js";
import { openDataPaths, publicPromisePath } from "../public-paths.js";
import { isPublicPromiseStatus } from "../publishing.policy.js";
import type { PromisePageModel } from "../publishing.types.js";
import { AreaMap, ContactBlock } from "./area-map.js";
import { CommitmentItem } from "./commitment-item.js";
import { LocalParagraphs, OnlySwedishNote, shownText } from "./local-text.js";
import { ProgressSection } from "./progress-section.js";
import { PublishedReports } from "./published-reports.js";

const GROUP_ORDER = ["joint", "municipality", "police", "other"] as const;

/** The workspace preview of the page: where its period links lead. */
export interface PreviewFrame {
  /** The preview's own address (`/arbete/:partnership/loften/:ref/forhandsvisning`). */
  path: string;
}

/**
 * A promise for residents: what was promised, by whom, and what has been done, point by point.
 * The same view renders the workspace preview, marked as such, when `preview` is given.
 */
export function PromisePage(props: { ctx: PageContext; model: PromisePageModel; preview?: PreviewFrame }) {
  const { ctx, preview } = props;
  const { t } = ctx;
  const { promise, periods, classifications, reports, periodReports, areas, contact } = props.model;
  const title = shownText(ctx, promise.title);
  const publicPath = publicPromisePath(promise.partnershipSlug ?? "", promise.ref);
  const pagePath = preview ? preview.path : publicPath;
  const groups = GROUP_ORDER.map((kind) => ({
    kind,
    points: promise.commitments.filter((c) => c.responsibleKind === kind),
  })).filter((g) => g.points.length > 0);
  const reportedPeriods = periods.filter((p) => p.year >= promise.fromYear && p.year <= promise.toYear);
  const latestName = promise.asOfPeriod ? periodName(promise.asOfPeriod, ctx.locale) : "–";
  return (
    <Layout
      ctx={ctx}
      title={preview ? t("publishing.preview.title", { title: title.text }) : title.text}
      feeds={preview ? [] : promiseFeeds(ctx, promise)}
    >
      {preview ? <PreviewBanner ctx={ctx} promise={promise} /> : null}
      <h1 {...title.attrs}>{title.text}</h1>
      <OnlySwedishNote ctx={ctx} shown={title} />
      {promise.demo ? <p class="notice">{t("promise.demoNotice")}</p> : null}
      <dl class="facts">
        <dt>{t("promise.period")}</dt>
        <dd>
          {promise.fromYear === promise.toYear ? promise.fromYear : `${promise.fromYear}–${promise.toYear}`}
        </dd>
        <dt>{t("promise.areas")}</dt>
        <dd>
          {promise.areas
            .map((a) => {
              const current = classifications.find((x) => x.areaId === a.id)?.classification;
              return current ? `${a.name} (${t(`classification.${current}`)})` : a.name;
            })
            .join(", ")}
        </dd>
        <dt>{t("promise.parties")}</dt>
        <dd>{promise.parties.map((p) => p.name).join(", ")}</dd>
        <dt>{t("promise.status")}</dt>
        <dd>{t(`promiseStatus.${promise.status}`)}</dd>
        {promise.signedOn ? (
          <>
            <dt>{t("promise.signedOn")}</dt>
            <dd>
              <time datetime={promise.signedOn}>{promise.signedOn}</time>
            </dd>
          </>
        ) : null}
        {promise.agreement ? (
          <>
            <dt>{t("promise.agreement")}</dt>
            <dd {...shownText(ctx, promise.agreement.title).attrs}>
              {shownText(ctx, promise.agreement.title).text}
            </dd>
          </>
        ) : null}
      </dl>
      <AreaMap
        ctx={ctx}
        id="karta"
        name={promise.areas.map((a) => a.name).join(", ")}
        areas={areas.map((a) => ({
          ...a,
          classification: classifications.find((x) => x.areaId === a.id)?.classification ?? null,
        }))}
      />
      {promise.background ? (
        <Prose ctx={ctx} heading={t("promise.background")} text={promise.background} />
      ) : null}
      {promise.howMade ? <Prose ctx={ctx} heading={t("promise.howMade")} text={promise.howMade} /> : null}

      <ProgressSection ctx={ctx} promise={promise} />

      {reportedPeriods.length > 0 ? (
        <nav class="periods" aria-label={t("promise.latestPeriod", { period: latestName })}>
          <p class="meta">{t("promise.latestPeriod", { period: latestName })}</p>
          <ul>
            {reportedPeriods.map((p) => (
              <li>
                <a
                  href={localHref(ctx, `${pagePath}?period=${p.code}`)}
                  aria-current={p.code === promise.asOfPeriod ? "page" : undefined}
                >
                  {periodName(p.code, ctx.locale)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      <section aria-labelledby="points">
        <h2 id="points">{t("promise.points")}</h2>
        <p>{t("promise.pointsCount", { count: promise.commitments.length })}</p>
        {groups.map((group) => (
          <section aria-labelledby={`group-${group.kind}`}>
            <h3 id={`group-${group.kind}`}>{t(`group.${group.kind}`)}</h3>
            <ol class="points">
              {group.points.map((c: Commitment) => (
                <CommitmentItem ctx={ctx} commitment={c} reasons={props.model.reasons?.[c.id]} />
              ))}
            </ol>
          </section>
        ))}
      </section>
      {reports.length > 0 ? <PublishedReports ctx={ctx} reports={reports} promisePath={publicPath} /> : null}
      <ContactBlock ctx={ctx} contact={contact} headingLevel={2} />
      <p>
        <a href={localHref(ctx, `/${encodeURIComponent(promise.partnershipSlug ?? "")}`)}>
          {t("partnership.link", { name: contact.name })}
        </a>
      </p>
      {periodReports.length > 0 ? (
        <section aria-labelledby="period-reports">
          <h2 id="period-reports">{t("publishing.periodReports.title")}</h2>
          <p>{t("publishing.periodReports.intro")}</p>
          <ul>
            {periodReports.map((code) => (
              <li>
                <a href={localHref(ctx, `${publicPath}/period/${code}`)}>
                  {t("publishing.periodReports.link", { period: code })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {preview ? null : (
        <FollowForm ctx={ctx} partnershipSlug={promise.partnershipSlug ?? ""} promiseId={promise.id} />
      )}
    </Layout>
  );
}

/** The preview's banner: not published, what it shows, and where the public page is (if any). */
function PreviewBanner(props: { ctx: PageContext; promise: PromiseDetail }) {
  const { ctx, promise } = props;
  const { t } = ctx;
  return (
    <div class="notice preview-banner" role="note">
      <p>
        <strong>{t("publishing.preview.banner")}</strong>
      </p>
      <p>{t("publishing.preview.explain")}</p>
      {isPublicPromiseStatus(promise.status) ? (
        <p>
          {t("publishing.preview.isPublic")}{" "}
          <a href={localHref(ctx, publicPromisePath(promise.partnershipSlug ?? "", promise.ref))}>
            {t("publishing.preview.openPublic")}
          </a>
        </p>
      ) : (
        <p>{t("publishing.preview.notPublic", { status: t(`promiseStatus.${promise.status}`) })}</p>
      )}
    </div>
  );
}

function Prose(props: { ctx: PageContext; heading: string; text: PromiseDetail["howMade"] & object }) {
  return (
    <section>
      <h2>{props.heading}</h2>
      <LocalParagraphs ctx={props.ctx} text={props.text} />
    </section>
  );
}

/** The Atom feeds a promise page offers: the promise's, its partnership's, and each area's. */
function promiseFeeds(ctx: PageContext, promise: PromisePageModel["promise"]): FeedLink[] {
  const slug = promise.partnershipSlug ?? "";
  return [
    {
      href: openDataPaths.promiseFeed(slug, promise.ref),
      title: ctx.t("publishing.feed.promise", { title: shownText(ctx, promise.title).text }),
    },
    { href: openDataPaths.feed(slug), title: ctx.t("publishing.feed.partnership") },
    ...promise.areas.map((area) => ({
      href: openDataPaths.areaFeed(slug, area.id),
      title: ctx.t("publishing.feed.area", { area: area.name }),
    })),
  ];
}
