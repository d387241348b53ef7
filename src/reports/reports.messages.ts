import { defineMessages } from "../platform/i18n/define.js";

/** Interface texts of the reports module. */
export const reportsMessages = defineMessages(
  {
    "reports.issue.placeholder":
      "Mallens platshållartext står kvar i {field}: ”{text}”. Skriv in den riktiga texten.",
    "reports.issue.empty_section": "Avsnittet {field} är tomt. Det måste fyllas i.",
    "reports.issue.missing_final_followup":
      "Punkt {number} saknar godkänd uppföljning för den sista perioden ({period}).",
    "reports.issue.consultation_missing": "Ingen samrådspart är registrerad.",
    "reports.issue.consultation_incomplete": "{body} har inte lämnat något ställningstagande i samrådet.",
    "reports.issue.no_decision_proposal": "Förslag till beslut saknas.",
    "reports.issue.no_registration_number": "Diarienummer saknas.",
    "reports.issue.long_sentence":
      "En mening i {field} har {words} ord. Dela gärna upp den (högst {max} ord).",
    "reports.issue.lix": "Texten i {field} är svårläst (LIX {lix}, mål högst {max}).",
    "reports.field.title": "rubriken",
    "reports.field.matter": "Ärende",
    "reports.field.background": "Bakgrund",
    "reports.field.genderEquality": "Jämställdhet",
    "reports.field.publicationNote": "publiceringen",
    "reports.field.committeeNote": "avrapporteringen under året",
    "reports.field.goalsIntro": "Kommunala mål",
    "reports.field.mblStatement": "MBL",
    "reports.field.decisionItems": "Förslag till beslut",
    "reports.field.consultations": "Samråd",
    "reports.field.signatories": "underskrifterna",
    "reports.field.distribution": "Beslutet skickas till",
    "reports.field.attachments": "Beslutsunderlag",
    "reports.field.registrationNumber": "diarienumret",
    "reports.field.commitment": "punkt {number}",
    "reports.field.followUp": "resultatet för punkt {number}",
  },
  {
    "reports.issue.placeholder":
      "The template's placeholder is still in {field}: “{text}”. Write the real text.",
    "reports.issue.empty_section": "The section {field} is empty. It must be filled in.",
    "reports.issue.missing_final_followup":
      "Point {number} has no approved follow-up for the final period ({period}).",
    "reports.issue.consultation_missing": "No consulted body is recorded.",
    "reports.issue.consultation_incomplete": "{body} has not recorded a position in the consultation.",
    "reports.issue.no_decision_proposal": "The decision proposal is missing.",
    "reports.issue.no_registration_number": "The registration number is missing.",
    "reports.issue.long_sentence":
      "A sentence in {field} has {words} words. Consider splitting it (at most {max}).",
    "reports.issue.lix": "The text in {field} is hard to read (LIX {lix}, goal at most {max}).",
    "reports.field.title": "the title",
    "reports.field.matter": "Matter",
    "reports.field.background": "Background",
    "reports.field.genderEquality": "Gender equality",
    "reports.field.publicationNote": "the publication note",
    "reports.field.committeeNote": "the reporting during the year",
    "reports.field.goalsIntro": "Council goals",
    "reports.field.mblStatement": "MBL",
    "reports.field.decisionItems": "Decision proposal",
    "reports.field.consultations": "Consultation",
    "reports.field.signatories": "the signatories",
    "reports.field.distribution": "Decision sent to",
    "reports.field.attachments": "Supporting documents",
    "reports.field.registrationNumber": "the registration number",
    "reports.field.commitment": "point {number}",
    "reports.field.followUp": "the result of point {number}",
  },
);
