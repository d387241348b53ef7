import { defineMessages, type MessageKeysOf } from "../platform/i18n/define.js";

/** Texts of the installation's administration. */
export const systemMessages = defineMessages(
  {
    "errors.forbidden.system.administer": "Bara installationens systemadministratörer kan göra det här.",
    "errors.forbidden.partnerships.create":
      "Bara installationens systemadministratörer kan lägga upp en samverkan.",
    "system.title": "Systemadministration",
    "system.nav.partnerships": "Samverkan",
    "system.link": "Systemadministration",
    "system.partnerships.title": "Samverkan i installationen",
    "system.partnerships.intro":
      "Här lägger du upp en ny samverkan och bjuder in dess första administratör. Administratören lägger sedan själv upp parter, områden och konton i samverkan.",
    "system.partnerships.none": "Det finns ingen samverkan ännu. Lägg upp den första nedan.",
    "system.partnerships.colName": "Samverkan",
    "system.partnerships.colMunicipality": "Kommun",
    "system.partnerships.colCounty": "Län",
    "system.partnerships.colAdmins": "Administratörer",
    "system.partnerships.noAdmin": "Ingen administratör ännu",
    "system.partnerships.invited": "{name} ({email}, inbjuden)",
    "system.partnerships.admin": "{name} ({email})",
    "system.create.title": "Lägg upp en ny samverkan",
    "system.create.slug": "Kort adress",
    "system.create.slugHint":
      "Små bokstäver a–z, siffror och bindestreck. Blir adressen till arbetsytan, till exempel /arbete/norrkoping.",
    "system.create.name": "Namn på samverkan",
    "system.create.nameHint": "Till exempel Norrköpings kommun och lokalpolisområde Norrköping.",
    "system.create.municipality": "Kommun",
    "system.create.police": "Lokalpolisområde",
    "system.create.county": "Län",
    "system.create.submit": "Lägg upp samverkan",
    "system.create.done": "Samverkan är upplagd. Bjud in dess första administratör.",
    "system.partnership.title": "{name}",
    "system.partnership.back": "Tillbaka till alla samverkan",
    "system.partnership.address": "Arbetsytans adress: /arbete/{slug}",
    "system.partnership.admins": "Administratörer",
    "system.invite.title": "Bjud in en administratör",
    "system.invite.intro":
      "Administratören får ett välkomstmejl med en länk där hen själv väljer sitt lösenord. Länken gäller i 7 dagar.",
    "system.invite.email": "E-postadress",
    "system.invite.name": "Namn",
    "system.invite.submit": "Skicka inbjudan",
    "system.invite.done": "Inbjudan ligger i utkorgen.",
  },
  {
    "errors.forbidden.system.administer": "Only the installation's system administrators can do this.",
    "errors.forbidden.partnerships.create":
      "Only the installation's system administrators can set up a partnership.",
    "system.title": "System administration",
    "system.nav.partnerships": "Partnerships",
    "system.link": "System administration",
    "system.partnerships.title": "Partnerships of the installation",
    "system.partnerships.intro":
      "Set up a new partnership here and invite its first administrator. The administrator then sets up the partnership's parties, areas and accounts.",
    "system.partnerships.none": "There is no partnership yet. Set up the first one below.",
    "system.partnerships.colName": "Partnership",
    "system.partnerships.colMunicipality": "Municipality",
    "system.partnerships.colCounty": "County",
    "system.partnerships.colAdmins": "Administrators",
    "system.partnerships.noAdmin": "No administrator yet",
    "system.partnerships.invited": "{name} ({email}, invited)",
    "system.partnerships.admin": "{name} ({email})",
    "system.create.title": "Set up a new partnership",
    "system.create.slug": "Short address",
    "system.create.slugHint":
      "Lower-case letters a–z, digits and hyphens. It becomes the workspace's address, for example /arbete/norrkoping.",
    "system.create.name": "Name of the partnership",
    "system.create.nameHint": "For example Norrköping municipality and local police area Norrköping.",
    "system.create.municipality": "Municipality",
    "system.create.police": "Local police area",
    "system.create.county": "County",
    "system.create.submit": "Set up the partnership",
    "system.create.done": "The partnership is set up. Invite its first administrator.",
    "system.partnership.title": "{name}",
    "system.partnership.back": "Back to all partnerships",
    "system.partnership.address": "The workspace's address: /arbete/{slug}",
    "system.partnership.admins": "Administrators",
    "system.invite.title": "Invite an administrator",
    "system.invite.intro":
      "The administrator gets a welcome mail with a link where they choose their own password. The link is valid for 7 days.",
    "system.invite.email": "E-mail address",
    "system.invite.name": "Name",
    "system.invite.submit": "Send the invitation",
    "system.invite.done": "The invitation is in the outbox.",
  },
);

declare module "../platform/i18n/define.js" {
  interface ModuleMessages extends MessageKeysOf<typeof systemMessages> {}
}
