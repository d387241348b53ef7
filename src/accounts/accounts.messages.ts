import { defineMessages, type MessageKeysOf } from "../platform/i18n/define.js";

/** Interface texts of the accounts module. */
export const accountsMessages = defineMessages(
  {
    "errors.csrf_invalid":
      "Formuläret kunde inte skickas eftersom säkerhetskoden saknas eller är för gammal. Gå tillbaka, ladda om sidan och försök igen.",
    "errors.password_change_required":
      "Du måste byta lösenord innan du kan fortsätta. Gå till /byt-losenord.",
    "errors.unauthorized.token": "API-nyckeln är ogiltig, återkallad eller har gått ut.",
    "errors.not_found.account": "Det finns inget konto med id:t {value} i den här samverkan.",
    "errors.not_found.api_token": "Du har ingen aktiv API-nyckel med id:t {value}.",
    "errors.not_found.role": "Kontot har ingen sådan roll i den här samverkan.",
    "errors.conflict.account":
      "Någon annan har ändrat kontot under tiden. Läs sidan igen och gör om ändringen.",
    "errors.forbidden.accounts.manageAccount":
      "Kontot har roller även i en annan samverkan. Lösenord och status sköts därför av administratörerna där.",

    "accounts.role.administrator": "Administratör",
    "accounts.role.coordinator": "Samordnare",
    "accounts.role.police_coordinator": "Kommunpolis",
    "accounts.role.reporter": "Rapportör",
    "accounts.role.reader": "Läsare",
    "accounts.role.communicator": "Kommunikatör",
    "accounts.role.incident_reporter": "Händelserapportör",

    "accounts.errorSummary": "Det finns fel i formuläret",
    "accounts.error.required": "Fyll i fältet.",
    "accounts.error.email_invalid": "Skriv en e-postadress, till exempel namn@kommun.se.",
    "accounts.error.email_taken": "Det finns redan ett konto med den e-postadressen.",
    "accounts.error.too_short": "Lösenordet måste ha minst 12 tecken.",
    "accounts.error.too_long": "Texten är för lång.",
    "accounts.error.is_email": "Lösenordet får inte vara din e-postadress.",
    "accounts.error.common":
      "Lösenordet är ett av de vanligaste lösenorden (eller nästan ett av dem) och gissas lätt. Välj ett annat, gärna flera ord i rad.",
    "accounts.error.repeat_mismatch": "Lösenorden är inte likadana. Skriv samma nya lösenord två gånger.",
    "accounts.error.current_wrong": "Det nuvarande lösenordet stämmer inte.",
    "accounts.error.party_required":
      "En rapportör eller händelserapportör måste höra till en part. Välj part.",
    "accounts.error.party_invalid": "Välj en part i den här samverkan.",
    "accounts.error.unit_invalid": "Välj bara enheter som hör till den valda parten.",
    "accounts.error.person_invalid": "Välj en person i den här samverkan.",
    "accounts.error.role_invalid": "Välj en av rollerna i listan.",
    "accounts.error.role_exists": "Kontot har redan den rollen.",
    "accounts.error.last_role":
      "Det här är kontots enda roll. Stäng av kontot i stället om personen inte ska arbeta här längre.",
    "accounts.error.own_admin_role": "Du kan inte ta bort din egen roll som administratör.",
    "accounts.error.self_disable": "Du kan inte stänga av ditt eget konto.",
    "accounts.error.lifetime_invalid": "Välj hur länge nyckeln ska gälla.",
    "accounts.error.slug_invalid":
      "Skriv en kort adress med små bokstäver a–z, siffror och bindestreck, till exempel norrkoping. ”system” är upptaget.",
    "accounts.error.slug_taken": "Det finns redan en samverkan med den adressen.",

    "accounts.signIn.title": "Logga in",
    "accounts.signIn.intro": "Logga in med ditt konto för att arbeta med medborgarlöften.",
    "accounts.signIn.email": "E-postadress",
    "accounts.signIn.password": "Lösenord",
    "accounts.signIn.submit": "Logga in",
    "accounts.signIn.invalid": "E-postadressen eller lösenordet stämmer inte. Kontrollera och försök igen.",
    "accounts.signIn.disabled": "Kontot är avstängt. Kontakta administratören för din samverkan.",
    "accounts.signIn.throttled":
      "För många misslyckade inloggningsförsök. Av säkerhetsskäl kan du försöka igen klockan {time} ({minutes} minuter).",
    "accounts.signIn.signedOut": "Du är utloggad.",
    "accounts.signIn.alreadySignedIn": "Du är inloggad som {name}.",
    "accounts.signIn.toWorkspace": "Gå till arbetsytan",

    "accounts.password.title": "Byt lösenord",
    "accounts.password.mustChange": "Du behöver välja ett eget lösenord innan du fortsätter.",
    "accounts.password.rules": "Lösenordet ska ha minst 12 tecken och får inte vara din e-postadress.",
    "accounts.password.current": "Nuvarande lösenord",
    "accounts.password.new": "Nytt lösenord",
    "accounts.password.repeat": "Nytt lösenord igen",
    "accounts.password.submit": "Byt lösenord",
    "accounts.password.changed": "Lösenordet är bytt.",

    "accounts.nav.workspaces": "Mina samverkan",
    "accounts.nav.tokens": "API-nycklar",
    "accounts.nav.password": "Byt lösenord",
    "accounts.nav.accounts": "Konton",
    "accounts.nav.account": "Mitt konto",

    "accounts.workspaces.title": "Välj samverkan",
    "accounts.workspaces.none": "Ditt konto har ingen roll i någon samverkan ännu. Kontakta administratören.",
    "accounts.workspaces.roles": "Dina roller: {roles}",
    "accounts.workspaces.system": "Systemadministration: samverkan i installationen",

    "accounts.tokens.title": "API-nycklar",
    "accounts.tokens.intro":
      "Med en personlig API-nyckel kan ett program läsa och ändra det som ditt konto får, via API:t. Skicka den i rubriken Authorization: Bearer <nyckel>. Nyckeln visas bara en gång.",
    "accounts.tokens.name": "Namn på nyckeln",
    "accounts.tokens.nameHint": "Till exempel vilket program som ska använda den.",
    "accounts.tokens.lifetime": "Giltig i",
    "accounts.tokens.days": "{days} dagar",
    "accounts.tokens.create": "Skapa nyckel",
    "accounts.tokens.created": "Din nya nyckel ”{name}”. Kopiera den nu – den visas inte igen:",
    "accounts.tokens.yours": "Dina nycklar",
    "accounts.tokens.none": "Du har inga API-nycklar.",
    "accounts.tokens.colName": "Namn",
    "accounts.tokens.colCreated": "Skapad",
    "accounts.tokens.colExpires": "Gäller till",
    "accounts.tokens.colLastUsed": "Senast använd",
    "accounts.tokens.colStatus": "Status",
    "accounts.tokens.never": "Aldrig",
    "accounts.tokens.active": "Aktiv",
    "accounts.tokens.revoked": "Återkallad",
    "accounts.tokens.expired": "Har gått ut",
    "accounts.tokens.revoke": "Återkalla {name}",
    "accounts.tokens.revokedNotice": "Nyckeln är återkallad och fungerar inte längre.",

    "accounts.admin.title": "Konton",
    "accounts.admin.intro": "Konton med minst en roll i {partnership}.",
    "accounts.admin.colName": "Namn",
    "accounts.admin.colEmail": "E-post",
    "accounts.admin.colRoles": "Roller",
    "accounts.admin.colStatus": "Status",
    "accounts.admin.statusActive": "Aktivt",
    "accounts.admin.statusDisabled": "Avstängt",
    "accounts.admin.statusMustChange": "Måste byta lösenord",
    "accounts.admin.create": "Skapa konto",
    "accounts.admin.name": "Namn",
    "accounts.admin.email": "E-postadress",
    "accounts.admin.person": "Person (valfritt)",
    "accounts.admin.personHint":
      "Kopplar kontot till en person i samverkan, så att uppföljningar visar vem som skrev.",
    "accounts.admin.noPerson": "Ingen person",
    "accounts.admin.firstRole": "Första roll",
    "accounts.admin.role": "Roll",
    "accounts.admin.party": "Part (för rapportör och händelserapportör)",
    "accounts.admin.noParty": "Ingen part",
    "accounts.admin.units": "Enheter (för rapportör, valfritt)",
    "accounts.admin.unitsHint": "Välj inga enheter om rapportören ska rapportera för hela parten.",
    "accounts.admin.created": "Kontot för {name} är skapat.",
    "accounts.admin.account": "Konto: {name}",
    "accounts.admin.back": "Tillbaka till alla konton",
    "accounts.admin.rolesHere": "Roller i den här samverkan",
    "accounts.admin.revoke": "Ta bort rollen {role}",
    "accounts.admin.grant": "Ge en roll",
    "accounts.admin.grantSubmit": "Ge rollen",
    "accounts.admin.status": "Status",
    "accounts.admin.disable": "Stäng av kontot",
    "accounts.admin.disableHint":
      "Ett avstängt konto kan inte logga in, och pågående inloggningar slutar gälla.",
    "accounts.admin.enable": "Aktivera kontot",
    "accounts.admin.otherPartnership":
      "Kontot har roller även i en annan samverkan. Lösenord och status sköts därför av administratörerna där.",
    "accounts.admin.saved": "Ändringen är sparad.",
    "accounts.admin.unitsOf": "{party}: {units}",
    "accounts.admin.wholeParty": "{party}, hela parten",

    "errors.not_found.sign_in_provider": "Det finns ingen inloggningstjänst med id:t {value}.",
    "errors.conflict.sign_in_provider":
      "Någon annan har ändrat inloggningstjänsten under tiden. Läs sidan igen och gör om ändringen.",
    "errors.conflict.sign_in_settings":
      "Någon annan har ändrat inloggningsinställningarna under tiden. Läs sidan igen och gör om ändringen.",
    "errors.forbidden.accounts.manageSignIn":
      "Bara samverkans administratörer kan ändra hur man loggar in. Tjänster för hela installationen läggs till med kommandoraden.",

    "accounts.error.issuer_invalid":
      "Skriv utfärdarens adress med https://, till exempel https://login.microsoftonline.com/<tenant-id>/v2.0.",
    "accounts.error.secret_ref_invalid":
      "Skriv var hemligheten finns: env:OIDC_SECRET_NAMN (en miljövariabel på servern) eller file:namn (en fil i OIDC_SECRETS_DIR).",
    "accounts.error.scopes_invalid": "Skriv scopes åtskilda med mellanslag. openid måste vara med.",
    "accounts.error.claim_invalid":
      "Skriv namnet på ett claim, till exempel email (bokstäver, siffror, _ . : -).",
    "accounts.error.domains_invalid":
      "Skriv domäner som kommun.se, åtskilda med kommatecken eller mellanslag.",
    "accounts.error.self_service_needs_partnership":
      "Egna läsarkonton kräver en samverkan: en tjänst för hela installationen kan inte skapa konton.",
    "accounts.error.no_working_provider":
      "Lösenord kan stängas av först när någon i samverkan har loggat in med en påslagen inloggningstjänst. Prova inloggningen först.",

    "accounts.nav.signIn": "Inloggning",

    "accounts.sso.heading": "Logga in med din organisation",
    "accounts.sso.intro": "Använd samma inloggning som i din organisations andra system.",
    "accounts.sso.button": "Logga in med {provider}",
    "accounts.sso.passwordHeading": "Logga in med e-post och lösenord",
    "accounts.sso.theProvider": "inloggningstjänsten",
    "accounts.sso.passwordsOff":
      "Inloggning med lösenord är avstängd för {partnerships}. Logga in med knappen för din organisation under ”Logga in med din organisation”.",
    "accounts.sso.stillSignedIn": "Du kan fortfarande vara inloggad hos {provider}.",
    "accounts.sso.signOutThere": "Logga ut från {provider} också",
    "accounts.sso.refused.state_mismatch":
      "Inloggningen kunde inte slutföras eftersom den inte startade i den här webbläsaren eller tog för lång tid. Börja om med knappen för din organisation.",
    "accounts.sso.refused.token_expired":
      "Svaret från {provider} var för gammalt, eller så går klockorna fel. Försök igen. Händer det igen: kontakta it-avdelningen.",
    "accounts.sso.refused.token_invalid":
      "Svaret från {provider} kunde inte bekräftas, så du har inte loggats in. Försök igen. Händer det igen: kontakta it-avdelningen.",
    "accounts.sso.refused.provider_refused":
      "{provider} avbröt inloggningen. Försök igen, eller logga in på annat sätt.",
    "accounts.sso.refused.unreachable":
      "Det gick inte att nå {provider}. Försök igen om en stund. Fungerar det inte då: kontakta it-avdelningen.",
    "accounts.sso.refused.misconfigured":
      "Inloggningen med {provider} är inte rätt inställd. Kontakta administratören för din samverkan.",
    "accounts.sso.refused.email_unverified":
      "{provider} skickade ingen bekräftad e-postadress, så vi vet inte vilket konto du har. Kontakta administratören för din samverkan.",
    "accounts.sso.refused.domain_not_allowed":
      "Din e-postadress hör till en domän som {provider} inte får logga in för här. Kontakta administratören för din samverkan.",
    "accounts.sso.refused.unknown_person":
      "Du har inget konto här ännu. Be administratören för din samverkan att skapa ett konto med din e-postadress.",
    "accounts.sso.refused.account_elsewhere":
      "Ditt konto arbetar även i en annan samverkan och kan därför inte logga in med {provider}. Logga in på annat sätt eller kontakta administratören.",
    "accounts.sso.refused.account_disabled":
      "Kontot är avstängt. Kontakta administratören för din samverkan.",

    "accounts.ssoAdmin.title": "Inloggning",
    "accounts.ssoAdmin.intro":
      "Här väljer du hur samverkans konton loggar in: med organisationens egen inloggning (OpenID Connect) och om lösenord ska gå att använda. Roller sätts alltid här, aldrig av inloggningstjänsten.",
    "accounts.ssoAdmin.redirectUri": "Adress att registrera hos tjänsten (redirect URI)",
    "accounts.ssoAdmin.postLogoutUri": "Adress efter utloggning (post logout redirect URI)",
    "accounts.ssoAdmin.providers": "Inloggningstjänster",
    "accounts.ssoAdmin.none": "Det finns ingen inloggningstjänst ännu.",
    "accounts.ssoAdmin.status": "Status",
    "accounts.ssoAdmin.enabled": "På",
    "accounts.ssoAdmin.disabled": "Avstängd",
    "accounts.ssoAdmin.enable": "Slå på {provider}",
    "accounts.ssoAdmin.disable": "Stäng av {provider}",
    "accounts.ssoAdmin.installationWide": "Gäller hela installationen och ändras med kommandoraden.",
    "accounts.ssoAdmin.claims": "Claims för e-post, bekräftad e-post och namn",
    "accounts.ssoAdmin.secretFound": "(hemligheten finns)",
    "accounts.ssoAdmin.secretMissing": "(hemligheten saknas på servern)",
    "accounts.ssoAdmin.yes": "Ja",
    "accounts.ssoAdmin.no": "Nej",
    "accounts.ssoAdmin.passwords": "Lösenord",
    "accounts.ssoAdmin.passwordsOn": "Samverkans konton kan logga in med lösenord.",
    "accounts.ssoAdmin.passwordsOff":
      "Lösenord är avstängda: samverkans konton loggar bara in med en inloggningstjänst.",
    "accounts.ssoAdmin.passwordsNeedProvider":
      "Lösenord kan stängas av när någon i samverkan har loggat in med en påslagen inloggningstjänst.",
    "accounts.ssoAdmin.passwordsDisable": "Stäng av lösenord",
    "accounts.ssoAdmin.passwordsEnable": "Tillåt lösenord igen",
    "accounts.ssoAdmin.add": "Lägg till inloggningstjänst",
    "accounts.ssoAdmin.addHint":
      "Registrera först tjänsten hos er it-avdelning (se README). Hemligheten skrivs aldrig här: lägg den på servern och skriv var den finns.",
    "accounts.ssoAdmin.name": "Namn på knappen",
    "accounts.ssoAdmin.nameHint":
      "Till exempel Linköpings kommun. Knappen blir ”Logga in med Linköpings kommun”.",
    "accounts.ssoAdmin.issuer": "Utfärdare (issuer)",
    "accounts.ssoAdmin.issuerHint": "Adressen som tjänstens discovery-dokument anger som issuer.",
    "accounts.ssoAdmin.clientId": "Klient-id (client id)",
    "accounts.ssoAdmin.secretRef": "Var klienthemligheten finns",
    "accounts.ssoAdmin.secretRefHint":
      "env:OIDC_SECRET_NAMN för en miljövariabel på servern, eller file:namn för en fil i OIDC_SECRETS_DIR.",
    "accounts.ssoAdmin.scopes": "Scopes",
    "accounts.ssoAdmin.scopesHint": "Tomt betyder openid email profile.",
    "accounts.ssoAdmin.emailClaim": "Claim med e-postadress",
    "accounts.ssoAdmin.emailVerifiedClaim": "Claim som bekräftar e-postadressen",
    "accounts.ssoAdmin.emailVerifiedHint":
      "Tomt betyder email_verified. Microsoft Entra ID: xms_edov (lägg till det som valfritt claim).",
    "accounts.ssoAdmin.nameClaim": "Claim med namn",
    "accounts.ssoAdmin.defaultIs": "Tomt betyder {value}.",
    "accounts.ssoAdmin.domains": "Tillåtna e-postdomäner",
    "accounts.ssoAdmin.domainsHint":
      "Domäner som tjänsten får gå i god för, till exempel linkoping.se. Åtskilda med kommatecken eller mellanslag.",
    "accounts.ssoAdmin.selfService": "Okända personer får ett konto med rollen läsare",
    "accounts.ssoAdmin.selfServiceHint":
      "Av: bara personer som redan har ett konto kan logga in. På: en person med bekräftad e-post i en tillåten domän får ett läsarkonto; andra roller ger du här.",
    "accounts.ssoAdmin.addSubmit": "Lägg till tjänsten",
    "errors.not_found.account_link":
      "Länken gäller inte. Den kan redan vara använd eller ha gått ut. Be om en ny under ”Glömt lösenord?” på inloggningssidan, eller be din administratör skicka en ny.",
    "accounts.mail.invitation.subject": "Välkommen till Medborgarlöfte",
    "accounts.mail.invitation.where": "i samverkan {partnership}",
    "accounts.mail.invitation.whereSystem": "som systemadministratör",
    "accounts.mail.invitation.text":
      "Hej {name}!\n\nDu har fått ett konto i Medborgarlöfte {where}. Ditt användarnamn är {email}.\n\nVälj ditt lösenord här:\n{url}\n\nLänken gäller i 7 dagar och kan bara användas en gång. Har den gått ut kan du be om en ny under ”Glömt lösenord?” på inloggningssidan.",
    "accounts.mail.reset.subject": "Nytt lösenord till Medborgarlöfte",
    "accounts.mail.reset.text":
      "Hej {name}!\n\nNågon har bett om ett nytt lösenord för ditt konto {email} i Medborgarlöfte. Välj ett nytt lösenord här:\n{url}\n\nLänken gäller i en timme och kan bara användas en gång. Var det inte du som bad om det kan du strunta i det här mejlet: ditt lösenord är oförändrat.",

    "accounts.forgot.link": "Glömt lösenord?",
    "accounts.forgot.title": "Glömt lösenord",
    "accounts.forgot.intro":
      "Skriv e-postadressen till ditt konto, så skickar vi en länk där du väljer ett nytt lösenord. Länken gäller i en timme.",
    "accounts.forgot.submit": "Skicka länken",
    "accounts.forgot.sent":
      "Om det finns ett konto med adressen {email} har vi skickat en länk dit. Den gäller i en timme. Titta också i skräpposten.",
    "accounts.forgot.back": "Tillbaka till inloggningen",
    "accounts.link.invitation.title": "Välj ditt lösenord",
    "accounts.link.invitation.intro": "Välkommen, {name}! Välj ett lösenord för kontot {email}.",
    "accounts.link.reset.title": "Välj ett nytt lösenord",
    "accounts.link.reset.intro": "Välj ett nytt lösenord för kontot {email}.",
    "accounts.link.submit": "Spara lösenordet",
    "accounts.link.invalidTitle": "Länken gäller inte",
    "accounts.signIn.passwordSet": "Lösenordet är sparat. Logga in med ditt nya lösenord.",

    "accounts.admin.inviteHint":
      "Personen får ett välkomstmejl med en länk där hen själv väljer sitt lösenord. Länken gäller i 7 dagar.",
    "accounts.admin.sendLink": "Lösenord",
    "accounts.admin.sendLinkHint":
      "Ingen skriver lösenord åt någon annan. Kontot får ett mejl med en länk där personen väljer ett nytt lösenord. Har kontot inget lösenord ännu skickas inbjudan på nytt (gäller 7 dagar), annars en återställningslänk (gäller en timme). Det nuvarande lösenordet gäller tills länken används.",
    "accounts.admin.sendLinkSubmit": "Skicka länk för nytt lösenord",
    "accounts.admin.linkSent": "Ett mejl med länken har lagts i utkorgen.",
    "accounts.admin.statusInvited": "Inbjuden",
  },
  {
    "errors.csrf_invalid":
      "The form could not be sent because its security code is missing or too old. Go back, reload the page and try again.",
    "errors.password_change_required":
      "You must change your password before you continue. Go to /byt-losenord.",
    "errors.unauthorized.token": "The API token is invalid, revoked or expired.",
    "errors.not_found.account": "There is no account with the id {value} in this partnership.",
    "errors.not_found.api_token": "You have no active API token with the id {value}.",
    "errors.not_found.role": "The account holds no such role in this partnership.",
    "errors.conflict.account":
      "Someone else changed the account meanwhile. Read the page again and redo the change.",
    "errors.forbidden.accounts.manageAccount":
      "The account also holds roles in another partnership, so its password and status are managed by the administrators there.",

    "accounts.role.administrator": "Administrator",
    "accounts.role.coordinator": "Coordinator",
    "accounts.role.police_coordinator": "Community police officer",
    "accounts.role.reporter": "Reporter",
    "accounts.role.reader": "Reader",
    "accounts.role.communicator": "Communicator",
    "accounts.role.incident_reporter": "Incident reporter",

    "accounts.errorSummary": "There are errors in the form",
    "accounts.error.required": "Fill in the field.",
    "accounts.error.email_invalid": "Enter an e-mail address, for example name@municipality.se.",
    "accounts.error.email_taken": "There is already an account with that e-mail address.",
    "accounts.error.too_short": "The password must have at least 12 characters.",
    "accounts.error.too_long": "The text is too long.",
    "accounts.error.is_email": "The password must not be your e-mail address.",
    "accounts.error.common":
      "The password is one of the most common passwords (or nearly one of them) and easy to guess. Choose another, preferably several words in a row.",
    "accounts.error.repeat_mismatch": "The passwords differ. Type the same new password twice.",
    "accounts.error.current_wrong": "The current password is not right.",
    "accounts.error.party_required":
      "A reporter or incident reporter must belong to a party. Choose a party.",
    "accounts.error.party_invalid": "Choose a party of this partnership.",
    "accounts.error.unit_invalid": "Choose only units of the chosen party.",
    "accounts.error.person_invalid": "Choose a person of this partnership.",
    "accounts.error.role_invalid": "Choose one of the roles in the list.",
    "accounts.error.role_exists": "The account already holds that role.",
    "accounts.error.last_role":
      "This is the account's only role. Disable the account instead if the person no longer works here.",
    "accounts.error.own_admin_role": "You cannot revoke your own administrator role.",
    "accounts.error.self_disable": "You cannot disable your own account.",
    "accounts.error.lifetime_invalid": "Choose how long the token is valid.",
    "accounts.error.slug_invalid":
      "Type a short address with lower-case letters a–z, digits and hyphens, for example norrkoping. “system” is taken.",
    "accounts.error.slug_taken": "There is already a partnership with that address.",

    "accounts.signIn.title": "Sign in",
    "accounts.signIn.intro": "Sign in with your account to work with citizen promises.",
    "accounts.signIn.email": "E-mail address",
    "accounts.signIn.password": "Password",
    "accounts.signIn.submit": "Sign in",
    "accounts.signIn.invalid": "The e-mail address or the password is not right. Check them and try again.",
    "accounts.signIn.disabled": "The account is disabled. Contact your partnership's administrator.",
    "accounts.signIn.throttled":
      "Too many failed sign-in attempts. For security you can try again at {time} ({minutes} minutes).",
    "accounts.signIn.signedOut": "You are signed out.",
    "accounts.signIn.alreadySignedIn": "You are signed in as {name}.",
    "accounts.signIn.toWorkspace": "Go to the workspace",

    "accounts.password.title": "Change password",
    "accounts.password.mustChange": "Choose your own password before you continue.",
    "accounts.password.rules":
      "The password must have at least 12 characters and must not be your e-mail address.",
    "accounts.password.current": "Current password",
    "accounts.password.new": "New password",
    "accounts.password.repeat": "New password again",
    "accounts.password.submit": "Change password",
    "accounts.password.changed": "Your password has been changed.",

    "accounts.nav.workspaces": "My partnerships",
    "accounts.nav.tokens": "API tokens",
    "accounts.nav.password": "Change password",
    "accounts.nav.accounts": "Accounts",
    "accounts.nav.account": "My account",

    "accounts.workspaces.title": "Choose partnership",
    "accounts.workspaces.none":
      "Your account holds no role in any partnership yet. Contact the administrator.",
    "accounts.workspaces.roles": "Your roles: {roles}",
    "accounts.workspaces.system": "System administration: the installation's partnerships",

    "accounts.tokens.title": "API tokens",
    "accounts.tokens.intro":
      "A personal API token lets a program read and change, through the API, what your account may. Send it in the header Authorization: Bearer <token>. The token is shown only once.",
    "accounts.tokens.name": "Name of the token",
    "accounts.tokens.nameHint": "For example which program will use it.",
    "accounts.tokens.lifetime": "Valid for",
    "accounts.tokens.days": "{days} days",
    "accounts.tokens.create": "Create token",
    "accounts.tokens.created": "Your new token “{name}”. Copy it now – it will not be shown again:",
    "accounts.tokens.yours": "Your tokens",
    "accounts.tokens.none": "You have no API tokens.",
    "accounts.tokens.colName": "Name",
    "accounts.tokens.colCreated": "Created",
    "accounts.tokens.colExpires": "Valid until",
    "accounts.tokens.colLastUsed": "Last used",
    "accounts.tokens.colStatus": "Status",
    "accounts.tokens.never": "Never",
    "accounts.tokens.active": "Active",
    "accounts.tokens.revoked": "Revoked",
    "accounts.tokens.expired": "Expired",
    "accounts.tokens.revoke": "Revoke {name}",
    "accounts.tokens.revokedNotice": "The token is revoked and no longer works.",

    "accounts.admin.title": "Accounts",
    "accounts.admin.intro": "Accounts with at least one role in {partnership}.",
    "accounts.admin.colName": "Name",
    "accounts.admin.colEmail": "E-mail",
    "accounts.admin.colRoles": "Roles",
    "accounts.admin.colStatus": "Status",
    "accounts.admin.statusActive": "Active",
    "accounts.admin.statusDisabled": "Disabled",
    "accounts.admin.statusMustChange": "Must change password",
    "accounts.admin.create": "Create account",
    "accounts.admin.name": "Name",
    "accounts.admin.email": "E-mail address",
    "accounts.admin.person": "Person (optional)",
    "accounts.admin.personHint":
      "Links the account to a person of the partnership, so follow-ups show who wrote them.",
    "accounts.admin.noPerson": "No person",
    "accounts.admin.firstRole": "First role",
    "accounts.admin.role": "Role",
    "accounts.admin.party": "Party (for reporters and incident reporters)",
    "accounts.admin.noParty": "No party",
    "accounts.admin.units": "Units (for reporters, optional)",
    "accounts.admin.unitsHint": "Choose no units if the reporter reports for the whole party.",
    "accounts.admin.created": "The account of {name} has been created.",
    "accounts.admin.account": "Account: {name}",
    "accounts.admin.back": "Back to all accounts",
    "accounts.admin.rolesHere": "Roles in this partnership",
    "accounts.admin.revoke": "Revoke the role {role}",
    "accounts.admin.grant": "Grant a role",
    "accounts.admin.grantSubmit": "Grant the role",
    "accounts.admin.status": "Status",
    "accounts.admin.disable": "Disable the account",
    "accounts.admin.disableHint": "A disabled account cannot sign in, and its current sessions stop working.",
    "accounts.admin.enable": "Enable the account",
    "accounts.admin.otherPartnership":
      "The account also holds roles in another partnership, so its password and status are managed by the administrators there.",
    "accounts.admin.saved": "The change has been saved.",
    "accounts.admin.unitsOf": "{party}: {units}",
    "accounts.admin.wholeParty": "{party}, whole party",

    "errors.not_found.sign_in_provider": "There is no identity provider with the id {value}.",
    "errors.conflict.sign_in_provider":
      "Someone else has changed the identity provider meanwhile. Reload the page and make the change again.",
    "errors.conflict.sign_in_settings":
      "Someone else has changed the sign-in settings meanwhile. Reload the page and make the change again.",
    "errors.forbidden.accounts.manageSignIn":
      "Only the partnership's administrators can change how people sign in. Providers for the whole installation are added from the command line.",

    "accounts.error.issuer_invalid":
      "Enter the issuer's address with https://, for example https://login.microsoftonline.com/<tenant-id>/v2.0.",
    "accounts.error.secret_ref_invalid":
      "Enter where the secret is: env:OIDC_SECRET_NAME (an environment variable of the server) or file:name (a file in OIDC_SECRETS_DIR).",
    "accounts.error.scopes_invalid": "Enter scopes separated by spaces. openid must be one of them.",
    "accounts.error.claim_invalid":
      "Enter the name of a claim, for example email (letters, digits, _ . : -).",
    "accounts.error.domains_invalid": "Enter domains such as kommun.se, separated by commas or spaces.",
    "accounts.error.self_service_needs_partnership":
      "Reader accounts for unknown people need a partnership: a provider for the whole installation cannot create accounts.",
    "accounts.error.no_working_provider":
      "Passwords can be switched off only once someone of the partnership has signed in through an enabled provider. Try the sign-in first.",

    "accounts.nav.signIn": "Sign-in",

    "accounts.sso.heading": "Sign in with your organisation",
    "accounts.sso.intro": "Use the same sign-in as in your organisation's other systems.",
    "accounts.sso.button": "Sign in with {provider}",
    "accounts.sso.passwordHeading": "Sign in with e-mail and password",
    "accounts.sso.theProvider": "the identity provider",
    "accounts.sso.passwordsOff":
      "Signing in with a password is switched off for {partnerships}. Sign in with your organisation's button under “Sign in with your organisation”.",
    "accounts.sso.stillSignedIn": "You may still be signed in at {provider}.",
    "accounts.sso.signOutThere": "Sign out of {provider} too",
    "accounts.sso.refused.state_mismatch":
      "The sign-in could not be completed because it did not start in this browser or took too long. Start again with your organisation's button.",
    "accounts.sso.refused.token_expired":
      "The answer from {provider} was too old, or the clocks are wrong. Try again. If it happens again, contact your IT department.",
    "accounts.sso.refused.token_invalid":
      "The answer from {provider} could not be confirmed, so you have not been signed in. Try again. If it happens again, contact your IT department.",
    "accounts.sso.refused.provider_refused":
      "{provider} cancelled the sign-in. Try again, or sign in another way.",
    "accounts.sso.refused.unreachable":
      "{provider} could not be reached. Try again in a while. If it still does not work, contact your IT department.",
    "accounts.sso.refused.misconfigured":
      "Signing in with {provider} is not set up correctly. Contact your partnership's administrator.",
    "accounts.sso.refused.email_unverified":
      "{provider} sent no confirmed e-mail address, so we do not know which account is yours. Contact your partnership's administrator.",
    "accounts.sso.refused.domain_not_allowed":
      "Your e-mail address belongs to a domain {provider} may not sign people in for here. Contact your partnership's administrator.",
    "accounts.sso.refused.unknown_person":
      "You have no account here yet. Ask your partnership's administrator to create an account with your e-mail address.",
    "accounts.sso.refused.account_elsewhere":
      "Your account also works in another partnership and therefore cannot sign in with {provider}. Sign in another way or contact the administrator.",
    "accounts.sso.refused.account_disabled":
      "The account is disabled. Contact your partnership's administrator.",

    "accounts.ssoAdmin.title": "Sign-in",
    "accounts.ssoAdmin.intro":
      "Choose how the partnership's accounts sign in: with the organisation's own sign-in (OpenID Connect), and whether passwords may be used. Roles are always set here, never by the identity provider.",
    "accounts.ssoAdmin.redirectUri": "Address to register with the provider (redirect URI)",
    "accounts.ssoAdmin.postLogoutUri": "Address after signing out (post logout redirect URI)",
    "accounts.ssoAdmin.providers": "Identity providers",
    "accounts.ssoAdmin.none": "There is no identity provider yet.",
    "accounts.ssoAdmin.status": "Status",
    "accounts.ssoAdmin.enabled": "On",
    "accounts.ssoAdmin.disabled": "Switched off",
    "accounts.ssoAdmin.enable": "Switch on {provider}",
    "accounts.ssoAdmin.disable": "Switch off {provider}",
    "accounts.ssoAdmin.installationWide":
      "Applies to the whole installation and is changed from the command line.",
    "accounts.ssoAdmin.claims": "Claims for e-mail, verified e-mail and name",
    "accounts.ssoAdmin.secretFound": "(the secret is there)",
    "accounts.ssoAdmin.secretMissing": "(the secret is missing on the server)",
    "accounts.ssoAdmin.yes": "Yes",
    "accounts.ssoAdmin.no": "No",
    "accounts.ssoAdmin.passwords": "Passwords",
    "accounts.ssoAdmin.passwordsOn": "The partnership's accounts can sign in with a password.",
    "accounts.ssoAdmin.passwordsOff":
      "Passwords are switched off: the partnership's accounts sign in through an identity provider only.",
    "accounts.ssoAdmin.passwordsNeedProvider":
      "Passwords can be switched off once someone of the partnership has signed in through an enabled provider.",
    "accounts.ssoAdmin.passwordsDisable": "Switch off passwords",
    "accounts.ssoAdmin.passwordsEnable": "Allow passwords again",
    "accounts.ssoAdmin.add": "Add an identity provider",
    "accounts.ssoAdmin.addHint":
      "First register the product with your IT department (see the README). The secret is never typed here: put it on the server and say where it is.",
    "accounts.ssoAdmin.name": "Name on the button",
    "accounts.ssoAdmin.nameHint":
      "For example Linköpings kommun. The button reads “Sign in with Linköpings kommun”.",
    "accounts.ssoAdmin.issuer": "Issuer",
    "accounts.ssoAdmin.issuerHint": "The address the provider's discovery document gives as its issuer.",
    "accounts.ssoAdmin.clientId": "Client id",
    "accounts.ssoAdmin.secretRef": "Where the client secret is",
    "accounts.ssoAdmin.secretRefHint":
      "env:OIDC_SECRET_NAME for an environment variable of the server, or file:name for a file in OIDC_SECRETS_DIR.",
    "accounts.ssoAdmin.scopes": "Scopes",
    "accounts.ssoAdmin.scopesHint": "Empty means openid email profile.",
    "accounts.ssoAdmin.emailClaim": "Claim with the e-mail address",
    "accounts.ssoAdmin.emailVerifiedClaim": "Claim that confirms the e-mail address",
    "accounts.ssoAdmin.emailVerifiedHint":
      "Empty means email_verified. Microsoft Entra ID: xms_edov (add it as an optional claim).",
    "accounts.ssoAdmin.nameClaim": "Claim with the name",
    "accounts.ssoAdmin.defaultIs": "Empty means {value}.",
    "accounts.ssoAdmin.domains": "Allowed e-mail domains",
    "accounts.ssoAdmin.domainsHint":
      "Domains the provider may vouch for, for example linkoping.se. Separated by commas or spaces.",
    "accounts.ssoAdmin.selfService": "Unknown people get an account with the reader role",
    "accounts.ssoAdmin.selfServiceHint":
      "Off: only people who already have an account can sign in. On: a person with a verified e-mail in an allowed domain gets a reader account; you grant other roles here.",
    "accounts.ssoAdmin.addSubmit": "Add the provider",
    "errors.not_found.account_link":
      "The link is not valid. It may have been used already or have expired. Ask for a new one under “Forgot your password?” on the sign-in page, or ask your administrator to send a new one.",
    "accounts.mail.invitation.subject": "Welcome to Medborgarlöfte",
    "accounts.mail.invitation.where": "in the partnership {partnership}",
    "accounts.mail.invitation.whereSystem": "as system administrator",
    "accounts.mail.invitation.text":
      "Hello {name}!\n\nYou have an account in Medborgarlöfte {where}. Your user name is {email}.\n\nChoose your password here:\n{url}\n\nThe link is valid for 7 days and can be used once.",
    "accounts.mail.reset.subject": "New password for Medborgarlöfte",
    "accounts.mail.reset.text":
      "Hello {name}!\n\nSomeone asked for a new password for your account {email} in Medborgarlöfte. Choose a new password here:\n{url}\n\nThe link is valid for one hour and can be used once. If you did not ask, ignore this mail: your password is unchanged.",

    "accounts.forgot.link": "Forgot your password?",
    "accounts.forgot.title": "Forgot your password",
    "accounts.forgot.intro":
      "Type your account's e-mail address and we will send a link where you choose a new password. The link is valid for one hour.",
    "accounts.forgot.submit": "Send the link",
    "accounts.forgot.sent":
      "If there is an account with the address {email}, we have sent a link to it. It is valid for one hour. Check your spam folder too.",
    "accounts.forgot.back": "Back to sign-in",
    "accounts.link.invitation.title": "Choose your password",
    "accounts.link.invitation.intro": "Welcome, {name}! Choose a password for the account {email}.",
    "accounts.link.reset.title": "Choose a new password",
    "accounts.link.reset.intro": "Choose a new password for the account {email}.",
    "accounts.link.submit": "Save the password",
    "accounts.link.invalidTitle": "The link is not valid",
    "accounts.signIn.passwordSet": "The password is saved. Sign in with your new password.",

    "accounts.admin.inviteHint":
      "The person gets a welcome mail with a link where they choose their own password. The link is valid for 7 days.",
    "accounts.admin.sendLink": "Password",
    "accounts.admin.sendLinkHint":
      "Nobody types a password for someone else. The account gets a mail with a link where the person chooses a new password. An account without a password gets its invitation again (valid 7 days), otherwise a reset link (valid one hour). The current password works until the link is used.",
    "accounts.admin.sendLinkSubmit": "Send a new-password link",
    "accounts.admin.linkSent": "A mail with the link is in the outbox.",
    "accounts.admin.statusInvited": "Invited",
  },
);

declare module "../platform/i18n/define.js" {
  interface ModuleMessages extends MessageKeysOf<typeof accountsMessages> {}
}
