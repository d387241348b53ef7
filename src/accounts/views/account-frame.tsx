import type { Child } from "hono/jsx";
import { CsrfField } from "../../platform/web/forms.js";
import { Layout, type PageContext } from "../../platform/web/layout.js";

/**
 * The frame of the personal pages (outside any partnership): the public layout plus, for a
 * signed-in viewer, links to the personal pages and sign-out.
 */
export function AccountFrame(props: { ctx: PageContext; title: string; children: Child }) {
  const { ctx } = props;
  const { t } = ctx;
  const current = ctx.url.pathname;
  const links = [
    { href: "/arbete", label: t("accounts.nav.workspaces") },
    { href: "/konto/nycklar", label: t("accounts.nav.tokens") },
    { href: "/byt-losenord", label: t("accounts.nav.password") },
  ];
  return (
    <Layout ctx={ctx} title={props.title}>
      {ctx.viewer.kind === "account" ? (
        <nav aria-label={t("accounts.nav.account")} class="account-nav">
          <ul>
            {links.map((l) => (
              <li>
                <a href={l.href} aria-current={current === l.href ? "page" : undefined}>
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
          <form method="post" action="/logga-ut" class="signout">
            <CsrfField ctx={ctx} />
            <span>{ctx.viewer.name}</span> <button type="submit">{t("nav.signOut")}</button>
          </form>
        </nav>
      ) : null}
      {props.children}
    </Layout>
  );
}
