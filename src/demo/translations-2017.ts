/**
 * Demo part: the Skäggetorp 2017 promise in English, Arabic, Somali and lättläst svenska — its
 * title, background, how it was made, all eight points, and the results of points 1, 2, 3 and 8
 * (tertial 3). The other results are left untranslated, so the demo shows the Swedish fallback.
 * The translations are written for the demonstration (demo markers), saved as current for the
 * Swedish they were made from, the way the translation workflow saves them.
 */
import type { TranslationLocale } from "../platform/i18n/localized-text.js";
import { insertDemoMarkers } from "../platform/markers/markers.repository.js";
import { findPromise } from "../promises/promises.repository.js";
import { sourceHash } from "../promises/translations.js";
import {
  listApprovedNarratives,
  listPointTexts,
  saveTranslationSource,
  writeTranslation,
} from "../promises/translations.repository.js";
import type { DemoPart } from "./demo-part.js";
import { PROMISE } from "./skaggetorp-2017-ids.js";

type Texts = Record<TranslationLocale, string>;

const TITLE: Texts = {
  en: "Citizen promise 2017 for Skäggetorp",
  ar: "وعد المواطنين 2017 لحي سكيغيتورب",
  so: "Ballanqaadka muwaadiniinta 2017 ee Skäggetorp",
  lattlast: "Löfte till er som bor i Skäggetorp 2017",
};

const BACKGROUND: Texts = {
  en: "Skäggetorp is the district of Linköping where the police are present the most. The municipality and the police made the promise from what staff and residents told them about safety in the district.",
  ar: "سكيغيتورب هو الحي في لينشوبينغ الذي تتواجد فيه الشرطة أكثر من غيره. أعدت البلدية والشرطة هذا الوعد بناءً على ما قاله الموظفون والسكان عن الأمان في الحي.",
  so: "Skäggetorp waa xaafadda Linköping ee booliisku ugu badan yahay. Degmada iyo booliisku waxay ballanqaadka ku dhiseen waxa shaqaalaha iyo dadka deggan ka sheegeen nabadgelyada xaafadda.",
  lattlast:
    "Polisen är mycket i Skäggetorp. Mer än i andra delar av Linköping. Kommunen och polisen har frågat de som bor och jobbar där. Hur trygga känner de sig? Löftet bygger på svaren.",
};

const HOW_MADE: Texts = {
  en: "The method builds mainly on dialogue with staff, dialogue with residents (as the police define it) and telling people about the promises.",
  ar: "تعتمد الطريقة أساساً على الحوار مع الموظفين، والحوار مع السكان (كما تعرّفه الشرطة)، وإبلاغ الناس بالوعود.",
  so: "Habka waxa uu inta badan ku salaysan yahay wadahadal lala yeesho shaqaalaha, wadahadal lala yeesho dadka deggan (sida booliisku u qeexo), iyo in dadka loo sheego ballanqaadyada.",
  lattlast:
    "Vi pratade med de som jobbar i Skäggetorp. Vi pratade med de som bor där. Sedan berättade vi om löftet.",
};

