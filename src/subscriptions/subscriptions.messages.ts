import { defineMessages, type MessageKeysOf } from "../platform/i18n/define.js";

/** Texts of following a promise or an area by e-mail (pages and mails). */
export const subscriptionsMessages = defineMessages(
  {
    "errors.rate_limited": "Du har gjort för många försök. Vänta en stund och försök igen.",
    "errors.rate_limited.subscription_client":
      "Du har gjort för många försök att prenumerera den senaste timmen. Vänta en stund och försök igen.",
    "errors.rate_limited.subscription_address":
      "Vi har redan skickat tre bekräftelsemejl till den adressen det senaste dygnet. Titta i din inkorg (och i skräpposten) eller försök igen i morgon.",
    "errors.not_found.subscription":
      "Länken gäller inte längre. Den kan ha använts, gått ut eller avslutats.",
    "errors.not_found.subscription_target": "Det finns inget löfte eller område att följa med det valet.",
    "subscriptions.form.heading": "Följ löftet via e-post",
    "subscriptions.form.intro":
      "Få ett mejl när nya resultat godkänns eller en återrapportering publiceras – högst ett mejl per period.",
    "subscriptions.form.email": "Din e-postadress",
    "subscriptions.form.submit": "Följ",
    "subscriptions.form.more": "Följ ett område eller ett annat löfte, och vad vi sparar",
    "subscriptions.page.title": "Följ via e-post: {partnership}",
    "subscriptions.page.intro":
      "Välj vad du vill följa och skriv din e-postadress. Du får först ett mejl med en länk som du bekräftar med.",
    "subscriptions.page.choose": "Vad vill du följa?",
    "subscriptions.page.promises": "Löften",
    "subscriptions.page.areas": "Områden (alla löften i området)",
    "subscriptions.page.area": "Området {area}",
    "subscriptions.page.nothing": "Det finns inget att följa här ännu.",
    "subscriptions.error.email": "Skriv en giltig e-postadress, till exempel namn@example.se.",
    "subscriptions.error.target": "Välj ett löfte eller ett område att följa.",
    "subscriptions.error.summary": "Det gick inte att prenumerera",
    "subscriptions.sent.title": "Titta i din e-post",
    "subscriptions.sent.text":
      "Om {email} inte redan följer detta har vi skickat ett mejl dit. Öppna länken i mejlet och bekräfta inom 7 dagar – annars raderas adressen.",
    "subscriptions.refused.title": "För många försök",
    "subscriptions.origin.title": "Formuläret kom från en annan webbplats",
    "subscriptions.origin.text":
      "Av säkerhetsskäl tar vi bara emot prenumerationer från formuläret på den här webbplatsen. Gå tillbaka och försök igen.",
    "subscriptions.confirm.title": "Bekräfta att du vill följa",
    "subscriptions.confirm.text": "Du är på väg att följa {target} med adressen {email}.",
    "subscriptions.confirm.why":
      "Tryck på knappen för att bekräfta. (Vi bekräftar inte bara för att länken öppnas, eftersom e-postprogram ibland öppnar länkar av sig själva.)",
    "subscriptions.confirm.submit": "Bekräfta",
    "subscriptions.confirmed.title": "Klart – du följer nu {target}",
    "subscriptions.confirmed.text":
      "Du får ett mejl när nya resultat godkänns eller en återrapportering publiceras, högst ett per period.",
    "subscriptions.confirmed.unsubscribe": "Sluta följa",
    "subscriptions.invalid.title": "Länken gäller inte",
    "subscriptions.unsubscribe.title": "Sluta följa",
    "subscriptions.unsubscribe.text": "Vill du sluta få mejl om {target}?",
    "subscriptions.unsubscribe.submit": "Sluta följa",
    "subscriptions.unsubscribed.title": "Du får inga fler mejl",
    "subscriptions.unsubscribed.text": "Vi har raderat din e-postadress för {target}.",
    "subscriptions.unsubscribed.gone":
      "Den här prenumerationen finns inte längre, så du får inga mejl från den.",
    "subscriptions.target.promise": "löftet ”{title}”",
    "subscriptions.target.area": "området {name} i {partnership}",
    "subscriptions.privacy.heading": "Vad vi sparar",
    "subscriptions.privacy.text":
      "Vi sparar bara din e-postadress, vad du följer, ett kontrollvärde för länkarna i mejlen (inte länkarna själva) och när du anmälde och bekräftade dig. Vi använder adressen enbart för att mejla dig om det du följer. Bekräftar du inte inom 7 dagar raderas adressen. Du kan sluta följa när som helst med länken i varje mejl; då raderas adressen direkt. Ingen annan uppgift om dig sparas och adressen lämnas inte ut. Under ett dygn sparar vi också en kod av din adress och din dators nätverksadress (inte adresserna själva) för att stoppa missbruk.",
    "subscriptions.privacy.textEn":
      "We store only your e-mail address, what you follow, a check value for the links in the mails (not the links themselves), and when you signed up and confirmed. The address is used only to mail you about what you follow. If you do not confirm within 7 days it is deleted. You can stop at any time with the link in every mail; the address is then deleted at once. Nothing else about you is stored and the address is not shared. For one day we also keep a hash of your address and of your network address (not the addresses themselves) to stop abuse.",
    "subscriptions.mail.confirm.subject": "Bekräfta att du vill följa {target}",
    "subscriptions.mail.confirm.text":
      "Hej!\n\nNågon (förhoppningsvis du) vill följa {target} på {site} med den här e-postadressen.\n\nBekräfta här: {url}\n\nOm det inte var du behöver du inte göra något: adressen raderas efter 7 dagar.\n\n(In English: someone asked to follow {target} with this address. Confirm at the link above; if it was not you, do nothing and the address is deleted after 7 days.)\n",
    "subscriptions.mail.period.subject": "Nya resultat för {period}: {target}",
    "subscriptions.mail.period.line": "– {title}: {count} godkända resultat för {period}\n  {url}",
    "subscriptions.mail.report.subject": "Återrapportering publicerad: {target}",
    "subscriptions.mail.report.line": "– {title}: återrapporteringen är publicerad\n  {url}",
    "subscriptions.mail.text":
      "Hej!\n\nDu följer {target}. Det här är nytt:\n\n{lines}\n\nDu får högst ett mejl per period.\nSluta följa (ett klick): {unsubscribe}\n\n(In English: there are new results for what you follow; read them at the links above. Unsubscribe: {unsubscribe})\n",
  },
  {
    "errors.rate_limited": "Too many attempts. Please wait a while and try again.",
    "errors.rate_limited.subscription_client":
      "Too many subscription attempts in the last hour. Please wait a while and try again.",
    "errors.rate_limited.subscription_address":
      "We have already sent three confirmation mails to that address in the last day. Check your inbox (and spam folder) or try again tomorrow.",
    "errors.not_found.subscription": "The link is no longer valid. It may have been used, expired or ended.",
    "errors.not_found.subscription_target": "There is no promise or area to follow with that choice.",
    "subscriptions.form.heading": "Follow this promise by e-mail",
    "subscriptions.form.intro":
      "Get a mail when new results are approved or a report-back is published – at most one mail per period.",
    "subscriptions.form.email": "Your e-mail address",
    "subscriptions.form.submit": "Follow",
    "subscriptions.form.more": "Follow an area or another promise, and what we store",
    "subscriptions.page.title": "Follow by e-mail: {partnership}",
    "subscriptions.page.intro":
      "Choose what to follow and enter your e-mail address. You first get a mail with a link to confirm.",
    "subscriptions.page.choose": "What do you want to follow?",
    "subscriptions.page.promises": "Promises",
    "subscriptions.page.areas": "Areas (every promise in the area)",
    "subscriptions.page.area": "The area {area}",
    "subscriptions.page.nothing": "There is nothing to follow here yet.",
    "subscriptions.error.email": "Enter a valid e-mail address, for example name@example.com.",
    "subscriptions.error.target": "Choose a promise or an area to follow.",
    "subscriptions.error.summary": "The subscription did not go through",
    "subscriptions.sent.title": "Check your e-mail",
    "subscriptions.sent.text":
      "Unless {email} already follows this, we have sent a mail there. Open its link and confirm within 7 days – otherwise the address is deleted.",
    "subscriptions.refused.title": "Too many attempts",
    "subscriptions.origin.title": "The form came from another website",
    "subscriptions.origin.text":
      "For security we accept subscriptions only from the form on this website. Go back and try again.",
    "subscriptions.confirm.title": "Confirm that you want to follow",
    "subscriptions.confirm.text": "You are about to follow {target} with the address {email}.",
    "subscriptions.confirm.why":
      "Press the button to confirm. (Opening the link alone does not confirm, because mail programs sometimes open links by themselves.)",
    "subscriptions.confirm.submit": "Confirm",
    "subscriptions.confirmed.title": "Done – you now follow {target}",
    "subscriptions.confirmed.text":
      "You will get a mail when new results are approved or a report-back is published, at most one per period.",
    "subscriptions.confirmed.unsubscribe": "Stop following",
    "subscriptions.invalid.title": "The link is not valid",
    "subscriptions.unsubscribe.title": "Stop following",
    "subscriptions.unsubscribe.text": "Do you want to stop getting mail about {target}?",
    "subscriptions.unsubscribe.submit": "Stop following",
    "subscriptions.unsubscribed.title": "You will get no more mail",
    "subscriptions.unsubscribed.text": "We have deleted your e-mail address for {target}.",
    "subscriptions.unsubscribed.gone": "This subscription no longer exists, so you get no mail from it.",
    "subscriptions.target.promise": "the promise “{title}”",
    "subscriptions.target.area": "the area {name} in {partnership}",
    "subscriptions.privacy.heading": "What we store",
    "subscriptions.privacy.text":
      "Vi sparar bara din e-postadress, vad du följer, ett kontrollvärde för länkarna i mejlen (inte länkarna själva) och när du anmälde och bekräftade dig. Vi använder adressen enbart för att mejla dig om det du följer. Bekräftar du inte inom 7 dagar raderas adressen. Du kan sluta följa när som helst med länken i varje mejl; då raderas adressen direkt. Ingen annan uppgift om dig sparas och adressen lämnas inte ut. Under ett dygn sparar vi också en kod av din adress och din dators nätverksadress (inte adresserna själva) för att stoppa missbruk.",
    "subscriptions.privacy.textEn":
      "We store only your e-mail address, what you follow, a check value for the links in the mails (not the links themselves), and when you signed up and confirmed. The address is used only to mail you about what you follow. If you do not confirm within 7 days it is deleted. You can stop at any time with the link in every mail; the address is then deleted at once. Nothing else about you is stored and the address is not shared. For one day we also keep a hash of your address and of your network address (not the addresses themselves) to stop abuse.",
    "subscriptions.mail.confirm.subject": "Confirm that you want to follow {target}",
    "subscriptions.mail.confirm.text":
      "Hello!\n\nSomeone (hopefully you) wants to follow {target} on {site} with this e-mail address.\n\nConfirm here: {url}\n\nIf it was not you, do nothing: the address is deleted after 7 days.\n",
    "subscriptions.mail.period.subject": "New results for {period}: {target}",
    "subscriptions.mail.period.line": "– {title}: {count} approved results for {period}\n  {url}",
    "subscriptions.mail.report.subject": "Report-back published: {target}",
    "subscriptions.mail.report.line": "– {title}: the report-back is published\n  {url}",
    "subscriptions.mail.text":
      "Hello!\n\nYou follow {target}. This is new:\n\n{lines}\n\nYou get at most one mail per period.\nUnsubscribe (one click): {unsubscribe}\n",
  },
);

declare module "../platform/i18n/define.js" {
  interface ModuleMessages extends MessageKeysOf<typeof subscriptionsMessages> {}
}
