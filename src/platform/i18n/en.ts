import type { MessageKey } from "./sv.js";

/** English interface texts; must have every key of the Swedish catalog. */
export const en: Record<MessageKey, string> = {
  "app.name": "Citizen promise",
  "app.tagline":
    "The municipality's and the police's promises to the people who live in the area – and what was done.",
  "nav.main": "Main menu",
  "nav.home": "All citizen promises",
  "nav.skip": "Skip to content",
  "nav.language": "Language",
  "nav.workspace": "Workspace",
  "nav.signOut": "Sign out",
  "lang.onlySwedish": "This text is only available in Swedish.",
  "footer.about":
    "The citizen promise is part of the collaboration between the municipality and the police. It is followed up every four months.",
  "footer.signIn": "Sign in (for staff working on the promises)",
  "footer.accessibility": "Accessibility statement",
  "footer.links": "About the website",
  "footer.progressRule": "How we calculate how far the work has come",
  "footer.openData": "Open data: download promises and results",

  "home.title": "Citizen promises",
  "home.intro":
    "A citizen promise is a promise from the municipality and the police to the people who live in an area. Here you can see what was promised and what has been done.",
  "home.empty": "There are no published citizen promises yet.",
  "home.promisesOf": "Citizen promises in {partnership}",
  "home.years": "Year",
  "home.areas": "Area",
  "home.status": "Stage",
  "home.progress": "Done",

  "promise.period": "Period",
  "promise.areas": "Area",
  "promise.parties": "Parties",
  "promise.status": "Stage",
  "promise.signedOn": "Signed",
  "promise.agreement": "Part of",
  "promise.howMade": "How the promise was made",
  "promise.background": "Background",
  "promise.points": "The points of the promise",
  "promise.pointsCount": "The promise has {count} points.",
  "promise.progressTitle": "How far has the work come?",
  "promise.progressSummary": "{percent} percent done according to the follow-up of {period}.",
  "promise.progressNone": "There is no approved follow-up yet.",
  "promise.progressBasis": "{counted} of {total} points are counted.",
  "promise.progressByParty": "Per party",
  "promise.latestPeriod": "Latest follow-up: {period}",
  "promise.point": "Point {number}",
  "promise.result": "Result {period}",
  "promise.noFollowUp": "No approved follow-up yet.",
  "promise.targets": "Targets",
  "promise.targetLine": "{description}: {direction} {target} {unit}. Outcome: {measured}.",
  "promise.targetNoValue": "no value",
  "promise.measureLine": "{description} ({unit}), no target. Outcome: {measured}.",
  "promise.targetMet": "The target is met.",
  "promise.targetNotMet": "The target is not met.",
  "promise.responsibleUnits": "Responsible",
  "promise.contributors": "Together with",
  "promise.carriedOver": "This point is carried over to the next citizen promise.",
  "promise.carriedFrom": "This point comes from an earlier promise: {ref}, point {number}.",
  "promise.carriedTo": "This point was carried over to {ref}, point {number}.",
  "promise.progressOf": "Done for point {number}",
  "promise.demoNotice":
    "Example data: details that are not in the original document are invented for the demonstration.",

  "group.joint": "The municipality and the police",
  "group.municipality": "The municipality",
  "group.police": "The police",
  "group.other": "Other parties",

  "direction.at_least": "at least",
  "direction.at_most": "at most",
  "direction.exactly": "exactly",

  "partyKind.municipality": "municipality",
  "partyKind.police": "police",
  "partyKind.other": "other party",

  "classification.vulnerable": "vulnerable area",
  "classification.risk": "risk area",
  "classification.especially_vulnerable": "especially vulnerable area",

  "followUpStatus.not_started": "not started",
  "followUpStatus.in_progress": "in progress",
  "followUpStatus.done": "done",
  "followUpStatus.partly_done": "partly done",
  "followUpStatus.not_done": "not done",
  "followUpStatus.not_applicable": "no longer relevant",

  "promiseStatus.draft": "draft",
  "promiseStatus.in_consultation": "in consultation",
  "promiseStatus.signed": "signed",
  "promiseStatus.published": "published",
  "promiseStatus.following_up": "being followed up",
  "promiseStatus.reported_back": "reported back",
  "promiseStatus.closed": "closed",

  "progressRule.title": "How we calculate how far the work has come",
  "progressRule.step1":
    "Each point gets the value of its status in the latest approved follow-up: done 100 percent, in progress 50, partly done 50, not started 0 and not done 0.",
  "progressRule.step2":
    "Points without an approved follow-up, and points that are no longer relevant, are left out. They do not pull the average down.",
  "progressRule.step3":
    "The promise's value is the average of the points' values, rounded to whole percent. A point with a weight counts that many times.",
  "progressRule.step4":
    "For each party we calculate the same way over the points the party is responsible for. A joint point counts fully for both parties.",

  "refusal.transition_not_allowed": "The promise cannot go from {from} to {to}.",
  "refusal.no_commitments": "The promise has no points.",
  "refusal.commitment_without_text": "Point {number} has no text.",
  "refusal.no_area": "The promise is not for any area.",
  "refusal.commitment_without_responsible": "Point {number} has no responsible party.",
  "refusal.joint_commitment_needs_two_parties":
    "Point {number} is joint but has fewer than two responsible parties.",
  "refusal.fewer_than_two_parties":
    "The promise must be made by at least two parties: the municipality and the police.",
  "refusal.not_signed": "The promise has not been signed.",
  "refusal.commitment_without_final_follow_up":
    "Point {number} has no approved follow-up for the final period.",
  "refusal.commitment_without_carry_over_decision":
    "Point {number} has no decision on whether it is carried over to the next promise.",

  "errors.bad_request": "The request could not be understood.",
  "errors.bad_request.ambiguous_ref":
    "More than one partnership has a promise with the reference {value}. Name one with --partnership.",
  "errors.invalid_id":
    "The id {value} is malformed. An id looks like this: 3f1c2a9e-5b7d-4e2f-9a61-0c8d4b2e7f15.",
  "errors.invalid_ref":
    "The address {value} is malformed. It may only contain lower-case letters a–z, digits and hyphens.",
  "errors.invalid_query": "The parameter {param} has an invalid value: {value}.",
  "errors.invalid_body": "The request body is invalid. The field {param} has an invalid value.",
  "errors.invalid_text": "The field {param} contains text that is not allowed.",
  "errors.invalid_text.control_character":
    "The field {param} contains a character that is not allowed (a control character such as NUL). Remove it and try again.",
  "errors.invalid_text.too_long": "The field {param} is too long (at most {max} characters).",
  "errors.unauthorized": "You need to sign in.",
  "errors.forbidden": "You are not allowed to do this.",
  "errors.not_found": "We could not find what you were looking for.",
  "errors.not_found.promise": "There is no citizen promise with the id or address {value}.",
  "errors.not_found.partnership": "There is no partnership with the id {value}.",
  "errors.not_found.commitment": "There is no point with the id {value}.",
  "errors.not_found.period": "There is no reporting period {value} for this promise.",
  "errors.not_found.route": "The page {value} does not exist.",
  "errors.conflict": "Someone else has changed this in the meantime.",
  "errors.conflict.partnership": "There is already a partnership with the short name {value}.",
  "errors.transition_refused": "The change cannot be made right now.",
  "errors.setup_invalid":
    "The setup file has {count} problems and nothing was changed. The first: {path} {message}.",
  "errors.not_found.area": "There is no area with the id {value}.",
  "errors.payload_too_large": "What you sent is too large.",
  "errors.internal": "Something went wrong on our side. Please try again in a while.",
  "errors.title": "The page could not be shown",
  "errors.backHome": "Go to all citizen promises",
  "errors.code": "Error code: {code}",
  "errors.requestId": "Quote {id} if you contact us about this error.",
};
