import type { Transporter } from "nodemailer";

/** One e-mail as handed to a transport. */
export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  /** Extra headers (List-Unsubscribe …). */
  headers?: Record<string, string>;
}

/** Delivers mail; SMTP in production, a fake in tests. Throws when delivery fails. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
}

/**
 * An SMTP transport from a URL such as `smtp://user:pass@host:587` (`smtps://` for TLS from
 * the start). Connections are pooled.
 */
export function createSmtpTransport(url: string): MailTransport {
  // nodemailer is loaded with the first mail, not when the server or the CLI starts.
  let transporter: Promise<Transporter> | null = null;
  return {
    async send(mail) {
      transporter ??= import("nodemailer").then((m) => m.default.createTransport(url));
      await (await transporter).sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.headers ? { headers: mail.headers } : {}),
      });
    },
  };
}
