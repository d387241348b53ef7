import type { Child } from "hono/jsx";
import type { Translate, UiLocale } from "../i18n/index.js";
import { UI_LOCALES } from "../i18n/index.js";
import type { Viewer } from "../viewer.js";

export interface PageContext {
  locale: UiLocale;
  t: Translate;
  /** The current path and query, used for the language links. */
  url: URL;
  viewer: Viewer;
  /** For forms of signed-in pages (see `CsrfField`). */
  csrfToken: string | null;
}

/** Adds `lang` to a link unless it is the default language, so a chosen language follows the reader. */
export function localHref(ctx: PageContext, path: string): string {
  if (ctx.locale === "sv") return path;
  return `${path}${path.includes("?") ? "&" : "?"}lang=${ctx.locale}`;
}

const LANGUAGE_NAMES: Record<UiLocale, string> = { sv: "Svenska", en: "English" };

/** An Atom feed a page offers (`<link rel="alternate" type="application/atom+xml">`). */
export interface FeedLink {
  href: string;
  title: string;
}

/** The frame of every public page: language, skip link, landmarks, and no JavaScript. */
export function Layout(props: { ctx: PageContext; title: string; feeds?: FeedLink[]; children: Child }) {
  const { ctx } = props;
  return (
    <html lang={ctx.locale} dir="ltr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} – ${ctx.t("app.name")}`}</title>
        <link rel="stylesheet" href="/assets/site.css" />
        {(props.feeds ?? []).map((feed) => (
          <link rel="alternate" type="application/atom+xml" title={feed.title} href={feed.href} />
        ))}
      </head>
      <body>
        <a class="skip" href="#main">
          {ctx.t("nav.skip")}
        </a>
        <header class="site-header">
          <div class="inner">
            <p class="brand">
              <a href={localHref(ctx, "/")}>{ctx.t("app.name")}</a>
            </p>
            <nav class="lang" aria-label={ctx.t("nav.language")}>
              <ul>
                {UI_LOCALES.map((locale) => {
                  const target = new URL(ctx.url);
                  if (locale === "sv") target.searchParams.delete("lang");
                  else target.searchParams.set("lang", locale);
                  return (
                    <li>
                      <a
                        href={`${target.pathname}${target.search}`}
                        lang={locale}
                        hreflang={locale}
                        aria-current={locale === ctx.locale ? "true" : undefined}
                      >
                        {LANGUAGE_NAMES[locale]}
                      </a>
                    </li>
                  );
                })}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" tabindex={-1}>
          <div class="inner">{props.children}</div>
        </main>
        <footer class="site-footer">
          <div class="inner">
            <p>{ctx.t("footer.about")}</p>
            <nav aria-label={ctx.t("footer.links")}>
              <ul class="footer-links">
                <li>
                  <a href={localHref(ctx, "/tillganglighet")}>{ctx.t("footer.accessibility")}</a>
                </li>
                <li>
                  <a href={localHref(ctx, "/oppna-data")}>{ctx.t("footer.openData")}</a>
                </li>
                <li>
                  <a href="/logga-in">{ctx.t("footer.signIn")}</a>
                </li>
              </ul>
            </nav>
          </div>
        </footer>
      </body>
    </html>
  );
}
