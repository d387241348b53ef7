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
    "openData.dataset.loften": "Medborgarlöften",
    "openData.dataset.punkter": "Löftenas punkter",
    "openData.dataset.uppfoljningar": "Godkända uppföljningar",
    "openData.dataset.framsteg": "Framsteg per period",
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
    "openData.dataset.loften": "Citizen promises",
    "openData.dataset.punkter": "The promises' points",
    "openData.dataset.uppfoljningar": "Approved follow-ups",
    "openData.dataset.framsteg": "Progress by period",
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
  {
    ar: {
      "openData.title": "بيانات مفتوحة",
      "openData.intro":
        "يمكنك هنا تنزيل كل ما نُشر عن وعود المواطنين: الوعود ونقاطها والمتابعات المعتمدة ومدى تقدم العمل. يمكنك استخدام البيانات بحرية لأي غرض تريده.",
      "openData.licence":
        "البيانات متاحة للاستخدام بحرية (الترخيص CC0 1.0). لا تحتاج إلى طلب إذن ولا إلى ذكر المصدر، لكن من الجيد أن تفعل ذلك.",
      "openData.licenceLink": "اقرأ عن الترخيص CC0 1.0",
      "openData.onlyPublished":
        "لا تحتوي الملفات إلا على ما هو منشور في الموقع. لا تُدرج فيها أبداً المسودات ولا المتابعات غير المعتمدة.",
      "openData.files.title": "الملفات",
      "openData.files.intro":
        "كل جدول متوفر بصيغة CSV التي تُفتح في برنامج جداول بيانات، وبصيغة JSON لمن يكتب البرامج. يتم تحديث الملفات فور نشر أي شيء جديد. أسماء الأعمدة والنصوص في الملفات باللغة السويدية.",
      "openData.files.all": "كل الشراكات",
      "openData.files.partnership": "{name}",
      "openData.dataset.loften": "وعود المواطنين",
      "openData.dataset.punkter": "نقاط الوعود",
      "openData.dataset.uppfoljningar": "المتابعات المعتمدة",
      "openData.dataset.framsteg": "التقدّم في كل فترة",
      "openData.files.csv": "CSV",
      "openData.files.json": "JSON",
      "openData.files.csvLabel": "{title} بصيغة CSV",
      "openData.files.jsonLabel": "{title} بصيغة JSON",
      "openData.feeds.title": "الخلاصات",
      "openData.feeds.intro":
        "تُعلمك الخلاصة (Atom) عند نشر نتائج معتمدة جديدة أو تقرير مقدَّم جديد. أضف عنوانها إلى برنامج قارئ للخلاصات. لكل وعد ولكل منطقة أيضاً خلاصة خاصة بها؛ تجدها في صفحة الوعد.",
      "openData.feeds.all": "خلاصة كل الوعود",
      "openData.feeds.partnership": "خلاصة {name}",
      "openData.feeds.area": "خلاصة منطقة {area}",
      "openData.catalog.title": "فهرس لبوابة البيانات السويدية",
      "openData.catalog.text":
        "يصف الفهرس كل الملفات وفق المعيار DCAT-AP-SE، حتى تتمكن بوابة dataportal.se من العثور عليها. وهو مكتوب بصيغة RDF/XML.",
      "openData.catalog.link": "الفهرس (RDF/XML)",
      "openData.columns.title": "ماذا تعني الأعمدة",
      "openData.columns.intro":
        "للأعمدة الأسماء نفسها في CSV وJSON. في CSV تُفصل الأعمدة بفاصلة منقوطة، وتُكتب الأعداد العشرية بفاصلة عشرية، وتُفصل القيم المتعددة في الخلية نفسها بالرمز |، وتُكتب نعم/لا على شكل ja أو nej. في JSON الأعداد أعداد والقوائم قوائم، وتُكتب نعم/لا على شكل true أو false.",
      "openData.columns.name": "العمود",
      "openData.columns.meaning": "المعنى",
      "openData.none": "لا توجد شراكات بعد.",
    },
    so: {
      "openData.title": "Xog furan",
      "openData.intro":
        "Halkan waxaad ka soo dejisan kartaa wax kasta oo laga daabacay ballanqaadyada muwaadiniinta: ballanqaadyada, qodobadooda, raadraacyada la ansixiyay iyo inta ay shaqadu marayso. Xogta si xor ah ayaad u isticmaali kartaa, wax kasta oo aad doonto.",
      "openData.licence":
        "Xogta si xor ah ayaa loo isticmaali karaa (shatiga CC0 1.0). Uma baahnid inaad ogolaansho weydiiso ama aad sheegto meesha ay ka timid, laakiin way fiican tahay haddii aad sidaas samayso.",
      "openData.licenceLink": "Ka akhri shatiga CC0 1.0",
      "openData.onlyPublished":
        "Faylashu waxay ka kooban yihiin oo keliya waxa bogga lagu daabacay. Qabyada iyo raadraacyada aan la ansixin weligood kuma jiraan.",
      "openData.files.title": "Faylasha",
      "openData.files.intro":
        "Xog kasta waxay u diyaar tahay CSV, oo lagu furo barnaamij xisaabeed (spreadsheet), iyo JSON, oo loogu talagalay kuwa barnaamijyada sameeya. Faylasha waxa la cusboonaysiiyaa isla marka wax cusub la daabaco. Magacyada tiirarka iyo qoraallada faylasha waa af-Iswiidhish.",
      "openData.files.all": "Dhammaan iskaashiyada",
      "openData.files.partnership": "{name}",
      "openData.dataset.loften": "Ballanqaadyada muwaadiniinta",
      "openData.dataset.punkter": "Qodobbada ballanqaadyada",
      "openData.dataset.uppfoljningar": "Raadraacyada la ansixiyay",
      "openData.dataset.framsteg": "Horumarka muddo kasta",
      "openData.files.csv": "CSV",
      "openData.files.json": "JSON",
      "openData.files.csvLabel": "{title} oo CSV ah",
      "openData.files.jsonLabel": "{title} oo JSON ah",
      "openData.feeds.title": "Quudinnada (feeds)",
      "openData.feeds.intro":
        "Quudin (Atom) ayaa kuu sheegaysa marka la daabaco natiijooyin cusub oo la ansixiyay ama warbixin cusub oo la celiyay. Cinwaankeeda ku dar akhriye quudin (feed reader). Ballanqaad kasta iyo xaafad kasta sidoo kale waxay leeyihiin quudin u gaar ah; waxaad ka helaysaa bogga ballanqaadka.",
      "openData.feeds.all": "Quudinta dhammaan ballanqaadyada",
      "openData.feeds.partnership": "Quudinta {name}",
      "openData.feeds.area": "Quudinta xaafadda {area}",
      "openData.catalog.title": "Kataloogga bogga xogta Iswiidhan",
      "openData.catalog.text":
        "Kataloogga waxa uu sharraxayaa dhammaan faylasha iyadoo la raacayo heerka DCAT-AP-SE, si uu dataportal.se u helo. Waxa lagu qoray RDF/XML.",
      "openData.catalog.link": "Kataloogga (RDF/XML)",
      "openData.columns.title": "Waxa tiirarku macnahoodu yahay",
      "openData.columns.intro":
        "Tiirarku waxay magacyo isku mid ah ku leeyihiin CSV iyo JSON. CSV-ga, tiirarka waxa lagu kala saaraa hakad-dhibic (;), tirooyinka jajabka ah waxay isticmaalaan hakad (,), qiimayaal badan oo isku unug ku jira waxa lagu kala saaraa |, haa/maya-na waxa loo qoraa ja ama nej. JSON-ka, tirooyinku waa tirooyin, liisasku waa liisas, haa/maya-na waa true ama false.",
      "openData.columns.name": "Tiirka",
      "openData.columns.meaning": "Macnaha",
      "openData.none": "Weli ma jiraan iskaashiyo.",
    },
    lattlast: {
      "openData.title": "Öppna data",
      "openData.intro":
        "Här kan du hämta allt som finns på webbplatsen om medborgarlöftena. Du kan hämta löftena och delarna i löftena. Du kan hämta uppföljningarna som är godkända. Du kan också se hur långt arbetet har kommit. Du får använda uppgifterna till vad du vill.",
      "openData.licence":
        "Alla får använda uppgifterna. Det står i licensen CC0 1.0. Du behöver inte fråga. Du behöver inte skriva var uppgifterna kommer ifrån. Men det är bra om du gör det.",
      "openData.licenceLink": "Läs om licensen CC0 1.0",
      "openData.onlyPublished":
        "Filerna har bara det som finns på webbplatsen. Utkast finns aldrig med. Uppföljningar som inte är godkända finns aldrig med.",
      "openData.files.title": "Filerna",
      "openData.files.intro":
        "Varje fil finns i två sorter. CSV kan du öppna i ett kalkylprogram. JSON är för dig som programmerar. Filerna ändras så fort något nytt kommer ut på webbplatsen.",
      "openData.files.all": "Alla samarbeten",
      "openData.files.partnership": "{name}",
      "openData.dataset.loften": "Löften till dig som bor här",
      "openData.dataset.punkter": "Delarna i löftena",
      "openData.dataset.uppfoljningar": "Vad som har gjorts",
      "openData.dataset.framsteg": "Hur långt arbetet har kommit",
      "openData.files.csv": "CSV",
      "openData.files.json": "JSON",
      "openData.files.csvLabel": "{title} som CSV",
      "openData.files.jsonLabel": "{title} som JSON",
      "openData.feeds.title": "Flöden",
      "openData.feeds.intro":
        "Ett flöde berättar när det finns nya resultat som är godkända. Det berättar också när det finns en ny text om hur det gick. Flödet är i formatet Atom. Du behöver ett program som läser flöden. Lägg in adressen till flödet i programmet. Varje löfte och varje område har ett eget flöde. Du hittar det på sidan för löftet.",
      "openData.feeds.all": "Flöde för alla löften",
      "openData.feeds.partnership": "Flöde för {name}",
      "openData.feeds.area": "Flöde för området {area}",
      "openData.catalog.title": "Katalog för Sveriges dataportal",
      "openData.catalog.text":
        "Katalogen är en lista över alla filer. Den följer en standard som heter DCAT-AP-SE. Då kan webbplatsen dataportal.se hitta filerna. Katalogen är skriven i formatet RDF/XML.",
      "openData.catalog.link": "Katalogen (RDF/XML)",
      "openData.columns.title": "Vad kolumnerna betyder",
      "openData.columns.intro":
        "Kolumnerna har samma namn i CSV och JSON. I CSV står det semikolon (;) mellan kolumnerna. Decimaltal har komma, till exempel 2,5. Ibland finns flera värden i samma ruta. Då står tecknet | mellan dem. Ja och nej står som ja eller nej. I JSON står tal som tal och listor som listor. Ja och nej står som true eller false.",
      "openData.columns.name": "Kolumn",
      "openData.columns.meaning": "Betydelse",
      "openData.none": "Det finns inga samarbeten än.",
    },
  },
);

declare module "../platform/i18n/define.js" {
  interface ModuleMessages extends MessageKeysOf<typeof openDataMessages> {}
}
