import { defineMessages, type MessageKeysOf } from "../platform/i18n/define.js";

/** Interface texts of the translation pages in the workspace (sv/en, like the rest of the workspace). */
export const translationsMessages = defineMessages(
  {
    "translations.link": "Översättningar",
    "translations.title": "Översättningar: {title}",
    "translations.intro":
      "Invånarna kan läsa löftet på svenska, engelska, arabiska, somaliska och lättläst svenska. Här ser du vilka texter som är översatta. En översättning blir inaktuell när den svenska texten ändras efteråt.",
    "translations.text": "Text",
    "translations.swedish": "Svenska",
    "translations.kind.title": "Löftets namn",
    "translations.kind.background": "Bakgrund",
    "translations.kind.howMade": "Så togs löftet fram",
    "translations.kind.point": "Punkt {number}",
    "translations.kind.result": "Resultat punkt {number}, {period}",
    "translations.kind.reportSummary": "Återrapporteringens ärende (utgåva {edition})",
    "translations.status.missing": "saknas",
    "translations.status.current": "aktuell",
    "translations.status.outdated": "inaktuell",
    "translations.edit": "Översätt till {language}",
    "translations.editTitle": "{language}: {title}",
    "translations.editIntro":
      "Skriv översättningen under varje svensk text. Lämna en ruta tom om texten inte ska översättas; då visas den svenska texten med en upplysning. När du sparar räknas översättningarna som aktuella för den svenska text som står här nu.",
    "translations.save": "Spara översättningarna",
    "translations.saved": "Översättningarna är sparade.",
    "translations.back": "Tillbaka till översättningarna",
    "translations.backToEditor": "Tillbaka till löftet",
    "translations.statusLabel": "Läge: {status}",
    "translations.translation": "Översättning ({language})",
    "translations.language.en": "engelska",
    "translations.language.ar": "arabiska",
    "translations.language.so": "somaliska",
    "translations.language.lattlast": "lättläst svenska",
    "translations.summary":
      "{current} aktuella, {outdated} inaktuella och {missing} saknas av {total} texter.",
  },
  {
    "translations.link": "Translations",
    "translations.title": "Translations: {title}",
    "translations.intro":
      "Residents can read the promise in Swedish, English, Arabic, Somali and easy-to-read Swedish. Here you see which texts are translated. A translation becomes outdated when the Swedish text is changed afterwards.",
    "translations.text": "Text",
    "translations.swedish": "Swedish",
    "translations.kind.title": "The promise's name",
    "translations.kind.background": "Background",
    "translations.kind.howMade": "How the promise was made",
    "translations.kind.point": "Point {number}",
    "translations.kind.result": "Result point {number}, {period}",
    "translations.kind.reportSummary": "The report-back's matter (edition {edition})",
    "translations.status.missing": "missing",
    "translations.status.current": "up to date",
    "translations.status.outdated": "outdated",
    "translations.edit": "Translate into {language}",
    "translations.editTitle": "{language}: {title}",
    "translations.editIntro":
      "Write the translation below each Swedish text. Leave a box empty if the text is not to be translated; the Swedish then shows with a note. When you save, the translations count as up to date for the Swedish text shown here now.",
    "translations.save": "Save the translations",
    "translations.saved": "The translations are saved.",
    "translations.back": "Back to the translations",
    "translations.backToEditor": "Back to the promise",
    "translations.statusLabel": "Status: {status}",
    "translations.translation": "Translation ({language})",
    "translations.language.en": "English",
    "translations.language.ar": "Arabic",
    "translations.language.so": "Somali",
    "translations.language.lattlast": "easy-to-read Swedish",
    "translations.summary":
      "{current} up to date, {outdated} outdated and {missing} missing of {total} texts.",
  },
);

declare module "../platform/i18n/define.js" {
  interface ModuleMessages extends MessageKeysOf<typeof translationsMessages> {}
}
