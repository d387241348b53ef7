import type { Area } from "../../partnerships/partnerships.types.js";
import { pickText } from "../../platform/i18n/localized-text.js";
import { Layout, localHref, type PageContext } from "../../platform/web/layout.js";
import type { PromiseSummary } from "../../promises/promises.types.js";
import { type TargetDescription, targetName } from "../subscription-mail.js";

/**
 * What the privacy text says, in the page's language (on every page of the form); the Swedish page
 * has the English version too, for a reader who has not found the language switch.
 */
export function PrivacyText(props: { ctx: PageContext }) {
  const { t, locale } = props.ctx;
  return (
    <section aria-labelledby="privacy">
      <h2 id="privacy">{t("subscriptions.privacy.heading")}</h2>
      <p>{t("subscriptions.privacy.text")}</p>
      {locale === "sv" ? <p lang="en">{t("subscriptions.privacy.textEn")}</p> : null}
    </section>
  );
}

export type FollowErrors = Partial<Record<"email" | "target", string>>;

/** `/<partnership>/folj`: choose a promise or an area, enter the address. */
export function FollowPage(props: {
  ctx: PageContext;
  partnership: { name: string; slug: string };
  promises: PromiseSummary[];
  areas: Area[];
  values?: { email?: string; target?: string };
  errors?: FollowErrors;
}) {
  const { ctx } = props;
  const { t } = ctx;
  const errors = props.errors ?? {};
  const failed = Object.keys(errors).length > 0;
  const title = t("subscriptions.page.title", { partnership: props.partnership.name });
  const chosen = props.values?.target;
  const options = [
    ...props.promises.map((p) => ({ value: `promise:${p.id}`, label: pickText(p.title, ctx.locale) })),
    ...props.areas.map((a) => ({
      value: `area:${a.id}`,
      label: { text: t("subscriptions.page.area", { area: a.name }), locale: ctx.locale },
    })),
  ];
  return (
    <Layout ctx={ctx} title={failed ? `${t("subscriptions.error.summary")}: ${title}` : title}>
      <h1>{title}</h1>
      {failed ? (
        <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{t("subscriptions.error.summary")}</h2>
          <ul>
            {errors.email ? (
              <li>
                <a href="#follow-email">{errors.email}</a>
              </li>
            ) : null}
            {errors.target ? (
              <li>
                <a href={`#target-0`}>{errors.target}</a>
              </li>
            ) : null}
          </ul>
        </div>
      ) : null}
      <p>{t("subscriptions.page.intro")}</p>
      {options.length === 0 ? (
        <p>{t("subscriptions.page.nothing")}</p>
      ) : (
        <form method="post" action={localHref(ctx, `/${props.partnership.slug}/folj`)} novalidate>
          <fieldset aria-describedby={errors.target ? "target-error" : undefined}>
            <legend>{t("subscriptions.page.choose")}</legend>
            {errors.target ? (
              <p class="field-error" id="target-error">
                {errors.target}
              </p>
            ) : null}
            {options.map((o, i) => (
              <div class="check">
                <input
                  type="radio"
                  name="target"
                  id={`target-${i}`}
                  value={o.value}
                  checked={chosen === o.value || (chosen === undefined && i === 0)}
                />{" "}
                <label
                  class="inline"
                  for={`target-${i}`}
                  lang={o.label.locale === ctx.locale ? undefined : o.label.locale}
                >
                  {o.label.text}
                </label>
              </div>
            ))}
          </fieldset>
          <label for="follow-email">{t("subscriptions.form.email")}</label>
          {errors.email ? (
            <p class="field-error" id="email-error">
              {errors.email}
            </p>
          ) : null}
          <input
            type="email"
            id="follow-email"
            name="email"
            autocomplete="email"
            maxlength={254}
            value={props.values?.email ?? ""}
            aria-invalid={errors.email ? "true" : undefined}
            aria-describedby={errors.email ? "email-error" : undefined}
          />
          <p>
            <button type="submit">{t("subscriptions.form.submit")}</button>
          </p>
        </form>
      )}
      <PrivacyText ctx={ctx} />
    </Layout>
  );
}

/** A short page: a heading, a text, and optionally a button that posts to `action`. */
export function MessagePage(props: {
  ctx: PageContext;
  title: string;
  text: string;
  role?: "status" | "alert";
  action?: { path: string; label: string };
  link?: { href: string; label: string };
  privacy?: boolean;
}) {
  const { ctx } = props;
  return (
    <Layout ctx={ctx} title={props.title}>
      <h1>{props.title}</h1>
      <p role={props.role}>{props.text}</p>
      {props.action ? (
        <form method="post" action={localHref(ctx, props.action.path)}>
          <p>
            <button type="submit">{props.action.label}</button>
          </p>
        </form>
      ) : null}
      {props.link ? (
        <p>
          <a href={localHref(ctx, props.link.href)}>{props.link.label}</a>
        </p>
      ) : null}
      {props.privacy ? <PrivacyText ctx={ctx} /> : null}
    </Layout>
  );
}

/** The target in the page's language. */
export function targetText(ctx: PageContext, target: TargetDescription): string {
  return target.kind === "promise"
    ? ctx.t("subscriptions.target.promise", { title: pickText(target.title, ctx.locale).text })
    : targetName(target, ctx.t);
}