/** The eight points, by number. */
const POINTS: Record<number, Texts> = {
  1: {
    en: "The municipality and the police will develop their cooperation with civil society and other actors.",
    ar: "ستطور البلدية والشرطة التعاون مع المجتمع المدني والجهات الأخرى.",
    so: "Degmada iyo booliisku waxay horumarin doonaan iskaashiga bulshada rayidka ah iyo dhinacyada kale.",
    lattlast: "Kommunen och polisen ska samarbeta mer med föreningar och andra.",
  },
  2: {
    en: "The municipality and the police will develop safety walks, among other things from a youth perspective.",
    ar: "ستطور البلدية والشرطة جولات الأمان، ومنها جولات من منظور الشباب.",
    so: "Degmada iyo booliisku waxay horumarin doonaan socodka nabadgelyada, iyagoo tixgelinaya dhallinyarada.",
    lattlast:
      "Kommunen och polisen ska gå runt i området och se vad som känns otryggt. Unga ska också vara med.",
  },
  3: {
    en: "The municipality and the police will review the streets and paths to stop or hinder vehicles where they are not allowed.",
    ar: "ستراجع البلدية والشرطة الشوارع والممرات لمنع مرور السيارات حيث لا يُسمح بها أو لجعله أصعب.",
    so: "Degmada iyo booliisku waxay dib u eegi doonaan waddooyinka si loo joojiyo ama loo adkeeyo gaadiidka meelaha aan loo oggolayn.",
    lattlast:
      "Bilar får inte köra överallt. Kommunen och polisen ska göra det svårare att köra där det är förbjudet.",
  },
  4: {
    en: "The municipality's services for young people and parents, together with a strong police presence, will help keep young people from exclusion and crime.",
    ar: "ستعمل خدمات البلدية للشباب والآباء، مع حضور قوي للشرطة، على منع انزلاق الشباب إلى التهميش والجريمة.",
    so: "Adeegyada degmada ee dhallinyarada iyo waalidiinta, oo ay weheliso joogitaan badan oo booliis, waxay ka hortagi doonaan in dhallinyaradu galaan go'doon iyo dambi.",
    lattlast:
      "Kommunen hjälper unga och deras föräldrar. Polisen är ofta på plats. Tillsammans vill de att unga inte ska hamna i brott.",
  },
  5: {
    en: "The municipality will support clubs and associations in offering all young people organised leisure activities.",
    ar: "ستدعم البلدية الجمعيات لتقدم لكل الشباب أنشطة منظمة في أوقات الفراغ.",
    so: "Degmadu waxay taageeri doontaa ururada si ay dhallinyarada oo dhan ugu fidiyaan hawlo firaaqo oo habaysan.",
    lattlast: "Kommunen ska hjälpa föreningar. Alla unga ska kunna vara med på aktiviteter på fritiden.",
  },
  6: {
    en: "The municipality will support people and organisations that can create more positive activities and more participants, for example jobs, leisure, clubs and safety work.",
    ar: "ستدعم البلدية الأشخاص والجهات التي تستطيع زيادة الأنشطة الإيجابية وعدد المشاركين فيها، مثل العمل وأنشطة الفراغ والجمعيات والعمل من أجل الأمان.",
    so: "Degmadu waxay taageeri doontaa dadka iyo hay'adaha kordhin kara hawlaha wanaagsan iyo tirada ka qaybgalayaasha, tusaale ahaan shaqo, firaaqo, ururo iyo nabadgelyo.",
    lattlast:
      "Kommunen ska hjälpa de som ordnar bra saker att göra. Till exempel jobb, fritid och föreningar. Fler ska kunna vara med.",
  },
  7: {
    en: "The police will work for zero tolerance of drugs and target regular efforts even more at finding drugs among young people.",
    ar: "ستعمل الشرطة من أجل عدم التسامح مطلقاً مع المخدرات، وستوجه حملات منتظمة أكثر لكشف المخدرات بين الشباب.",
    so: "Booliisku waxay u shaqayn doonaan in aan daroogada loo dulqaadan, waxayna si joogto ah u xoojin doonaan baadhista daroogada dhallinyarada dhexdeeda.",
    lattlast: "Polisen ska stoppa narkotika. Polisen ska oftare leta efter narkotika bland unga.",
  },
  8: {
    en: "The police will prevent illegal and reckless driving by being visible and by regular traffic checks.",
    ar: "ستمنع الشرطة القيادة غير المسموح بها والقيادة المتهورة من خلال تواجدها الظاهر ونقاط التفتيش المرورية المتكررة.",
    so: "Booliisku waxay ka hortagi doonaan darawalnimada sharci-darrada ah iyo tan khatarta ah iyagoo muuqda oo si joogto ah u baadha gaadiidka.",
    lattlast:
      "Polisen ska synas i området. Polisen ska ofta kontrollera bilar. Då kör färre på fel ställen och för fort.",
  },
};

