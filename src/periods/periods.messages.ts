import { defineMessages, type MessageKeysOf } from "../platform/i18n/define.js";

/** Interface texts of the reporting calendar (the rhythm setting and a period's schedule). */
export const periodsMessages = defineMessages(
  {
    "errors.forbidden.partnerships.configureReporting":
      "Bara administratören kan ändra hur samverkan följer upp sina löften.",
    "errors.invalid_body.deadline_before_end":
      "Tidsfristen {value} ligger före periodens sista dag. Välj en dag efter att perioden slutar.",
    "errors.conflict.reporting_settings":
      "Någon annan har ändrat inställningarna under tiden. Ladda om sidan och försök igen.",
    "periods.nav": "Rapportering",
    "periods.settings.title": "Rapportering",
    "periods.settings.intro":
      "Här väljer du hur ofta löftena följs upp. Perioderna skapas för hela tiden varje löfte gäller.",
    "periods.settings.scheme": "Hur ofta följs löftena upp?",
    "periods.scheme.tertial": "Tertial (tre gånger om året)",
    "periods.scheme.quarter": "Kvartal (fyra gånger om året)",
    "periods.scheme.half": "Halvår (två gånger om året)",
    "periods.settings.deadline": "Tidsfrist: antal dagar efter att perioden slutar",
    "periods.settings.reminder": "Påminnelse: antal dagar före tidsfristen",
    "periods.settings.hint":
      "Tidsfrist och påminnelse gäller perioder som skapas från och med nu. En enskild periods tidsfrist ändrar samordnaren på periodens sida.",
    "periods.settings.save": "Spara",
    "periods.settings.saved":
      "Sparat. Nya perioder: {created}. Borttagna tomma perioder: {removed}. Kvar eftersom de har uppföljningar: {kept}.",
    "periods.settings.none": "inga",
    "periods.schedule.title": "Tidsfrist och påminnelse",
    "periods.schedule.deadline": "Sista dag att rapportera",
    "periods.schedule.reminder": "Påminnelse antal dagar före (tomt: samverkans inställning, {days} dagar)",
    "periods.schedule.save": "Ändra tidsfristen",
  },
  {
    "errors.forbidden.partnerships.configureReporting":
      "Only the administrator can change how the partnership follows up its promises.",
    "errors.invalid_body.deadline_before_end":
      "The deadline {value} is before the period's last day. Choose a day after the period ends.",
    "errors.conflict.reporting_settings":
      "Someone else changed the settings meanwhile. Reload the page and try again.",
    "periods.nav": "Reporting",
    "periods.settings.title": "Reporting",
    "periods.settings.intro":
      "Choose how often the promises are followed up. Periods are created for the whole time each promise runs.",
    "periods.settings.scheme": "How often are the promises followed up?",
    "periods.scheme.tertial": "Four-month periods (three times a year)",
    "periods.scheme.quarter": "Quarters (four times a year)",
    "periods.scheme.half": "Half-years (twice a year)",
    "periods.settings.deadline": "Deadline: days after the period ends",
    "periods.settings.reminder": "Reminder: days before the deadline",
    "periods.settings.hint":
      "Deadline and reminder apply to periods created from now on. The coordinator changes one period's deadline on its page.",
    "periods.settings.save": "Save",
    "periods.settings.saved":
      "Saved. New periods: {created}. Empty periods removed: {removed}. Kept because they have follow-ups: {kept}.",
    "periods.settings.none": "none",
    "periods.schedule.title": "Deadline and reminder",
    "periods.schedule.deadline": "Last day to report",
    "periods.schedule.reminder": "Reminder days before (empty: the partnership's setting, {days} days)",
    "periods.schedule.save": "Change the deadline",
  },
);

declare module "../platform/i18n/define.js" {
  interface ModuleMessages extends MessageKeysOf<typeof periodsMessages> {}
}
