/**
 * Swedish interface texts: the source catalog. Keys are stable; `{name}` is replaced by a param.
 * Every other catalog must have exactly these keys (checked by the type of `en.ts`).
 */
export const sv = {
  "app.name": "Medborgarlöfte",
  "app.tagline": "Kommunens och polisens löften till dem som bor i området – och vad som har gjorts.",
  "nav.main": "Huvudmeny",
  "nav.home": "Alla medborgarlöften",
  "nav.skip": "Hoppa till innehållet",
  "nav.language": "Språk",
  "nav.workspace": "Arbetsyta",
  "nav.signOut": "Logga ut",
  "lang.onlySwedish": "Texten finns bara på svenska.",
  "footer.about":
    "Medborgarlöftet är en del av samverkan mellan kommunen och polisen. Uppföljningen görs varje tertial.",
  "footer.signIn": "Logga in (för dig som arbetar med löftena)",
  "footer.accessibility": "Tillgänglighetsredogörelse",
  "footer.links": "Om webbplatsen",
  "footer.progressRule": "Så räknar vi fram hur långt arbetet har kommit",
  "footer.openData": "Öppna data: ladda ner löften och resultat",

  "home.title": "Medborgarlöften",
  "home.intro":
    "Ett medborgarlöfte är ett löfte från kommunen och polisen till dem som bor i ett område. Här ser du vad som har lovats och vad som har gjorts.",
  "home.empty": "Det finns inga publicerade medborgarlöften ännu.",
  "home.promisesOf": "Medborgarlöften i {partnership}",
  "home.years": "År",
  "home.areas": "Område",
  "home.status": "Läge",
  "home.progress": "Genomfört",

  "promise.period": "Gäller",
  "promise.areas": "Område",
  "promise.parties": "Parter",
  "promise.status": "Läge",
  "promise.signedOn": "Undertecknat",
  "promise.agreement": "Ingår i",
  "promise.howMade": "Så togs löftet fram",
  "promise.background": "Bakgrund",
  "promise.points": "Löftets punkter",
  "promise.pointsCount": "Löftet har {count} punkter.",
  "promise.progressTitle": "Hur långt har arbetet kommit?",
  "promise.progressSummary": "{percent} procent genomfört enligt uppföljningen {period}.",
  "promise.progressNone": "Det finns ingen godkänd uppföljning ännu.",
  "promise.progressBasis": "{counted} av {total} punkter räknas in.",
  "promise.progressByParty": "Per part",
  "promise.latestPeriod": "Senaste uppföljning: {period}",
  "promise.point": "Punkt {number}",
  "promise.result": "Resultat {period}",
  "promise.noFollowUp": "Ingen godkänd uppföljning ännu.",
  "promise.targets": "Mål",
  "promise.targetLine": "{description}: {direction} {target} {unit}. Utfall: {measured}.",
  "promise.targetNoValue": "inget värde",
  "promise.measureLine": "{description} ({unit}), inget mål. Utfall: {measured}.",
  "promise.targetMet": "Målet är nått.",
  "promise.targetNotMet": "Målet är inte nått.",
  "promise.responsibleUnits": "Ansvariga",
  "promise.contributors": "Tillsammans med",
  "promise.carriedOver": "Punkten förs över till nästa medborgarlöfte.",
  "promise.carriedFrom": "Punkten kommer från ett tidigare löfte: {ref}, punkt {number}.",
  "promise.carriedTo": "Punkten har förts vidare till {ref}, punkt {number}.",
  "promise.progressOf": "Genomfört för punkt {number}",
  "promise.demoNotice":
    "Exempeldata: uppgifter som inte finns i originaldokumentet är påhittade för demonstrationen.",

  "group.joint": "Kommunen och polisen",
  "group.municipality": "Kommunen",
  "group.police": "Polisen",
  "group.other": "Övriga parter",

  "direction.at_least": "minst",
  "direction.at_most": "högst",
  "direction.exactly": "exakt",

  "partyKind.municipality": "kommun",
  "partyKind.police": "polis",
  "partyKind.other": "annan part",

  "classification.vulnerable": "utsatt område",
  "classification.risk": "riskområde",
  "classification.especially_vulnerable": "särskilt utsatt område",

  "followUpStatus.not_started": "ej påbörjad",
  "followUpStatus.in_progress": "pågår",
  "followUpStatus.done": "genomförd",
  "followUpStatus.partly_done": "delvis genomförd",
  "followUpStatus.not_done": "ej genomförd",
  "followUpStatus.not_applicable": "ej aktuell",

  "promiseStatus.draft": "utkast",
  "promiseStatus.in_consultation": "i samråd",
  "promiseStatus.signed": "undertecknat",
  "promiseStatus.published": "publicerat",
  "promiseStatus.following_up": "uppföljs",
  "promiseStatus.reported_back": "återrapporterat",
  "promiseStatus.closed": "avslutat",

  "progressRule.title": "Så räknar vi fram hur långt arbetet har kommit",
  "progressRule.step1":
    "Varje punkt får värdet från läget i den senaste godkända uppföljningen: genomförd 100 procent, pågår 50, delvis genomförd 50, ej påbörjad 0 och ej genomförd 0.",
  "progressRule.step2":
    "Punkter som ännu inte har någon godkänd uppföljning, och punkter som inte längre är aktuella, räknas inte med. De drar alltså inte ner snittet.",
  "progressRule.step3":
    "Löftets värde är medelvärdet av punkternas värden, avrundat till hela procent. Om en punkt har en vikt räknas den så många gånger.",
  "progressRule.step4":
    "För varje part räknar vi på samma sätt med de punkter parten ansvarar för. En gemensam punkt räknas fullt för båda parterna.",

  "refusal.transition_not_allowed": "Löftet kan inte gå från {from} till {to}.",
  "refusal.no_commitments": "Löftet har inga punkter.",
  "refusal.commitment_without_text": "Punkt {number} saknar text.",
  "refusal.no_area": "Löftet gäller inget område.",
  "refusal.commitment_without_responsible": "Punkt {number} har ingen ansvarig part.",
  "refusal.joint_commitment_needs_two_parties":
    "Punkt {number} är gemensam men har färre än två ansvariga parter.",
  "refusal.fewer_than_two_parties": "Löftet måste ges av minst två parter: kommunen och polisen.",
  "refusal.not_signed": "Löftet är inte undertecknat.",
  "refusal.commitment_without_final_follow_up":
    "Punkt {number} saknar en godkänd uppföljning för den sista perioden.",
  "refusal.commitment_without_carry_over_decision":
    "Punkt {number} saknar beslut om den ska föras över till nästa löfte.",

  "errors.bad_request": "Begäran kunde inte tolkas.",
  "errors.bad_request.ambiguous_ref":
    "Flera samverkningar har ett löfte med referensen {value}. Ange vilken med --partnership.",
  "errors.invalid_id":
    "Id:t {value} har fel form. Ett id ser ut så här: 3f1c2a9e-5b7d-4e2f-9a61-0c8d4b2e7f15.",
  "errors.invalid_ref":
    "Adressen {value} har fel form. Den får bara innehålla små bokstäver a–z, siffror och bindestreck.",
  "errors.invalid_query": "Parametern {param} har ett ogiltigt värde: {value}.",
  "errors.invalid_body": "Innehållet i begäran är ogiltigt. Fältet {param} har ett ogiltigt värde.",
  "errors.invalid_text": "Fältet {param} innehåller otillåten text.",
  "errors.invalid_text.control_character":
    "Fältet {param} innehåller ett otillåtet tecken (ett styrtecken som NUL). Ta bort det och försök igen.",
  "errors.invalid_text.too_long": "Fältet {param} är för långt (högst {max} tecken).",
  "errors.unauthorized": "Du behöver logga in.",
  "errors.forbidden": "Du har inte behörighet att göra detta.",
  "errors.not_found": "Vi hittade inte det du letade efter.",
  "errors.not_found.promise": "Det finns inget medborgarlöfte med id:t eller adressen {value}.",
  "errors.not_found.partnership": "Det finns ingen samverkan med id:t {value}.",
  "errors.not_found.commitment": "Det finns ingen löftespunkt med id:t {value}.",
  "errors.not_found.period": "Det finns ingen uppföljningsperiod {value} för det här löftet.",
  "errors.not_found.route": "Sidan {value} finns inte.",
  "errors.conflict": "Någon annan har ändrat detta under tiden.",
  "errors.conflict.partnership": "Det finns redan en samverkan med kortnamnet {value}.",
  "errors.transition_refused": "Ändringen går inte att göra just nu.",
  "errors.setup_invalid":
    "Uppsättningsfilen har {count} fel och ingenting ändrades. Det första: {path} {message}.",
  "errors.not_found.area": "Det finns inget område med id:t {value}.",
  "errors.payload_too_large": "Det du skickade är för stort.",
  "errors.internal": "Något gick fel hos oss. Försök igen om en stund.",
  "errors.title": "Det gick inte att visa sidan",
  "errors.backHome": "Gå till alla medborgarlöften",
  "errors.code": "Felkod: {code}",
  "errors.requestId": "Ange {id} om du kontaktar oss om felet.",
} as const;

export type MessageKey = keyof typeof sv;
