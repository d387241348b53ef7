import nodemailer from "nodemailer";

/** One e-mail as handed to a transport. */
export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
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
  const transporter = nodemailer.createTransport(url);
  return {
    async send(mail) {
      await transporter.sendMail({ from: mail.from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}
