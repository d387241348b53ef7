/**
 * The mails of following a promise or an area (pure): the confirmation mail, and the update mail
 * with its one-click unsubscribe headers (RFC 8058). Swedish, with a line in English.
 */
import { periodName } from "../periods/calendar.js";
import { translator } from "../platform/i18n/index.js";
import type { LocalizedText } from "../platform/i18n/localized-text.js";
import type { PublicUpdate } from "../publishing/public-updates.js";

const t = translator("sv");

/** Where a link opens (the token follows). */
export const CONFIRM_PATH = "/prenumerera/bekrafta";
export const UNSUBSCRIBE_PATH = "/avprenumerera";

export type TargetDescription =
  | { kind: "promise"; title: LocalizedText }
  | { kind: "area"; name: string; partnershipName: string };

/** The target in words ("löftet ”…”", "området … i …"). */
export function targetName(target: TargetDescription, translate = t): string {
  return target.kind === "promise"
    ? translate("subscriptions.target.promise", { title: target.title.sv })
    : translate("subscriptions.target.area", { name: target.name, partnership: target.partnershipName });
}

export function confirmationMail(options: { publicUrl: string; token: string; target: TargetDescription }) {
  const target = targetName(options.target);
  const url = `${options.publicUrl}${CONFIRM_PATH}/${options.token}`;
  const site = new URL(options.publicUrl).host;
  return {
    subject: t("subscriptions.mail.confirm.subject", { target }),
    text: t("subscriptions.mail.confirm.text", { target, url, site }),
  };
}

/**
 * One update mail: what became public for one period (or one published report) under the
 * target, with the unsubscribe link in the body and as `List-Unsubscribe` with
 * `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (a mail program POSTs to the link).
 */
export function updateMail(options: {
  publicUrl: string;
  /** The installation's sender address (the mailto alternative of List-Unsubscribe). */
  from: string;
  token: string;
  target: TargetDescription;
  updates: PublicUpdate[];
}) {
  const target = targetName(options.target);
  const unsubscribe = `${options.publicUrl}${UNSUBSCRIBE_PATH}/${options.token}`;
  const first = options.updates[0];
  const lines = options.updates.map((u) =>
    u.kind === "period"
      ? t("subscriptions.mail.period.line", {
          title: u.promiseTitle.sv,
          count: u.approvedCount,
          period: periodName(u.periodCode, "sv"),
          url: `${options.publicUrl}${u.path}?period=${u.periodCode}`,
        })
      : t("subscriptions.mail.report.line", {
          title: u.promiseTitle.sv,
          url: `${options.publicUrl}${u.path}`,
        }),
  );
  const subject =
    first?.kind === "period"
      ? t("subscriptions.mail.period.subject", { period: periodName(first.periodCode, "sv"), target })
      : t("subscriptions.mail.report.subject", { target });
  const mailto = `mailto:${addressOf(options.from)}?subject=${encodeURIComponent(`avprenumerera ${options.token}`)}`;
  return {
    subject,
    text: t("subscriptions.mail.text", { target, lines: lines.join("\n"), unsubscribe }),
    headers: {
      "List-Unsubscribe": `<${unsubscribe}>, <${mailto}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}

/** The bare address of a sender such as `Medborgarlöfte <no-reply@example.se>`. */
function addressOf(from: string): string {
  const match = /<([^>]+)>/.exec(from);
  return (match?.[1] ?? from).trim();
}
