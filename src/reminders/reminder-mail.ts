/**
 * The words of the reminder e-mails (Swedish, plain language), from the catalog. Pure.
 */
import { periodName } from "../periods/calendar.js";
import { translator } from "../platform/i18n/index.js";
import type { LatePoint, PointState, Recipient, ReminderKind } from "./due.js";

const t = translator("sv");

const LONG_DATE = new Intl.DateTimeFormat("sv-SE", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "2017-05-15" → "15 maj 2017". */
export function swedishLongDate(iso: string): string {
  return LONG_DATE.format(new Date(`${iso}T00:00:00Z`));
}

export interface ReminderMailContext {
  publicUrl: string;
  partnership: { name: string; slug: string };
  period: { code: string; deadline: string };
}

/** The workspace address of a point's follow-up for the period. */
export function followUpUrl(ctx: ReminderMailContext, commitmentId: string): string {
  return `${ctx.publicUrl}/arbete/${ctx.partnership.slug}/punkter/${commitmentId}/${ctx.period.code}`;
}

/** The start of a point's text, cut at a word after about 90 characters. */
export function excerpt(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).replace(/[\s,.;:]+$/, "")} …`;
}

function pointLine(ctx: ReminderMailContext, p: PointState): string {
  return t("reminders.mail.pointLine", {
    promise: p.promiseTitle,
    number: p.number,
    text: excerpt(p.text),
    url: followUpUrl(ctx, p.commitmentId),
  });
}

function frame(ctx: ReminderMailContext, kind: ReminderKind, name: string, lines: string[]) {
  const params = {
    period: periodName(ctx.period.code, "sv"),
    deadline: swedishLongDate(ctx.period.deadline),
  };
  const text = [
    t("reminders.mail.greeting", { name }),
    "",
    t(`reminders.mail.${kind}.intro`, params),
    "",
    ...lines,
    "",
    t(`reminders.mail.${kind}.action`),
    "",
    "-- ",
    t("reminders.mail.footer", { partnership: ctx.partnership.name }),
    "",
  ].join("\n");
  return { subject: t(`reminders.mail.${kind}.subject`, params), text };
}

/** The mail to a reporter: the points they still have to submit, with links. */
export function reporterMail(
  ctx: ReminderMailContext,
  kind: "before_deadline" | "overdue",
  recipient: Recipient,
): { subject: string; text: string } {
  return frame(
    ctx,
    kind,
    recipient.name,
    recipient.points.map((p) => pointLine(ctx, p)),
  );
}

/** The mail to a coordinator: every late point, its responsible parties and its reporters. */
export function coordinatorMail(
  ctx: ReminderMailContext,
  coordinator: Recipient,
  late: readonly LatePoint[],
  partyNames: ReadonlyMap<string, string>,
): { subject: string; text: string } {
  const lines = late.map((l) =>
    t("reminders.mail.lateLine", {
      promise: l.point.promiseTitle,
      number: l.point.number,
      text: excerpt(l.point.text),
      parties:
        l.partyIds
          .map((id) => partyNames.get(id) ?? id)
          .sort((a, b) => a.localeCompare(b, "sv"))
          .join(", ") || "–",
      reporters: l.reporterNames.join(", ") || t("reminders.mail.noReporter"),
      url: followUpUrl(ctx, l.point.commitmentId),
    }),
  );
  return frame(ctx, "coordinator_overdue", coordinator.name, lines);
}
