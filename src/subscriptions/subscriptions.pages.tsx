import { type Context, Hono } from "hono";
import { clientAddress, isSameOrigin } from "../accounts/authenticate.js";
import { AppError } from "../platform/errors.js";
import type { AppEnv } from "../platform/http/env.js";
import { readFormAs } from "../platform/http/form.js";
import { pageContext } from "../platform/http/page-context.js";
import { SlugSchema } from "../platform/http/schemas.js";
import { PUBLIC_VIEWER } from "../platform/viewer.js";
import type { PageContext } from "../platform/web/layout.js";
import { isReservedSegment } from "../publishing/public-paths.js";
import { markPublic } from "../publishing/public-snapshot.js";
import { confirmSubscription, readSubscriptionLink } from "./confirm-subscription.js";
import { readFollowPage } from "./follow-page.js";
import { subscribe } from "./subscribe.js";
import { CONFIRM_PATH, UNSUBSCRIBE_PATH } from "./subscription-mail.js";
import { LinkTokenSchema, SubscribeFormSchema, type SubscriptionTarget } from "./subscriptions.types.js";
import { readUnsubscribeLink, unsubscribe } from "./unsubscribe.js";
import { type FollowErrors, FollowPage, MessagePage, targetText } from "./views/subscription-pages.js";

/** A public page's context: the resident's, whoever is signed in (no CSRF token: see module.ts). */
function publicContext(c: Context<AppEnv>): PageContext {
  return { ...pageContext(c), viewer: PUBLIC_VIEWER, csrfToken: null };
}

function noStore(c: Context<AppEnv>): void {
  c.header("Cache-Control", "no-store");
}

export function targetOf(field: string): SubscriptionTarget {
  const [kind, id] = field.split(":") as [string, string];
  return kind === "promise" ? { promiseId: id } : { areaId: id };
}

const slugOf = (c: Context<AppEnv>): string | null => {
  const slug = SlugSchema.safeParse(c.req.param("partnership"));
  return slug.success && !isReservedSegment(slug.data) ? slug.data : null;
};

const tokenOf = (c: Context<AppEnv>): string | null => {
  const token = LinkTokenSchema.safeParse(c.req.param("token"));
  return token.success ? token.data : null;
};

function invalidLink(c: Context<AppEnv>) {
  noStore(c);
  const ctx = publicContext(c);
  return c.html(
    <MessagePage
      ctx={ctx}
      title={ctx.t("subscriptions.invalid.title")}
      text={ctx.t("errors.not_found.subscription")}
      role="alert"
    />,
    404,
  );
}

/**
 * Following a promise or an area by e-mail: the follow page per partnership, the form's POST (from
 * it and from the promise page), and the confirm and unsubscribe links. A GET never changes
 * anything (mail scanners open links); each link's page has a button that POSTs.
 */
