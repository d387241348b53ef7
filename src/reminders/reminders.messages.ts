import { defineMessages, type MessageKeysOf } from "../platform/i18n/define.js";

/** Interface texts of the reminders module: reminder e-mails and the outbox page. */
export const remindersMessages = defineMessages(
  {
    "reminders.mail.greeting": "Hej {name}!",
    "reminders.mail.pointLine": "– {promise}, punkt {number}: {text}\n  {url}",
    "reminders.mail.lateLine":
      "– {promise}, punkt {number}: {text}\n  Ansvarig: {parties}. Rapportör: {reporters}.\n  {url}",
    "reminders.mail.noReporter": "ingen rapportör har behörighet",
    "reminders.mail.footer":
      "Du får det här meddelandet från Medborgarlöfte för {partnership} eftersom du har en roll i arbetet med medborgarlöftet.",
    "reminders.mail.before_deadline.subject":
      "Påminnelse: lämna uppföljningen för {period} senast {deadline}",
    "reminders.mail.before_deadline.intro":
      "Snart är det dags att lämna uppföljningen för perioden {period}. Sista dag är {deadline}. De här punkterna har du ännu inte skickat in:",
    "reminders.mail.before_deadline.action":
      "Öppna länken, skriv hur arbetet går och klicka på Skicka in. Har du redan gjort det kan du bortse från det här meddelandet.",
    "reminders.mail.overdue.subject": "Försenad: uppföljningen för {period} skulle ha lämnats {deadline}",
    "reminders.mail.overdue.intro":
      "Sista dag för uppföljningen av perioden {period} var {deadline}. De här punkterna har du ännu inte skickat in:",
    "reminders.mail.overdue.action":
      "Skicka in uppföljningen så snart du kan. Samordnaren har fått veta vilka punkter som är försenade.",
    "reminders.mail.coordinator_overdue.subject": "Försenade uppföljningar för {period}",
    "reminders.mail.coordinator_overdue.intro":
      "Sista dag för uppföljningen av perioden {period} var {deadline}. De här punkterna har ännu inte skickats in:",
    "reminders.mail.coordinator_overdue.action":
      "Rapportörerna har fått en påminnelse i dag. Du ser alla punkter i periodens översikt.",
    "reminders.outbox.nav": "Utkorg",
    "reminders.outbox.title": "Utkorg",
    "reminders.outbox.intro":
      "Här finns all e-post som systemet har skickat eller ska skicka för samverkan, till exempel påminnelser om uppföljning. Den senaste visas först.",
    "reminders.outbox.providerOutbox":
      "E-post skickas inte ut från den här installationen (ingen SMTP-server är inställd). Breven sparas bara här.",
    "reminders.outbox.providerSmtp":
      "E-post skickas ut via SMTP. Kolumnen Skickat visar när ett brev lämnades över.",
    "reminders.outbox.empty": "Utkorgen är tom.",
    "reminders.outbox.caption": "E-post, den senaste först",
    "reminders.outbox.to": "Till",
    "reminders.outbox.subject": "Ämne",
    "reminders.outbox.kind": "Typ",
    "reminders.outbox.created": "Skapat",
    "reminders.outbox.sent": "Skickat",
    "reminders.outbox.notSent": "Inte skickat",
    "reminders.outbox.failed": "Inte skickat: {error}",
    "reminders.outbox.back": "Tillbaka till utkorgen",
    "reminders.outbox.body": "Meddelande",
    "reminders.kind.before_deadline": "Påminnelse före sista dag",
    "reminders.kind.overdue": "Försenad uppföljning",
    "reminders.kind.coordinator_overdue": "Försenade punkter (till samordnare)",
    "reminders.kind.other": "Annat",
  },
  {
    "reminders.mail.greeting": "Hello {name},",
    "reminders.mail.pointLine": "– {promise}, point {number}: {text}\n  {url}",
    "reminders.mail.lateLine":
      "– {promise}, point {number}: {text}\n  Responsible: {parties}. Reporter: {reporters}.\n  {url}",
    "reminders.mail.noReporter": "no reporter has access",
    "reminders.mail.footer":
      "You receive this message from Medborgarlöfte for {partnership} because you have a role in the work on the citizen promise.",
    "reminders.mail.before_deadline.subject": "Reminder: submit the follow-up for {period} by {deadline}",
    "reminders.mail.before_deadline.intro":
      "The follow-up for the period {period} is due soon. The last day is {deadline}. You have not yet submitted these points:",
    "reminders.mail.before_deadline.action":
      "Open the link, describe how the work is going and select Submit. If you already have, you can ignore this message.",
    "reminders.mail.overdue.subject": "Overdue: the follow-up for {period} was due on {deadline}",
    "reminders.mail.overdue.intro":
      "The last day for the follow-up of the period {period} was {deadline}. You have not yet submitted these points:",
    "reminders.mail.overdue.action":
      "Please submit the follow-up as soon as you can. The coordinator has been told which points are late.",
    "reminders.mail.coordinator_overdue.subject": "Late follow-ups for {period}",
    "reminders.mail.coordinator_overdue.intro":
      "The last day for the follow-up of the period {period} was {deadline}. These points have not been submitted yet:",
    "reminders.mail.coordinator_overdue.action":
      "The reporters were reminded today. The period overview shows every point.",
    "reminders.outbox.nav": "Outbox",
    "reminders.outbox.title": "Outbox",
    "reminders.outbox.intro":
      "All e-mail the system has sent or will send for the partnership, such as follow-up reminders. Newest first.",
    "reminders.outbox.providerOutbox":
      "This installation does not send e-mail (no SMTP server is configured). Mail is only kept here.",
    "reminders.outbox.providerSmtp":
      "E-mail is sent over SMTP. The Sent column shows when a mail was handed over.",
    "reminders.outbox.empty": "The outbox is empty.",
    "reminders.outbox.caption": "E-mail, newest first",
    "reminders.outbox.to": "To",
    "reminders.outbox.subject": "Subject",
    "reminders.outbox.kind": "Kind",
    "reminders.outbox.created": "Created",
    "reminders.outbox.sent": "Sent",
    "reminders.outbox.notSent": "Not sent",
    "reminders.outbox.failed": "Not sent: {error}",
    "reminders.outbox.back": "Back to the outbox",
    "reminders.outbox.body": "Message",
    "reminders.kind.before_deadline": "Reminder before the deadline",
    "reminders.kind.overdue": "Late follow-up",
    "reminders.kind.coordinator_overdue": "Late points (to coordinators)",
    "reminders.kind.other": "Other",
  },
);

declare module "../platform/i18n/define.js" {
  interface ModuleMessages extends MessageKeysOf<typeof remindersMessages> {}
}
