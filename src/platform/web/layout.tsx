import type { Child } from "hono/jsx";
import type { Locale, Translate } from "../i18n/index.js";
import { htmlLang, PUBLIC_LOCALES, textDirection } from "../i18n/index.js";
import { localePath, splitLocalePath } from "../i18n/locale-path.js";
import type { Viewer } from "../viewer.js";

export interface PageContext {
  locale: Locale;
  t: Translate;
  /** The current path and query, used for the language links. */
  url: URL;
  viewer: Viewer;
  /** For forms of signed-in pages (see `CsrfField`). */
  csrfToken: string | null;
}

/** A link in the reader's language (its prefix, `/en/…`; Swedish has none), so the choice follows the reader. */
export function localHref(ctx: PageContext, path: string): string {
  return localePath(ctx.locale, path);
}

/** Each language's name in itself, as the language switch shows it. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  sv: "Svenska",
  en: "English",
  ar: "العربية",
  so: "Soomaali",
  lattlast: "Lättläst",
};

/**
 * The `hreflang` of a language: lättläst svenska is Swedish with a private-use subtag, so search
 * engines and readers keep it apart from the ordinary Swedish page. @example hreflangOf("lattlast") // "sv-x-lattlast"
 */
export function hreflangOf(locale: Locale): string {
  return locale === "lattlast" ? "sv-x-lattlast" : locale;
}

/** This page's address in another language: the same path and query, another prefix. */
export function pageInLocale(ctx: PageContext, locale: Locale): string {
  const { path } = splitLocalePath(ctx.url.pathname);
  const query = new URLSearchParams(ctx.url.search);
  query.delete("lang");
  const search = query.toString();
  return localePath(locale, search ? `${path}?${search}` : path);
}

/** An Atom feed a page offers (`<link rel="alternate" type="application/atom+xml">`). */
export interface FeedLink {
  href: string;
  title: string;
}

/** The frame of every public page: language, skip link, landmarks, and no JavaScript. */
export function Layout(props: { ctx: PageContext; title: string; feeds?: FeedLink[]; children: Child }) {
  const { ctx } = props;
  return (
    <html lang={htmlLang(ctx.locale)} dir={textDirection(ctx.locale)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} – ${ctx.t("app.name")}`}</title>
        <link rel="stylesheet" href="/assets/site.css" />
        {(props.feeds ?? []).map((feed) => (
          <link rel="alternate" type="application/atom+xml" title={feed.title} href={feed.href} />
        ))}
        {PUBLIC_LOCALES.map((locale) => (
          <link
            rel="alternate"
            hreflang={hreflangOf(locale)}
            href={ctx.url.origin + pageInLocale(ctx, locale)}
          />
        ))}
        <link rel="alternate" hreflang="x-default" href={ctx.url.origin + pageInLocale(ctx, "sv")} />
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
                {PUBLIC_LOCALES.map((locale) => (
                  <li>
                    <a
                      href={pageInLocale(ctx, locale)}
                      lang={htmlLang(locale)}
                      hreflang={hreflangOf(locale)}
                      dir={textDirection(locale)}
                      aria-current={locale === ctx.locale ? "true" : undefined}
                    >
                      {LANGUAGE_NAMES[locale]}
                    </a>
                  </li>
                ))}
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
