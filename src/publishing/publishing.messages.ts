import { defineMessages, type MessageKeysOf } from "../platform/i18n/define.js";

/** Interface texts of the publishing module: the published report-backs and the workspace preview. */
export const publishingMessages = defineMessages(
  {
    "publishing.reports.title": "Återrapportering",
    "publishing.reports.intro":
      "Så här har parterna rapporterat tillbaka om löftet till de politiska organen.",
    "publishing.reports.edition": "Utgåva {edition}",
    "publishing.reports.registrationNumber": "Diarienummer",
    "publishing.reports.datedOn": "Daterad",
    "publishing.reports.matter": "Ärendet",
    "publishing.reports.decision": "Beslut i {body} den {date}",
    "publishing.reports.decisionParagraph": "Beslut i {body} den {date}, {paragraph}",
    "publishing.reports.read": "Läs återrapporteringen (utgåva {edition})",
    "publishing.reports.replaced": "Ersatt av en senare utgåva",
    "publishing.reports.committee": "Utskottets beslut i {body} den {date}",
    "publishing.reports.committeeParagraph": "Utskottets beslut i {body} den {date}, {paragraph}",
    "publishing.reports.page": "Återrapportering: {promise}",
    "publishing.reports.download": "Ladda ner",
    "publishing.reports.download.pdf": "PDF",
    "publishing.reports.download.docx": "Word (DOCX)",
    "publishing.reports.editions": "Utgåvor",
    "publishing.reports.thisEdition": "Du läser utgåva {edition}.",
    "publishing.reports.replacedNotice":
      "Den här utgåvan har ersatts av en senare utgåva. Den finns kvar här för den som vill läsa vad som beslutades först.",
    "publishing.reports.document": "Dokumentet",
    "publishing.reports.backToPromise": "Tillbaka till löftet",
    "publishing.periodReports.title": "Uppföljningar per period",
    "publishing.periodReports.intro": "Rapporter för perioder där alla uppföljningar är godkända.",
    "publishing.periodReports.link": "Uppföljning {period}",
    "publishing.periodReports.page": "Uppföljning {period}: {promise}",
    "home.reportPublished": "Återrapporteringen är publicerad",
    "publishing.preview.title": "Förhandsvisning: {title}",
    "publishing.preview.banner": "Förhandsvisning – inte publicerat",
    "publishing.preview.explain":
      "Så här ser sidan ut för invånarna när löftet och uppföljningarna har publicerats. Förhandsvisningen visar även utkast och uppföljningar som inte är godkända; bara den som har en roll i samverkan kan se den.",
    "publishing.preview.notPublic": "Löftet har läget {status} och syns inte för invånarna ännu.",
    "publishing.preview.isPublic": "Löftet är publicerat.",
    "publishing.choose.title": "Flera löften har referensen {ref}",
    "publishing.choose.intro":
      "Flera samverkansområden har ett löfte med den här referensen. Välj vilket du menar:",
    "publishing.preview.openPublic": "Öppna den publicerade sidan",
    "publishing.preview.state.draft": "Utkast – inte godkänd, syns inte för invånarna",
    "publishing.preview.state.submitted": "Inskickad – inte godkänd, syns inte för invånarna",
    "publishing.preview.state.returned": "Tillbakaskickad – inte godkänd, syns inte för invånarna",
  },
  {
    "publishing.reports.title": "Report-back",
    "publishing.reports.intro": "How the parties have reported back on the promise to the political bodies.",
    "publishing.reports.edition": "Edition {edition}",
    "publishing.reports.registrationNumber": "Registration number",
    "publishing.reports.datedOn": "Dated",
    "publishing.reports.matter": "The matter",
    "publishing.reports.decision": "Decision by {body} on {date}",
    "publishing.reports.decisionParagraph": "Decision by {body} on {date}, {paragraph}",
    "publishing.reports.read": "Read the report-back (edition {edition})",
    "publishing.reports.replaced": "Replaced by a later edition",
    "publishing.reports.committee": "Committee decision by {body} on {date}",
    "publishing.reports.committeeParagraph": "Committee decision by {body} on {date}, {paragraph}",
    "publishing.reports.page": "Report-back: {promise}",
    "publishing.reports.download": "Download",
    "publishing.reports.download.pdf": "PDF",
    "publishing.reports.download.docx": "Word (DOCX)",
    "publishing.reports.editions": "Editions",
    "publishing.reports.thisEdition": "You are reading edition {edition}.",
    "publishing.reports.replacedNotice":
      "This edition was replaced by a later one. It stays here for anyone who wants to read what was decided first.",
    "publishing.reports.document": "The document",
    "publishing.reports.backToPromise": "Back to the promise",
    "publishing.periodReports.title": "Follow-ups by period",
    "publishing.periodReports.intro": "Reports of the periods whose follow-ups are all approved.",
    "publishing.periodReports.link": "Follow-up {period}",
    "publishing.periodReports.page": "Follow-up {period}: {promise}",
    "home.reportPublished": "The report-back is published",
    "publishing.preview.title": "Preview: {title}",
    "publishing.preview.banner": "Preview – not published",
    "publishing.preview.explain":
      "This is how the page will look to residents once the promise and its follow-ups are published. The preview also shows drafts and follow-ups that are not approved; only people with a role in the partnership can see it.",
    "publishing.preview.notPublic": "The promise's status is {status}; residents cannot see it yet.",
    "publishing.preview.isPublic": "The promise is published.",
    "publishing.choose.title": "Several promises have the reference {ref}",
    "publishing.choose.intro":
      "Several partnerships have a promise with this reference. Choose the one you mean:",
    "publishing.preview.openPublic": "Open the published page",
    "publishing.preview.state.draft": "Draft – not approved, not shown to residents",
    "publishing.preview.state.submitted": "Submitted – not approved, not shown to residents",
    "publishing.preview.state.returned": "Returned – not approved, not shown to residents",
  },
);

declare module "../platform/i18n/define.js" {
  interface ModuleMessages extends MessageKeysOf<typeof publishingMessages> {}
}
