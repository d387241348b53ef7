import type { sv } from "./sv.js";

/**
 * Somali interface texts for the public pages. Keys left out (workspace texts, refusals) fall
 * back to Swedish; `i18n/public-locales.test.ts` checks the public keys are here.
 */
export const so: Partial<Record<keyof typeof sv, string>> = {
  "app.name": "Ballanqaadka muwaadiniinta",
  "app.tagline": "Ballanqaadyada degmada iyo booliska ee dadka ku nool xaafadda – iyo waxa la qabtay.",
  "nav.main": "Liiska ugu weyn",
  "nav.home": "Dhammaan ballanqaadyada",
  "nav.skip": "U gudub nuxurka",
  "nav.language": "Luqadda",
  "lang.onlySwedish": "Qoraalkan waxa uu ku qoran yahay oo keliya af-Iswiidhish.",
  "footer.about":
    "Ballanqaadka muwaadiniinta waa qayb ka mid ah iskaashiga degmada iyo booliska. Waxa la raacaa afartii biloodba mar.",
  "footer.progressRule": "Sida aan u xisaabino inta shaqadu marayso",

  "home.title": "Ballanqaadyada muwaadiniinta",
  "home.intro":
    "Ballanqaadka muwaadiniinta waa ballan ay degmada iyo booliska u galaan dadka ku nool xaafad. Halkan waxaad ku arkaysaa waxa la ballanqaaday iyo waxa la qabtay.",
  "home.empty": "Weli ma jiraan ballanqaadyo la daabacay.",
  "home.promisesOf": "Ballanqaadyada muwaadiniinta ee {partnership}",
  "home.years": "Sannadka",
  "home.areas": "Xaafadda",
  "home.status": "Xaaladda",
  "home.progress": "La qabtay",

  "promise.period": "Muddada",
  "promise.areas": "Xaafadda",
  "promise.parties": "Dhinacyada",
  "promise.status": "Xaaladda",
  "promise.signedOn": "La saxeexay",
  "promise.agreement": "Qayb ka ah",
  "promise.howMade": "Sida ballanqaadka loo sameeyay",
  "promise.background": "Asalka",
  "promise.points": "Qodobada ballanqaadka",
  "promise.pointsCount": "Ballanqaadku waxa uu leeyahay {count} qodob.",
  "promise.progressTitle": "Shaqadu halkee ayay marysaa?",
  "promise.progressSummary": "{percent} boqolkiiba ayaa la qabtay sida ay muujinayso raadraaca {period}.",
  "promise.progressNone": "Weli ma jiro raadraac la ansixiyay.",
  "promise.progressBasis": "{counted} ka mid ah {total} qodob ayaa la xisaabiyay.",
  "promise.progressByParty": "Dhinac kasta",
  "promise.latestPeriod": "Raadraacii ugu dambeeyay: {period}",
  "promise.point": "Qodobka {number}",
  "promise.result": "Natiijada {period}",
  "promise.noFollowUp": "Weli ma jiro raadraac la ansixiyay.",
  "promise.targets": "Yoolalka",
  "promise.targetLine": "{description}: {direction} {target} {unit}. Natiijada: {measured}.",
  "promise.targetNoValue": "qiime ma leh",
  "promise.measureLine": "{description} ({unit}), yool ma leh. Natiijada: {measured}.",
  "promise.targetMet": "Yoolka waa la gaaray.",
  "promise.targetNotMet": "Yoolka lama gaarin.",
  "promise.responsibleUnits": "Mas'uulka",
  "promise.contributors": "Iyadoo lala kaashanayo",
  "promise.carriedOver": "Qodobkan waxa loo gudbinayaa ballanqaadka xiga.",
  "promise.carriedFrom": "Qodobkan waxa uu ka yimid ballanqaad hore: {ref}, qodobka {number}.",
  "promise.carriedTo": "Qodobkan waxa loo gudbiyay {ref}, qodobka {number}.",
  "promise.progressOf": "Inta la qabtay ee qodobka {number}",
  "promise.demoNotice":
    "Xog tusaale ah: macluumaadka aan ku jirin dukumeentiga asalka ah waa la sameeyay si loo muujiyo.",

  "group.joint": "Degmada iyo booliska",
  "group.municipality": "Degmada",
  "group.police": "Booliska",
  "group.other": "Dhinacyo kale",

  "direction.at_least": "ugu yaraan",
  "direction.at_most": "ugu badnaan",
  "direction.exactly": "sax ahaan",

  "partyKind.municipality": "degmo",
  "partyKind.police": "boolis",
  "partyKind.other": "dhinac kale",

  "classification.vulnerable": "xaafad nugul",
  "classification.risk": "xaafad khatar ku jirta",
  "classification.especially_vulnerable": "xaafad aad u nugul",

  "followUpStatus.not_started": "lama bilaabin",
  "followUpStatus.in_progress": "socda",
  "followUpStatus.done": "la qabtay",
  "followUpStatus.partly_done": "qayb ahaan la qabtay",
  "followUpStatus.not_done": "lama qabanin",
  "followUpStatus.not_applicable": "hadda looma baahna",

  "promiseStatus.draft": "qabyo",
  "promiseStatus.in_consultation": "wadatashi",
  "promiseStatus.signed": "la saxeexay",
  "promiseStatus.published": "la daabacay",
  "promiseStatus.following_up": "la raacayo",
  "promiseStatus.reported_back": "warbixin la celiyay",
  "promiseStatus.closed": "la xiray",

  "progressRule.title": "Sida aan u xisaabino inta shaqadu marayso",
  "progressRule.step1":
    "Qodob kasta waxa uu helayaa qiimaha xaaladdiisa raadraacii ugu dambeeyay ee la ansixiyay: la qabtay 100 boqolkiiba, socda 50, qayb ahaan la qabtay 50, lama bilaabin 0, lama qabanin 0.",
  "progressRule.step2":
    "Qodobada aan weli lahayn raadraac la ansixiyay, iyo qodobada aan hadda loo baahnayn, lama xisaabiyo. Ma hoos u dhigaan celceliska.",
  "progressRule.step3":
    "Qiimaha ballanqaadku waa celceliska qiimayaasha qodobada, oo loo soo koobay boqolkiiba dhan. Qodob miisaan leh waxa la xisaabiyaa inta jeer ee miisaankiisu yahay.",
  "progressRule.step4":
    "Dhinac kasta sidaas oo kale ayaan ugu xisaabinaa qodobada uu mas'uulka ka yahay. Qodob wadaag ah si buuxda ayaa loogu xisaabiyaa labada dhinacba.",

  "errors.bad_request": "Codsiga lama fahmin.",
  "errors.invalid_query": "Halbeegga {param} waxa uu leeyahay qiime khaldan: {value}.",
  "errors.unauthorized": "Waa inaad gashaa.",
  "errors.forbidden": "Looma ogola inaad tan samayso.",
  "errors.not_found": "Lama helin waxaad raadinaysay.",
  "errors.not_found.promise": "Ma jiro ballanqaad leh aqoonsiga ama cinwaanka {value}.",
  "errors.not_found.partnership": "Ma jiro iskaashi leh aqoonsiga {value}.",
  "errors.not_found.period": "Ma jirto muddo raadraac {value} oo ballanqaadkan ah.",
  "errors.not_found.route": "Bogga {value} ma jiro.",
  "errors.payload_too_large": "Waxaad dirtay aad ayay u weyn yihiin.",
  "errors.internal": "Wax baa naga khaldamay. Fadlan isku day mar kale wax yar kadib.",
  "errors.title": "Bogga lama muujin karo",
  "errors.backHome": "U gudub dhammaan ballanqaadyada",
  "errors.code": "Koodka khaladka: {code}",
  "errors.requestId": "Sheeg {id} haddii aad nala soo xiriirto khaladkan darteed.",
  "footer.signIn": "Gal (kuwa ka shaqeeya ballanqaadyada)",
  "footer.accessibility": "Warbixinta helitaanka",
  "footer.links": "Ku saabsan bogga",
  "footer.openData": "Xog furan: soo dejiso ballanqaadyada iyo natiijooyinka",
};
