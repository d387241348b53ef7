import { and, desc, eq } from "drizzle-orm";
import type { Executor } from "../src/platform/db/client.js";
import { outbox } from "../src/platform/mail/mail.schema.js";

/** The mails in the outbox to one address, newest first. */
export function mailsTo(ex: Executor, to: string, kind?: string) {
  return ex
    .select()
    .from(outbox)
    .where(kind ? and(eq(outbox.toAddress, to), eq(outbox.kind, kind)) : eq(outbox.toAddress, to))
    .orderBy(desc(outbox.createdAt), desc(outbox.id));
}

/**
 * The one-time link of the newest invitation or reset mail to an address, as a local path
 * (`/inbjudan/<token>` or `/nytt-losenord/<token>`) and its token.
 */
export async function linkFromOutbox(
  ex: Executor,
  to: string,
  kind?: "account.invitation" | "account.reset",
): Promise<{ url: string; path: string; token: string }> {
  const [mail] = await mailsTo(ex, to, kind);
  const match = /(https?:\/\/\S+?)(\/(?:inbjudan|nytt-losenord)\/([\w-]+))/.exec(mail?.bodyText ?? "");
  if (!match?.[2] || !match[3]) throw new Error(`no link in a mail to ${to}`);
  return { url: `${match[1]}${match[2]}`, path: match[2], token: match[3] };
}
