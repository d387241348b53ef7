/**
 * The mail to a follow-up's reporter when a coordinator returns it (with the comment and a link
 * to the form) or approves it. Swedish, from the catalog. Pure.
 */
import { translator } from "../platform/i18n/index.js";

const t = translator("sv");

export interface ReviewMailContext {
  publicUrl: string;
  partnership: { slug: string; name: string };
  periodCode: string;
  point: { id: string; number: number; promiseRef: string };
  reporterName: string;
}

/** The workspace address of the point's follow-up for the period. */
export const reviewedFollowUpUrl = (ctx: ReviewMailContext) =>
  `${ctx.publicUrl}/arbete/${ctx.partnership.slug}/punkter/${ctx.point.id}/${ctx.periodCode}`;

export function reviewMail(
  ctx: ReviewMailContext,
  decision: "approve" | "return",
  comment: string | null,
): { subject: string; text: string } {
  const names = { number: ctx.point.number, promise: ctx.point.promiseRef, period: ctx.periodCode };
  const lines =
    decision === "return"
      ? [
          t("workspace.mail.returned.body", names),
          "",
          t("workspace.mail.returned.comment"),
          comment ?? "",
          "",
          t("workspace.mail.link", { url: reviewedFollowUpUrl(ctx) }),
        ]
      : [
          t("workspace.mail.approved.body", names),
          "",
          t("workspace.mail.link", { url: reviewedFollowUpUrl(ctx) }),
        ];
  return {
    subject: t(
      decision === "return" ? "workspace.mail.returned.subject" : "workspace.mail.approved.subject",
      names,
    ),
    text: [
      t("workspace.mail.greeting", { name: ctx.reporterName }),
      "",
      ...lines,
      "",
      ctx.partnership.name,
    ].join("\n"),
  };
}