export const subscriptionsPages = new Hono<AppEnv>()
  .get("/:partnership/folj", async (c, next) => {
    const slug = slugOf(c);
    if (!slug) return next();
    const model = await readFollowPage(c.get("db"), slug);
    markPublic(c);
    return c.html(<FollowPage ctx={publicContext(c)} {...model} />);
  })
  .post("/:partnership/folj", async (c, next) => {
    const slug = slugOf(c);
    if (!slug) return next();
    noStore(c);
    const ctx = publicContext(c);
    const { t } = ctx;
    // No CSRF token on a cached public page: the origin check stands in for it (see module.ts).
    if (!isSameOrigin(c))
      return c.html(
        <MessagePage
          ctx={ctx}
          title={t("subscriptions.origin.title")}
          text={t("subscriptions.origin.text")}
          role="alert"
        />,
        403,
      );
    const db = c.get("db");
    const { values, result } = await readFormAs(c, SubscribeFormSchema);
    const typed = {
      email: typeof values.email === "string" ? values.email.trim().slice(0, 254) : "",
      target: typeof values.target === "string" ? values.target.slice(0, 80) : undefined,
    };
    const refuse = async (errors: FollowErrors) =>
      c.html(
        <FollowPage ctx={ctx} {...(await readFollowPage(db, slug))} values={typed} errors={errors} />,
        400,
      );
    if (!result.success) {
      const errors: FollowErrors = {};
      for (const issue of result.issues) {
        if (issue.field === "email") errors.email = t("subscriptions.error.email");
        else errors.target = t("subscriptions.error.target");
      }
      return refuse(errors);
    }
    try {
      await subscribe({
        db,
        config: c.get("config"),
        email: result.data.email,
        target: targetOf(result.data.target),
        client: clientAddress(c),
      });
    } catch (error) {
      if (error instanceof AppError && error.code === "rate_limited") {
        c.header("Retry-After", String(error.params.retryAfter ?? 3600));
        return c.html(
          <MessagePage
            ctx={ctx}
            title={t("subscriptions.refused.title")}
            text={t(`errors.rate_limited.${error.params.entity}` as "errors.rate_limited")}
            role="alert"
          />,
          429,
        );
      }
      if (error instanceof AppError && error.code === "not_found")
        return refuse({ target: t("subscriptions.error.target") });
      throw error;
    }
    return c.html(
      <MessagePage
        ctx={ctx}
        title={t("subscriptions.sent.title")}
        text={t("subscriptions.sent.text", { email: result.data.email })}
        role="status"
        privacy
      />,
    );
  })
  .get(`${CONFIRM_PATH}/:token`, async (c) => {
    const token = tokenOf(c);
    if (!token) return invalidLink(c);
    noStore(c);
    const link = await readSubscriptionLink({ db: c.get("db"), token }).catch(() => null);
    if (!link) return invalidLink(c);
    const ctx = publicContext(c);
    const target = targetText(ctx, link.target);
    return c.html(
      <MessagePage
        ctx={ctx}
        title={ctx.t("subscriptions.confirm.title")}
        text={`${ctx.t("subscriptions.confirm.text", { target, email: link.email })} ${ctx.t("subscriptions.confirm.why")}`}
        action={{ path: `${CONFIRM_PATH}/${token}`, label: ctx.t("subscriptions.confirm.submit") }}
        privacy
      />,
    );
  })
  .post(`${CONFIRM_PATH}/:token`, async (c) => {
    const token = tokenOf(c);
    if (!token) return invalidLink(c);
    noStore(c);
    const ctx = publicContext(c);
    if (!isSameOrigin(c))
      return c.html(
        <MessagePage
          ctx={ctx}
          title={ctx.t("subscriptions.origin.title")}
          text={ctx.t("subscriptions.origin.text")}
          role="alert"
        />,
        403,
      );
    const confirmed = await confirmSubscription({ db: c.get("db"), token }).catch((error) => {
      if (error instanceof AppError && error.code === "not_found") return null;
      throw error;
    });
    if (!confirmed) return invalidLink(c);
    return c.html(
      <MessagePage
        ctx={ctx}
        title={ctx.t("subscriptions.confirmed.title", { target: targetText(ctx, confirmed.target) })}
        text={ctx.t("subscriptions.confirmed.text")}
        role="status"
        link={{ href: `${UNSUBSCRIBE_PATH}/${token}`, label: ctx.t("subscriptions.confirmed.unsubscribe") }}
      />,
    );
  })
  .get(`${UNSUBSCRIBE_PATH}/:token`, async (c) => {
    const token = tokenOf(c);
    if (!token) return invalidLink(c);
    noStore(c);
    const ctx = publicContext(c);
    const link = await readUnsubscribeLink({ db: c.get("db"), token });
    if (!link)
      return c.html(
        <MessagePage
          ctx={ctx}
          title={ctx.t("subscriptions.unsubscribed.title")}
          text={ctx.t("subscriptions.unsubscribed.gone")}
          role="status"
        />,
      );
    return c.html(
      <MessagePage
        ctx={ctx}
        title={ctx.t("subscriptions.unsubscribe.title")}
        text={ctx.t("subscriptions.unsubscribe.text", { target: targetText(ctx, link.target) })}
        action={{ path: `${UNSUBSCRIBE_PATH}/${token}`, label: ctx.t("subscriptions.unsubscribe.submit") }}
      />,
    );
  })
  // RFC 8058 one-click: the mail program POSTs `List-Unsubscribe=One-Click` from its own servers
  // (no Origin); the token is the credential, so no origin check here.
  .post(`${UNSUBSCRIBE_PATH}/:token`, async (c) => {
    const token = tokenOf(c);
    if (!token) return invalidLink(c);
    noStore(c);
    const ctx = publicContext(c);
    const ended = await unsubscribe({ db: c.get("db"), token });
    return c.html(
      <MessagePage
        ctx={ctx}
        title={ctx.t("subscriptions.unsubscribed.title")}
        text={
          ended.outcome === "unsubscribed"
            ? ctx.t("subscriptions.unsubscribed.text", { target: targetText(ctx, ended.target) })
            : ctx.t("subscriptions.unsubscribed.gone")
        }
        role="status"
      />,
    );
  });
