import type { Child } from "hono/jsx";
import { htmlLang, textDirection } from "../i18n/index.js";
import { CsrfField } from "./forms.js";
import type { PageContext } from "./layout.js";

export interface NavItem {
  href: string;
  label: string;
}

/**
 * The frame of every staff page: the partnership, the navigation the viewer's roles allow (the
 * caller passes only those items), who is signed in, and sign-out. No JavaScript: plain forms.
 */
export function WorkspaceLayout(props: {
  ctx: PageContext;
  title: string;
  partnershipName: string;
  nav: NavItem[];
  children: Child;
}) {
  const { ctx } = props;
  const { t } = ctx;
  const current = ctx.url.pathname;
  return (
    <html lang={htmlLang(ctx.locale)} dir={textDirection(ctx.locale)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} – ${props.partnershipName} – ${t("app.name")}`}</title>
        <link rel="stylesheet" href="/assets/site.css" />
      </head>
      <body class="workspace">
        <a class="skip" href="#main">
          {t("nav.skip")}
        </a>
        <header class="site-header">
          <div class="inner">
            <p class="brand">
              <a href="/arbete">{t("app.name")}</a> <span class="partnership">{props.partnershipName}</span>
            </p>
            {ctx.viewer.kind === "account" ? (
              <form method="post" action="/logga-ut" class="signout">
                <CsrfField ctx={ctx} />
                <span>{ctx.viewer.name}</span> <button type="submit">{t("nav.signOut")}</button>
              </form>
            ) : null}
          </div>
          <nav aria-label={t("nav.workspace")} class="workspace-nav">
            <ul class="inner">
              {props.nav.map((item) => (
                <li>
                  <a href={item.href} aria-current={current === item.href ? "page" : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" tabindex={-1}>
          <div class="inner">{props.children}</div>
        </main>
      </body>
    </html>
  );
}