/** Results of tertial 3, by point number (the others stay Swedish: the fallback shows). */
const RESULTS: Record<number, Texts> = {
  1: {
    en: "A local coordinator keeps in touch through the newly started local safety council. Feedback was given in the police's dialogue with residents. Weekly operational meetings are held, and reporting goes through the official on duty.",
    ar: "يبقى المنسق المحلي على تواصل عبر مجلس الأمان المحلي الجديد. تمت الإفادة في حوار الشرطة مع السكان. تُعقد اجتماعات عمل أسبوعية، ويتم الإبلاغ عبر الموظف المناوب.",
    so: "Isku-duwaha deegaanku waxa uu xiriir la leeyahay golaha nabadgelyada deegaanka ee cusub. Jawaab celin ayaa lagu bixiyay wadahadalka booliiska iyo dadka deggan. Kulammo shaqo ayaa toddobaad walba la qabtaa.",
    lattlast:
      "Det finns ett nytt trygghetsråd i Skäggetorp. Polisen har träffat de som bor där och berättat vad de gjort. Kommunen och polisen träffas varje vecka.",
  },
  2: {
    en: "One safety walk was held. The new local safety council is arranging safety walks in 2018 together with property owners and others.",
    ar: "أُجريت جولة أمان واحدة. يعمل مجلس الأمان المحلي الجديد على تنظيم جولات أمان في 2018 بالتعاون مع أصحاب العقارات وجهات أخرى.",
    so: "Hal socod nabadgelyo ayaa la qabtay. Golaha nabadgelyada deegaanka ee cusub waxa uu diyaarinayaa socodyo nabadgelyo 2018 isagoo la kaashanaya milkiilayaasha guryaha iyo kuwo kale.",
    lattlast:
      "Vi gick en trygghetsvandring. Under 2018 ska trygghetsrådet ordna fler. De som äger husen ska vara med.",
  },
  3: {
    en: "A working group led by the community police officer has found possible physical measures that do not block access for the police, the fire service or ambulances.",
    ar: "حدد فريق عمل بقيادة شرطي الحي إجراءات مادية ممكنة لا تعيق وصول الشرطة أو الإطفاء أو الإسعاف.",
    so: "Koox shaqo oo uu hoggaaminayo booliiska degmadu waxay heleen tallaabooyin jireed oo aan xannibayn gelitaanka booliiska, dab-demiska ama ambalaasta.",
    lattlast:
      "En grupp har tittat på vad som kan byggas för att stoppa bilar. Polisen, brandbilar och ambulanser ska ändå kunna komma fram.",
  },
  8: {
    en: "The police increased the number of traffic checks in 2017. This point is carried over to the next citizen promise.",
    ar: "زادت الشرطة عدد نقاط التفتيش المرورية في 2017. تنتقل هذه النقطة إلى وعد المواطنين القادم.",
    so: "Booliisku waxay kordhiyeen tirada baadhista gaadiidka 2017. Qodobkan waxa loo gudbinayaa ballanqaadka xiga.",
    lattlast: "Polisen kontrollerade fler bilar under 2017. Det här fortsätter i nästa löfte.",
  },
};

const NOTE = "Översättning gjord för demonstrationen (demodata), inte en del av originaldokumentet.";

export const translations2017Demo: DemoPart = async (tx) => {
  const promise = await findPromise(tx, { id: PROMISE });
  if (!promise) return;
  const markers: { tableName: string; rowId: string; field: string; note: string }[] = [];
  const save = async (
    entityType: "promise" | "commitment" | "follow_up",
    entityId: string,
    field: string,
    swedish: string,
    texts: Texts,
  ) => {
    for (const locale of Object.keys(texts) as TranslationLocale[]) {
      await writeTranslation(tx, { entityType, entityId, field, locale }, texts[locale]);
      const hash = sourceHash(swedish);
      await saveTranslationSource(tx, {
        promiseId: PROMISE,
        entityType,
        entityId,
        field,
        locale,
        sourceHash: hash,
      });
    }
    const table =
      entityType === "promise" ? "promises" : entityType === "commitment" ? "commitments" : "follow_ups";
    markers.push({ tableName: table, rowId: entityId, field: `${field}.translations`, note: NOTE });
  };
  await save("promise", PROMISE, "title", promise.title.sv, TITLE);
  if (promise.background) await save("promise", PROMISE, "background", promise.background.sv, BACKGROUND);
  if (promise.howMade) await save("promise", PROMISE, "how_made", promise.howMade.sv, HOW_MADE);
  for (const point of await listPointTexts(tx, PROMISE)) {
    const texts = POINTS[point.number];
    if (texts) await save("commitment", point.id, "text", point.text.sv, texts);
  }
  for (const result of await listApprovedNarratives(tx, PROMISE)) {
    const texts = RESULTS[result.number];
    if (texts && result.period === "2017-T3" && result.narrative)
      await save("follow_up", result.id, "narrative", result.narrative.sv, texts);
  }
  await insertDemoMarkers(tx, markers);
};
