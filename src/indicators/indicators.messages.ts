import { defineMessages, type MessageKeysOf } from "../platform/i18n/define.js";

/** Interface texts of survey indicators (the import, the workspace page and the public page). */
export const indicatorsMessages = defineMessages(
  {
    "errors.forbidden.indicators.import":
      "Bara administratören, samordnaren och kommunpolisen kan läsa in resultat från trygghetsmätningar.",
    "errors.forbidden.indicators.read": "Du kan inte se trygghetsmätningarna i den här samverkan.",
    "errors.payload_too_large.survey_file": "Filen är för stor. Den får vara högst {max} MB.",
    "indicators.nav": "Trygghetsmätningar",
    "indicators.title": "Trygghetsmätningar",
    "indicators.intro":
      "Resultat från polisens trygghetsmätning (index 0–6, lägre är bättre) och från enkäter som Brås NTU (andelar i procent), per område, år, kön och ålder. Värden från färre än 5 svar visas inte offentligt.",
    "indicators.none": "Inga resultat är inlästa än.",
    "indicators.publicLink": "Så här ser de boende sidan",
    "indicators.import.title": "Läs in resultat (CSV)",
    "indicators.import.help":
      "En rad per värde. Kolumner: indikator, typ (index eller procent), område, år, grupp (kvinnor, män eller alla), ålder (alla eller till exempel 16–24), värde, källa, n (antal svar, om det finns), beskrivning (frivillig) och riktning (frivillig: lägre är bättre eller högre är bättre). Semikolon eller komma mellan kolumnerna, UTF-8.",
    "indicators.import.file": "Fil (CSV, högst {max} MB)",
    "indicators.import.check": "Granska filen",
    "indicators.import.run": "Läs in",
    "indicators.import.checked":
      "Filen går att läsa in: {rows} rader, {created} nya värden, {updated} ändrade och {unchanged} oförändrade. Nya indikatorer: {indicators}. Ingenting är sparat än.",
    "indicators.import.confirm": "Läs in filen",
    "indicators.import.tooLongToCarry":
      "Filen är för stor för att bäras över till nästa steg. Välj den igen och tryck Läs in.",
    "indicators.import.done": "Inläst: {created} nya värden, {updated} ändrade och {unchanged} oförändrade.",
    "indicators.import.none": "inga",
    "indicators.import.issue": "Rad {row}, kolumn {column}: {message}",
    "indicators.import.issueNoColumn": "Rad {row}: {message}",
    "indicators.import.unreadable": "Filen går inte att läsa. Spara den som CSV med UTF-8.",
    "indicators.import.empty": "Filen är tom.",
    "indicators.import.missing_columns": "Kolumner saknas: {columns}.",
    "indicators.import.too_many_rows": "Filen har för många rader (högst {max}).",
    "indicators.import.invalid_text": "Texten innehåller ett tecken som inte är tillåtet.",
    "indicators.import.required": "Värdet saknas.",
    "indicators.import.too_long": "Texten är för lång (högst {max} tecken).",
    "indicators.import.bad_kind": "Typen {value} finns inte. Skriv index eller procent.",
    "indicators.import.kind_differs": "{indicator} har typen {value} här men en annan typ på rad {row}.",
    "indicators.import.kind_stored": "{indicator} är redan inläst med typen {kind}.",
    "indicators.import.bad_year": "Året {value} är inte ett årtal mellan 1990 och 2100.",
    "indicators.import.bad_group": "Gruppen {value} finns inte. Skriv kvinnor, män eller alla.",
    "indicators.import.bad_age_band": "Åldern {value} går inte att läsa. Skriv alla, 16–24 eller 65+.",
    "indicators.import.bad_value": "{value} är inte ett tal.",
    "indicators.import.bad_index": "Indexet {value} ligger inte mellan 0 och 6.",
    "indicators.import.bad_percent": "Andelen {value} ligger inte mellan 0 och 100.",
    "indicators.import.bad_n": "Antalet svar {value} är inte ett heltal.",
    "indicators.import.duplicate": "Samma värde finns redan på rad {row}.",
    "indicators.import.bad_direction":
      "Riktningen {value} går inte att läsa. Skriv lägre är bättre eller högre är bättre.",
    "indicators.import.index_direction": "För ett index är lägre alltid bättre.",
    "indicators.import.unknown_area": "Området {value} finns inte i samverkan.",
    "indicators.figure.table": "Siffrorna i diagrammet",
    "indicators.figure.ageBands": "Per åldersgrupp",
    "indicators.figure.source": "Källa: {sources}",
    "indicators.figure.index": "Index 0–6, lägre är bättre.",
    "indicators.figure.percent": "Andel i procent.",
    "indicators.figure.suppressed": "Värden från färre än 5 svar visas inte (färre än 5 svar).",
    "indicators.public.title": "Trygghet i {partnership}",
    "indicators.public.surveys": "Trygghetsmätningar",
    "indicators.public.intro":
      "Så trygga känner sig de som bor här, enligt trygghetsmätningar och enkäter. Diagrammen visar kvinnor, män och alla var för sig; tabellen under varje diagram har samma siffror.",
    "indicators.public.none": "Samverkan har inte publicerat några resultat från trygghetsmätningar.",
    "indicators.demo": "Exempeldata: resultaten är påhittade för demonstrationen.",
  },
  {
    "errors.forbidden.indicators.import":
      "Only the administrator, the coordinator and the community police officer can import survey results.",
    "errors.forbidden.indicators.read": "You cannot see the surveys of this partnership.",
    "errors.payload_too_large.survey_file": "The file is too large. It may be at most {max} MB.",
    "indicators.nav": "Safety surveys",
    "indicators.title": "Safety surveys",
    "indicators.intro":
      "Results of the police's safety survey (index 0–6, lower is better) and of surveys such as Brå's NTU (shares in percent), per area, year, gender and age. Values from fewer than 5 answers are not shown in public.",
    "indicators.none": "No results have been imported yet.",
    "indicators.publicLink": "The page as residents see it",
    "indicators.import.title": "Import results (CSV)",
    "indicators.import.help":
      "One row per value. Columns: indikator, typ (index or procent), område, år, grupp (kvinnor, män or alla), ålder (alla or e.g. 16–24), värde, källa, n (number of answers, if given), beskrivning (optional) and riktning (optional: lägre är bättre or högre är bättre). Semicolon or comma between columns, UTF-8.",
    "indicators.import.file": "File (CSV, at most {max} MB)",
    "indicators.import.check": "Check the file",
    "indicators.import.run": "Import",
    "indicators.import.checked":
      "The file can be imported: {rows} rows, {created} new values, {updated} changed and {unchanged} unchanged. New indicators: {indicators}. Nothing is saved yet.",
    "indicators.import.confirm": "Import the file",
    "indicators.import.tooLongToCarry":
      "The file is too large to carry to the next step. Choose it again and press Import.",
    "indicators.import.done": "Imported: {created} new values, {updated} changed and {unchanged} unchanged.",
    "indicators.import.none": "none",
    "indicators.import.issue": "Row {row}, column {column}: {message}",
    "indicators.import.issueNoColumn": "Row {row}: {message}",
    "indicators.import.unreadable": "The file cannot be read. Save it as CSV in UTF-8.",
    "indicators.import.empty": "The file is empty.",
    "indicators.import.missing_columns": "Columns are missing: {columns}.",
    "indicators.import.too_many_rows": "The file has too many rows (at most {max}).",
    "indicators.import.invalid_text": "The text contains a character that is not allowed.",
    "indicators.import.required": "The value is missing.",
    "indicators.import.too_long": "The text is too long (at most {max} characters).",
    "indicators.import.bad_kind": "The kind {value} does not exist. Write index or procent.",
    "indicators.import.kind_differs": "{indicator} has the kind {value} here but another on row {row}.",
    "indicators.import.kind_stored": "{indicator} is already imported with the kind {kind}.",
    "indicators.import.bad_year": "The year {value} is not a year between 1990 and 2100.",
    "indicators.import.bad_group": "The group {value} does not exist. Write kvinnor, män or alla.",
    "indicators.import.bad_age_band": "The age {value} cannot be read. Write alla, 16–24 or 65+.",
    "indicators.import.bad_value": "{value} is not a number.",
    "indicators.import.bad_index": "The index {value} is not between 0 and 6.",
    "indicators.import.bad_percent": "The share {value} is not between 0 and 100.",
    "indicators.import.bad_n": "The number of answers {value} is not a whole number.",
    "indicators.import.duplicate": "The same value is already on row {row}.",
    "indicators.import.bad_direction":
      "The direction {value} cannot be read. Write lägre är bättre or högre är bättre.",
    "indicators.import.index_direction": "For an index, lower is always better.",
    "indicators.import.unknown_area": "The area {value} does not exist in the partnership.",
    "indicators.figure.table": "The numbers in the chart",
    "indicators.figure.ageBands": "By age group",
    "indicators.figure.source": "Source: {sources}",
    "indicators.figure.index": "Index 0–6, lower is better.",
    "indicators.figure.percent": "Share in percent.",
    "indicators.figure.suppressed": "Values from fewer than 5 answers are not shown (färre än 5 svar).",
    "indicators.public.title": "Safety in {partnership}",
    "indicators.public.surveys": "Safety surveys",
    "indicators.public.intro":
      "How safe the residents feel, according to safety surveys. The charts show women, men and everyone separately; the table under each chart has the same numbers.",
    "indicators.public.none": "The partnership has not published any survey results.",
    "indicators.demo": "Example data: the results are invented for the demonstration.",
  },
  {
    ar: {
      "indicators.figure.table": "الأرقام في الرسم البياني",
      "indicators.figure.ageBands": "حسب الفئة العمرية",
      "indicators.figure.source": "المصدر: {sources}",
      "indicators.figure.index": "مؤشر من 0 إلى 6، والأقل أفضل.",
      "indicators.figure.percent": "النسبة بالمئة.",
      "indicators.figure.suppressed":
        "لا تُعرض القيم المبنية على أقل من 5 إجابات (يظهر مكانها في الجدول: färre än 5 svar).",
      "indicators.public.title": "الشعور بالأمان في {partnership}",
      "indicators.public.surveys": "استطلاعات الشعور بالأمان",
      "indicators.public.intro":
        "مدى شعور سكان المنطقة بالأمان، حسب استطلاعات الأمان والاستبيانات. تعرض الرسوم البيانية النساء والرجال والجميع كلاً على حدة، والجدول تحت كل رسم بياني فيه الأرقام نفسها.",
      "indicators.public.none": "لم تنشر الشراكة أي نتائج من استطلاعات الأمان.",
      "indicators.demo": "بيانات للعرض: النتائج مختلقة لغرض العرض.",
    },
    so: {
      "indicators.figure.table": "Tirooyinka jaantuska",
      "indicators.figure.ageBands": "Koox da' kasta",
      "indicators.figure.source": "Isha: {sources}",
      "indicators.figure.index": "Tilmaame 0–6, tirada hoose ayaa ka wanaagsan.",
      "indicators.figure.percent": "Qaybta boqolkiiba.",
      "indicators.figure.suppressed":
        "Qiimayaasha ka yimid wax ka yar 5 jawaabood lama muujiyo (shaxda waxa meeshooda ku qoran: färre än 5 svar).",
      "indicators.public.title": "Dareenka amniga ee {partnership}",
      "indicators.public.surveys": "Sahannada dareenka amniga",
      "indicators.public.intro":
        "Sida ay dadka halkan ku nooli u dareemaan amniga, sida ay muujinayaan sahannada amniga iyo su'aal-weydiinnada. Jaantusyadu waxay si gooni ah u muujinayaan haweenka, ragga iyo dhammaan; shaxda ka hoosaysa jaantus kasta waxay leedahay isla tirooyinka.",
      "indicators.public.none": "Iskaashigu ma daabicin wax natiijooyin ah oo sahannada amniga ah.",
      "indicators.demo": "Xog tusaale ah: natiijooyinka waa la sameeyay si loo muujiyo.",
    },
    lattlast: {
      "indicators.figure.table": "Siffrorna i diagrammet",
      "indicators.figure.ageBands": "För olika åldrar",
      "indicators.figure.source": "Siffrorna kommer från: {sources}",
      "indicators.figure.index": "Siffran är mellan 0 och 6. En lägre siffra är bättre.",
      "indicators.figure.percent": "Siffran är i procent.",
      "indicators.figure.suppressed":
        "Vi visar inte siffran om färre än 5 personer svarade. Då står det ”färre än 5 svar”.",
      "indicators.public.title": "Trygghet i {partnership}",
      "indicators.public.surveys": "Frågor om trygghet",
      "indicators.public.intro":
        "Här ser du hur trygga de som bor här känner sig. Svaren kommer från frågor om trygghet. Diagrammen visar kvinnor, män och alla för sig. Under varje diagram finns en tabell. Där står samma siffror.",
      "indicators.public.none": "Samarbetet har inte visat några svar om trygghet än.",
      "indicators.demo": "Det här är exempel. Resultaten är påhittade.",
    },
  },
);

declare module "../platform/i18n/define.js" {
  interface ModuleMessages extends MessageKeysOf<typeof indicatorsMessages> {}
}

/** The Swedish (or English) message of each import issue. */
export function describeIndicatorIssues<I extends { code: string; params?: Record<string, string | number> }>(
  issues: I[],
  t: (key: never, params?: Record<string, string | number>) => string,
): Array<I & { message: string }> {
  return issues.map((i) => ({ ...i, message: t(`indicators.import.${i.code}` as never, i.params) }));
}
