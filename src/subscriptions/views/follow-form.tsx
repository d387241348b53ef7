import { localHref, type PageContext } from "../../platform/web/layout.js";

/** The follow page of a partnership (choose a promise or an area; the privacy text). */
export function followPagePath(partnershipSlug: string): string {
  return `/${encodeURIComponent(partnershipSlug)}/folj`;
}

/**
 * "Följ löftet via e-post": the small form the public promise page includes. It carries no CSRF
 * token (the page is cached and the same for everyone); the POST checks its origin instead, is
 * rate-limited, and only mails a confirmation link (double opt-in).
 */
export function FollowForm(props: { ctx: PageContext; partnershipSlug: string; promiseId: string }) {
  const { ctx } = props;
  const { t } = ctx;
  const page = followPagePath(props.partnershipSlug);
  return (
    <section aria-labelledby="follow" class="follow">
      <h2 id="follow">{t("subscriptions.form.heading")}</h2>
      <p id="follow-intro">{t("subscriptions.form.intro")}</p>
      <form method="post" action={localHref(ctx, page)}>
        <input type="hidden" name="target" value={`promise:${props.promiseId}`} />
        <label for="follow-email">{t("subscriptions.form.email")}</label>
        <input
          type="email"
          id="follow-email"
          name="email"
          autocomplete="email"
          required
          maxlength={254}
          aria-describedby="follow-intro"
        />
        <p>
          <button type="submit">{t("subscriptions.form.submit")}</button>
        </p>
      </form>
      <p>
        <a href={localHref(ctx, page)}>{t("subscriptions.form.more")}</a>
      </p>
    </section>
  );
}
