import { defineMessages, type MessageKeysOf } from "../platform/i18n/define.js";

/** Interface texts of open data: the page that explains the files. */
export const openDataMessages = defineMessages(
  {
    "openData.title": "Öppna data",
    "openData.intro":
      "Här kan du ladda ner allt som är publicerat om medborgarlöftena: löftena, deras punkter, de godkända uppföljningarna och hur långt arbetet har kommit. Du får använda uppgifterna fritt, till vad du vill.",
    "openData.licence":
      "Uppgifterna är fria att använda (licensen CC0 1.0). Du behöver inte fråga och inte ange källan, men det är bra om du gör det.",
    "openData.licenceLink": "Läs om licensen CC0 1.0",
    "openData.onlyPublished":
      "Filerna innehåller bara det som är publicerat på webbplatsen. Utkast och uppföljningar som inte är godkända finns aldrig med.",
    "openData.files.title": "Filerna",
    "openData.files.intro":
      "Varje uppgift finns som CSV, som öppnas i ett kalkylprogram, och som JSON, för den som programmerar. Filerna uppdateras så fort något nytt publiceras.",
    "openData.files.all": "Alla samverkansområden",
    "openData.files.partnership": "{name}",
    "openData.files.csv": "CSV",
    "openData.files.json": "JSON",
    "openData.files.csvLabel": "{title} som CSV",
    "openData.files.jsonLabel": "{title} som JSON",
    "openData.feeds.title": "Flöden",
    "openData.feeds.intro":
      "Ett flöde (Atom) berättar när det kommer nya godkända resultat eller en ny återrapportering. Lägg in adressen i en flödesläsare. Varje löfte och varje område har också ett eget flöde; du hittar det på löftets sida.",
    "openData.feeds.all": "Flöde för alla löften",
    "openData.feeds.partnership": "Flöde för {name}",
    "openData.feeds.area": "Flöde för området {area}",
    "openData.catalog.title": "Katalog för Sveriges dataportal",
    "openData.catalog.text":
      "Katalogen beskriver alla filer enligt standarden DCAT-AP-SE, så att dataportal.se kan hitta dem. Den är skriven i RDF/XML.",
    "openData.catalog.link": "Katalogen (RDF/XML)",
    "openData.columns.title": "Vad kolumnerna betyder",
    "openData.columns.intro":
      "Kolumnerna har samma namn i CSV och JSON. I CSV skiljs kolumnerna åt med semikolon, decimaltal har decimalkomma, flera värden i samma cell skiljs med | och ja/nej står som ja eller nej. I JSON är tal tal, listor listor och ja/nej true eller false.",
    "openData.columns.name": "Kolumn",
    "openData.columns.meaning": "Betydelse",
    "openData.none": "Det finns inga samverkansområden ännu.",
  },
  {
    "openData.title": "Open data",
    "openData.intro":
      "Download everything published about the citizen promises: the promises, their points, the approved follow-ups and how far the work has come. You may use the data freely, for anything.",
    "openData.licence":
      "The data is free to use (licence CC0 1.0). You need not ask or name the source, though it is good if you do.",
    "openData.licenceLink": "About the CC0 1.0 licence",
    "openData.onlyPublished":
      "The files hold only what is published on the site. Drafts and follow-ups that are not approved are never included.",
    "openData.files.title": "The files",
    "openData.files.intro":
      "Each table comes as CSV, which opens in a spreadsheet, and as JSON, for programmers. The files are updated as soon as something new is published. Column names and the texts in the files are in Swedish.",
    "openData.files.all": "Every partnership",
    "openData.files.partnership": "{name}",
    "openData.files.csv": "CSV",
    "openData.files.json": "JSON",
    "openData.files.csvLabel": "{title} as CSV",
    "openData.files.jsonLabel": "{title} as JSON",
    "openData.feeds.title": "Feeds",
    "openData.feeds.intro":
      "A feed (Atom) tells you when new approved results or a new report-back are published. Add its address to a feed reader. Each promise and each area has its own feed too; you find it on the promise's page.",
    "openData.feeds.all": "Feed of every promise",
    "openData.feeds.partnership": "Feed of {name}",
    "openData.feeds.area": "Feed of the area {area}",
    "openData.catalog.title": "Catalogue for Sweden's data portal",
    "openData.catalog.text":
      "The catalogue describes every file by the DCAT-AP-SE standard, so that dataportal.se can find them. It is written in RDF/XML.",
    "openData.catalog.link": "The catalogue (RDF/XML)",
    "openData.columns.title": "What the columns mean",
    "openData.columns.intro":
      "Columns have the same names in CSV and JSON. In CSV, columns are separated by semicolons, decimals use a decimal comma, several values in one cell are separated by | and yes/no is written ja or nej. In JSON, numbers are numbers, lists are lists and yes/no is true or false.",
    "openData.columns.name": "Column",
    "openData.columns.meaning": "Meaning",
    "openData.none": "There are no partnerships yet.",
  },
);

declare module "../platform/i18n/define.js" {
  interface ModuleMessages extends MessageKeysOf<typeof openDataMessages> {}
}
