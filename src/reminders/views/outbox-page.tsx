import type { PageContext } from "../../platform/web/layout.js";
import { type NavItem, WorkspaceLayout } from "../../platform/web/workspace-layout.js";
import type { OutboxMail, OutboxMailDetail } from "../reminders.types.js";

interface Frame {
  ctx: PageContext;
  partnershipName: string;
  slug: string;
  nav: NavItem[];
}

const TIME = new Intl.DateTimeFormat("sv-SE", {
  dateStyle: "short",
  timeStyle: "short",
  timeZone: "Europe/Stockholm",
});
const when = (iso: string) => TIME.format(new Date(iso));

function kindLabel(ctx: PageContext, kind: string): string {
  const { t } = ctx;
  switch (kind) {
    case "reminder.before_deadline":
      return t("reminders.kind.before_deadline");
    case "reminder.overdue":
      return t("reminders.kind.overdue");
    case "reminder.coordinator_overdue":
      return t("reminders.kind.coordinator_overdue");
    default:
      return t("reminders.kind.other");
  }
}

function SentCell(props: { ctx: PageContext; mail: OutboxMail }) {
  const { mail, ctx } = props;
  if (mail.sentAt) return <time datetime={mail.sentAt}>{when(mail.sentAt)}</time>;
  return (
    <>
      {mail.error
        ? ctx.t("reminders.outbox.failed", { error: mail.error })
        : ctx.t("reminders.outbox.notSent")}
    </>
  );
}

/** The administrators' outbox: every mail of the partnership, newest first. */
export function OutboxPage(props: Frame & { mails: OutboxMail[]; provider: "outbox" | "smtp" }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <WorkspaceLayout
      ctx={ctx}
      title={t("reminders.outbox.title")}
      partnershipName={props.partnershipName}
      nav={props.nav}
    >
      <h1>{t("reminders.outbox.title")}</h1>
      <p class="lead">{t("reminders.outbox.intro")}</p>
      <p class="hint">
        {props.provider === "smtp"
          ? t("reminders.outbox.providerSmtp")
          : t("reminders.outbox.providerOutbox")}
      </p>
      {props.mails.length === 0 ? (
        <p>{t("reminders.outbox.empty")}</p>
      ) : (
        <table class="outbox">
          <caption>{t("reminders.outbox.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("reminders.outbox.subject")}</th>
              <th scope="col">{t("reminders.outbox.to")}</th>
              <th scope="col">{t("reminders.outbox.kind")}</th>
              <th scope="col">{t("reminders.outbox.created")}</th>
              <th scope="col">{t("reminders.outbox.sent")}</th>
            </tr>
          </thead>
          <tbody>
            {props.mails.map((mail) => (
              <tr>
                <td>
                  <a href={`/arbete/${props.slug}/utkorg/${mail.id}`}>{mail.subject}</a>
                </td>
                <td>{mail.to}</td>
                <td>{kindLabel(ctx, mail.kind)}</td>
                <td>
                  <time datetime={mail.createdAt}>{when(mail.createdAt)}</time>
                </td>
                <td>
                  <SentCell ctx={ctx} mail={mail} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </WorkspaceLayout>
  );
}

/** One mail as it was (or will be) sent. */
export function OutboxMailPage(props: Frame & { mail: OutboxMailDetail }) {
  const { ctx, mail } = props;
  const { t } = ctx;
  return (
    <WorkspaceLayout ctx={ctx} title={mail.subject} partnershipName={props.partnershipName} nav={props.nav}>
      <p>
        <a href={`/arbete/${props.slug}/utkorg`}>{t("reminders.outbox.back")}</a>
      </p>
      <h1>{mail.subject}</h1>
      <dl class="facts">
        <dt>{t("reminders.outbox.to")}</dt>
        <dd>{mail.to}</dd>
        <dt>{t("reminders.outbox.kind")}</dt>
        <dd>{kindLabel(ctx, mail.kind)}</dd>
        <dt>{t("reminders.outbox.created")}</dt>
        <dd>
          <time datetime={mail.createdAt}>{when(mail.createdAt)}</time>
        </dd>
        <dt>{t("reminders.outbox.sent")}</dt>
        <dd>
          <SentCell ctx={ctx} mail={mail} />
        </dd>
      </dl>
      <h2>{t("reminders.outbox.body")}</h2>
      <pre class="mail-body">{mail.body}</pre>
    </WorkspaceLayout>
  );
}
