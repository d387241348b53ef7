/**
 * Demo data: the report-back (återrapportering) on the 2017 promise, edition 1, still a draft.
 * Texts are the document's, verbatim, paragraphs separated by a blank line. Left out on purpose:
 * the lead-in "Medborgarlöftet för 2017 har omfattat följande åtta punkter:" (the document
 * generator writes it from the commitments) and the template placeholder under Beslutsunderlag.
 */
import type { LocalizedText } from "../platform/i18n/localized-text.js";
import { type ReportBackData, sv } from "./dataset.js";
import { PROMISE, REPORT_BACK } from "./skaggetorp-2017-ids.js";

const paragraphs = (...texts: string[]): LocalizedText => sv(texts.join("\n\n"));

export const REPORT_BACKS: ReportBackData[] = [
  {
    id: REPORT_BACK,
    promiseId: PROMISE,
    edition: 1,
    status: "draft",
    registrationNumber: "KS 2018-0042",
    title: sv("Återrapportering av resultat från medborgarlöfte 2017"),
    addressee: "kommunstyrelsen",
    issuingUnit: "Kommunledningsförvaltningen",
    datedOn: "2018-01-23",
    matter: paragraphs(
      "Medborgarlöften är en del av Polismyndighetens nya styrmodell och ett sätt för polisen i lokalpolisområdet att komma närmare kommuninvånarna. Metoden bygger främst på momenten medarbetardialog, medborgardialog (utifrån polisens definition av ordet) och kommunikation av medborgarlöften.",
      "Medborgarlöftet för 2017 omfattade stadsdelen Skäggetorp, som valdes eftersom stadsdelen av Polismyndigheten på nationell nivå inför 2017 bedömdes utgöra ett av femton extra utsatta områden i landet. Löftet till Skäggetorpsborna omfattade tre punkter för kommunens och polisens gemensamma åtgärder, tre punkter för kommunens åtaganden och två punkter för polisens åtaganden.",
      "Kommunstyrelsen föreslås godkänna rapporten av medborgarlöfte för 2017.",
    ),
    background: paragraphs(
      "Medborgarlöften är en del av Polismyndighetens nya styrmodell och ett sätt för polisen att komma närmare kommuninvånarna. Arbetsmetoden bygger främst på momenten medarbetardialog, medborgardialog (utifrån polisens definition av ordet) och kommunikation av medborgarlöften.",
      "Kommunstyrelsen har i den övergripande samverkansöverenskommelsen för trygghetsskapande och brottsförebyggande arbete från 2015-11-24 gjort en utfästelse att samverka med Polismyndigheten för att effektivisera det brottsförebyggande och trygghetsskapande arbetet i kommunen. Genom att kommunen medverkar till medborgarlöftet bidrar detta till att stärka samverkan med polisen i detta avseende. Medborgarlöftet innehåller ett urval av insatser som ska följas upp om ett år, men täcker givetvis inte alla insatser vare sig från polisens eller kommunens sida. En annan begränsning är att medborgarlöftet för det kommande året endast omfattar stadsdelen Skäggetorp. Stadsdelen är bedömd som prioriterad i den bedömning av extra utsatta områden som har gjorts av Polismyndigheten på nationell nivå. Det finns inte någon annan stadsdel i Linköping som idag har lika hög polisiär närvaro. Dessutom är stadsdelen en av de tre som är prioriterade inom kommunens verksamhet.",
      "Underlaget för medborgarlöftet har tagits fram enligt ovan beskrivna moment samt med underlag från arbetet med att ta fram en handlingsplan för trygghet, säkerhet och brottsförebyggande åtgärder som beslutades av kommunstyrelsen i början av 2017. Dock fattades beslutet om medborgarlöftet 2017 redan före årsskiftet, med hänsyn till Polismyndighetens planering.",
      "Medborgarlöftet har följts upp och avrapporterats till trygghets- och demokratiutskottet under året. Dessutom har uppföljningen lagts ut på Linköpings kommuns externa webb (tertial 2).",
    ),
    genderEquality: sv(
      "Trygghet, säkerhet och brottsförebyggande är ett angeläget område för såväl kvinnor och män, flickor och pojkar. En särskilt utsatt grupp utgörs av personer inom HBTQ-spektret. Flickor och kvinnor, pojkar och män, kan ha olika upplevelser av eller behov när det gäller otrygghet och utsatthet. Detta behöver uppmärksammas både i dialogen med kommuninvånare och i de åtgärder som vidtas för att öka tryggheten.",
    ),
    goalsIntro: sv(
      "Insatserna bidrar till att uppfylla följande av kommunfullmäktiges övergripande mål för 2015-2018.",
    ),
    publicationNote: sv(
      "Tertialuppföljning av medborgarlöftet finns tillgänglig på http://www.linkoping.se/kommun-och-politik/samarbete/polisen/ samt på www.polisen.se.",
    ),
    committeeNote: sv("Under året har avrapportering skett till trygghets- och demokratiutskottet."),
    mblStatement: sv("MBL-information eller förhandling är inte påkallad."),
    decisionItems: [
      {
        id: "40ec0094-9c39-48e0-9147-23bc98f60d5a",
        text: sv(
          "Kommunstyrelsen godkänner upprättat förslag återrapportering av resultat från medborgarlöftet 2017 till Skäggetorpsborna.",
        ),
      },
    ],
    // "I ärendet har samverkan skett med kommunpolis och säkerhetsenheten. Medborgarlöftet har också
    // beretts i LiBrås operativa grupp (LOP-gruppen). Samtliga tillstyrker avrapporteringen."
    consultations: [
      {
        id: "376b785d-e625-49b4-abd3-b15a90c7431f",
        body: "kommunpolis",
        mode: "collaborated",
        stance: "endorses",
      },
      {
        id: "a6ed4ccc-df65-4a93-a3ac-489b1587a936",
        body: "säkerhetsenheten",
        mode: "collaborated",
        stance: "endorses",
      },
      {
        id: "0fdf4c83-3e0f-4ae5-a51d-c4ec2aa62614",
        body: "LiBrås operativa grupp (LOP-gruppen)",
        mode: "prepared",
        stance: "endorses",
      },
    ],
    signatories: [
      { id: "5f44ee18-8388-4998-87a0-b02735c1817e", name: "Paul Håkansson", title: null },
      { id: "44d4ee5f-a534-4882-bfd4-449125e51327", name: "Mikael Borin", title: null },
    ],
    distribution: [
      { id: "99a700c1-5335-4f71-9244-bfe5791d47a6", recipient: "Hållbarhetschefen" },
      { id: "80fe1aa7-c38c-4241-8f57-4715c0152e9b", recipient: "Polismyndigheten LPO Linköping" },
    ],
    links: [
      {
        id: "bbeeda6f-2479-4ad6-8129-f0debafdc5a5",
        url: "http://www.linkoping.se/kommun-och-politik/samarbete/polisen/",
        label: null,
      },
      { id: "768b817c-9725-4a5f-9e15-58a9a8fc1885", url: "http://www.polisen.se/", label: null },
    ],
    demo: {
      registrationNumber: "Påhittat diarienummer (demodata).",
      datedOn: "Antaget datum (demodata).",
    },
  },
];
