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
  {
    ar: {
      "errors.rate_limited": "لقد قمت بمحاولات كثيرة جداً. انتظر قليلاً ثم حاول مرة أخرى.",
      "errors.rate_limited.subscription_client":
        "لقد حاولت الاشتراك مرات كثيرة جداً خلال الساعة الماضية. انتظر قليلاً ثم حاول مرة أخرى.",
      "errors.rate_limited.subscription_address":
        "لقد أرسلنا بالفعل ثلاث رسائل تأكيد إلى هذا العنوان خلال الساعات الأربع والعشرين الماضية. تحقق من صندوق الوارد (ومن مجلد الرسائل غير المرغوب فيها) أو حاول مرة أخرى غداً.",
      "errors.not_found.subscription": "لم يعد الرابط صالحاً. ربما تم استخدامه أو انتهت صلاحيته أو أُلغي.",
      "errors.not_found.subscription_target": "لا يوجد وعد أو منطقة يمكن متابعتها بهذا الاختيار.",
      "subscriptions.form.heading": "تابِع الوعد عبر البريد الإلكتروني",
      "subscriptions.form.intro":
        "احصل على رسالة بالبريد الإلكتروني عندما تُعتمد نتائج جديدة أو يُنشر التقرير المقدَّم – رسالة واحدة على الأكثر في كل فترة.",
      "subscriptions.form.email": "عنوان بريدك الإلكتروني",
      "subscriptions.form.submit": "تابِع",
      "subscriptions.form.more": "تابِع منطقة أو وعداً آخر، واعرف ما الذي نحفظه",
      "subscriptions.page.title": "المتابعة عبر البريد الإلكتروني: {partnership}",
      "subscriptions.page.intro":
        "اختر ما تريد متابعته واكتب عنوان بريدك الإلكتروني. ستصلك أولاً رسالة فيها رابط تؤكد به اشتراكك.",
      "subscriptions.page.choose": "ماذا تريد أن تتابع؟",
      "subscriptions.page.promises": "الوعود",
      "subscriptions.page.areas": "المناطق (كل الوعود في المنطقة)",
      "subscriptions.page.area": "منطقة {area}",
      "subscriptions.page.nothing": "لا يوجد ما يمكن متابعته هنا بعد.",
      "subscriptions.error.email": "اكتب عنوان بريد إلكتروني صحيحاً، مثل namn@example.se.",
      "subscriptions.error.target": "اختر وعداً أو منطقة لمتابعتها.",
      "subscriptions.error.summary": "تعذّر الاشتراك",
      "subscriptions.sent.title": "تحقق من بريدك الإلكتروني",
      "subscriptions.sent.text":
        "إذا لم يكن {email} يتابع هذا بالفعل، فقد أرسلنا إليه رسالة. افتح الرابط في الرسالة وأكّد خلال 7 أيام – وإلا فسيُحذف العنوان.",
      "subscriptions.refused.title": "محاولات كثيرة جداً",
      "subscriptions.origin.title": "جاء النموذج من موقع آخر",
      "subscriptions.origin.text":
        "لأسباب أمنية لا نقبل الاشتراكات إلا من النموذج الموجود على هذا الموقع. ارجع وحاول مرة أخرى.",
      "subscriptions.confirm.title": "أكّد أنك تريد المتابعة",
      "subscriptions.confirm.text": "أنت على وشك متابعة {target} بالعنوان {email}.",
      "subscriptions.confirm.why":
        "اضغط على الزر للتأكيد. (فتح الرابط وحده لا يكفي للتأكيد، لأن برامج البريد الإلكتروني تفتح الروابط أحياناً من تلقاء نفسها.)",
      "subscriptions.confirm.submit": "تأكيد",
      "subscriptions.confirmed.title": "تم – أنت الآن تتابع {target}",
      "subscriptions.confirmed.text":
        "ستصلك رسالة عندما تُعتمد نتائج جديدة أو يُنشر التقرير المقدَّم، رسالة واحدة على الأكثر في كل فترة.",
      "subscriptions.confirmed.unsubscribe": "إيقاف المتابعة",
      "subscriptions.invalid.title": "الرابط غير صالح",
      "subscriptions.unsubscribe.title": "إيقاف المتابعة",
      "subscriptions.unsubscribe.text": "هل تريد التوقف عن تلقي رسائل حول {target}؟",
      "subscriptions.unsubscribe.submit": "إيقاف المتابعة",
      "subscriptions.unsubscribed.title": "لن تصلك رسائل أخرى",
      "subscriptions.unsubscribed.text": "حذفنا عنوان بريدك الإلكتروني من متابعة {target}.",
      "subscriptions.unsubscribed.gone": "هذا الاشتراك لم يعد موجوداً، لذلك لن تصلك منه أي رسائل.",
      "subscriptions.target.promise": "الوعد «{title}»",
      "subscriptions.target.area": "منطقة {name} في {partnership}",
      "subscriptions.privacy.heading": "ما الذي نحفظه",
      "subscriptions.privacy.text":
        "نحفظ فقط عنوان بريدك الإلكتروني، وما تتابعه، وقيمة تحقق للروابط الموجودة في الرسائل (وليس الروابط نفسها)، ووقت تسجيلك وتأكيدك. نستخدم العنوان فقط لنراسلك بشأن ما تتابعه. إذا لم تؤكد خلال 7 أيام يُحذف العنوان. يمكنك التوقف عن المتابعة في أي وقت عبر الرابط الموجود في كل رسالة، وعندها يُحذف العنوان فوراً. لا نحفظ أي معلومات أخرى عنك ولا نعطي العنوان لأحد. ولمدة يوم واحد نحفظ أيضاً رمزاً مشتقاً من عنوانك ومن عنوان الشبكة لجهازك (وليس العناوين نفسها) لمنع إساءة الاستخدام.",
    },
    so: {
      "errors.rate_limited": "Isku day aad u badan ayaad samaysay. Sug wax yar, kadibna mar kale isku day.",
      "errors.rate_limited.subscription_client":
        "Saacaddii la soo dhaafay waxaad isku dayday inaad iska qorto marar aad u badan. Sug wax yar, kadibna mar kale isku day.",
      "errors.rate_limited.subscription_address":
        "Cinwaankaas waxaan horay ugu dirnay saddex iimayl oo xaqiijin ah 24-tii saacadood ee la soo dhaafay. Eeg sanduuqa fariimahaaga (iyo galka spam-ka) ama mar kale isku day berri.",
      "errors.not_found.subscription":
        "Linkigu hadda ma shaqeeyo. Waxa laga yaabaa in horay loo isticmaalay, in waqtigiisu dhacay ama in la joojiyay.",
      "errors.not_found.subscription_target": "Ma jiro ballanqaad ama xaafad lagu raaci karo doorashadaas.",
      "subscriptions.form.heading": "Ku raac ballanqaadka iimayl",
      "subscriptions.form.intro":
        "Hel iimayl marka natiijooyin cusub la ansixiyo ama warbixinta la celiyay la daabaco – ugu badnaan hal iimayl muddo kasta.",
      "subscriptions.form.email": "Cinwaanka iimaylkaaga",
      "subscriptions.form.submit": "Raac",
      "subscriptions.form.more": "Raac xaafad ama ballanqaad kale, oo ogow waxa aan kaydinno",
      "subscriptions.page.title": "Ku raac iimayl: {partnership}",
      "subscriptions.page.intro":
        "Dooro waxaad rabto inaad raacdo oo qor cinwaanka iimaylkaaga. Marka hore waxaad heli doontaa iimayl leh link aad ku xaqiijinayso.",
      "subscriptions.page.choose": "Maxaad rabtaa inaad raacdo?",
      "subscriptions.page.promises": "Ballanqaadyada",
      "subscriptions.page.areas": "Xaafadaha (dhammaan ballanqaadyada xaafadda)",
      "subscriptions.page.area": "Xaafadda {area}",
      "subscriptions.page.nothing": "Weli ma jiro wax halkan lagu raaci karo.",
      "subscriptions.error.email": "Qor cinwaan iimayl oo sax ah, tusaale ahaan namn@example.se.",
      "subscriptions.error.target": "Dooro ballanqaad ama xaafad aad raacdo.",
      "subscriptions.error.summary": "Iska qoristu way guuldarraysatay",
      "subscriptions.sent.title": "Eeg iimaylkaaga",
      "subscriptions.sent.text":
        "Haddii {email} aanu horay u raacin tan, waxaan halkaas u dirnay iimayl. Fur linkiga ku jira iimaylka oo xaqiiji 7 maalmood gudahood – haddii kale cinwaanka waa la tirtirayaa.",
      "subscriptions.refused.title": "Isku day aad u badan",
      "subscriptions.origin.title": "Foomku waxa uu ka yimid mareeg kale",
      "subscriptions.origin.text":
        "Sababo ammaan awgeed, waxaan aqbalnaa oo keliya is-qorista ka timaadda foomka mareeggan. Dib u noqo oo mar kale isku day.",
      "subscriptions.confirm.title": "Xaqiiji inaad rabto inaad raacdo",
      "subscriptions.confirm.text":
        "Waxaad ku dhowdahay inaad raacdo {target} adigoo isticmaalaya cinwaanka {email}.",
      "subscriptions.confirm.why":
        "Riix badhanka si aad u xaqiijiso. (Furista linkiga oo keliya kuma filna xaqiijinta, sababtoo ah barnaamijyada iimaylku mararka qaarkood iskood ayay u furaan linkiyada.)",
      "subscriptions.confirm.submit": "Xaqiiji",
      "subscriptions.confirmed.title": "Waa dhammaatay – hadda waxaad raacaysaa {target}",
      "subscriptions.confirmed.text":
        "Waxaad heli doontaa iimayl marka natiijooyin cusub la ansixiyo ama warbixinta la celiyay la daabaco, ugu badnaan hal mar muddo kasta.",
      "subscriptions.confirmed.unsubscribe": "Jooji raacista",
      "subscriptions.invalid.title": "Linkigu ma shaqeeyo",
      "subscriptions.unsubscribe.title": "Jooji raacista",
      "subscriptions.unsubscribe.text": "Ma rabtaa inaad joojiso helitaanka iimaylada ku saabsan {target}?",
      "subscriptions.unsubscribe.submit": "Jooji raacista",
      "subscriptions.unsubscribed.title": "Iimayl dambe ma heli doontid",
      "subscriptions.unsubscribed.text": "Waxaan tirtirnay cinwaanka iimaylkaaga ee {target}.",
      "subscriptions.unsubscribed.gone":
        "Is-qoristan hadda ma jirto, sidaas darteed wax iimayl ah kama heli doontid.",
      "subscriptions.target.promise": "ballanqaadka “{title}”",
      "subscriptions.target.area": "xaafadda {name} ee {partnership}",
      "subscriptions.privacy.heading": "Waxa aan kaydinno",
      "subscriptions.privacy.text":
        "Waxaan kaydinnaa oo keliya cinwaanka iimaylkaaga, waxaad raacayso, qiime hubin ah oo loogu talagalay linkiyada iimaylada (ma aha linkiyada laftooda), iyo goorta aad is-qortay iyo goorta aad xaqiijisay. Cinwaanka waxaan u isticmaalnaa oo keliya inaan kuugu soo dirno iimayl ku saabsan waxaad raacayso. Haddii aadan xaqiijin 7 maalmood gudahood, cinwaanka waa la tirtirayaa. Waxaad jooji kartaa raacista wakhti kasta adigoo isticmaalaya linkiga ku jira iimayl kasta; markaas cinwaanka isla markiiba waa la tirtirayaa. Macluumaad kale oo adiga kugu saabsan lama kaydiyo, cinwaankana cidna lama siiyo. Muddo hal maalin ah waxaan sidoo kale kaydinnaa kood laga sameeyay cinwaankaaga iyo cinwaanka shabakadda ee kombiyuutarkaaga (ma aha cinwaannada laftooda) si aan u joojinno ku takri-falka.",
    },
    lattlast: {
      "errors.rate_limited": "Du har försökt för många gånger. Vänta en stund. Försök sedan igen.",
      "errors.rate_limited.subscription_client":
        "Du har försökt för många gånger den senaste timmen. Vänta en stund. Försök sedan igen.",
      "errors.rate_limited.subscription_address":
        "Vi har redan skickat 3 mejl till den adressen de senaste 24 timmarna. I mejlen kan du bekräfta att du vill följa. Titta i din e-post. Titta också i skräpposten. Du kan också försöka igen i morgon.",
      "errors.not_found.subscription":
        "Länken fungerar inte längre. Kanske har den redan använts. Kanske är den för gammal. Eller så är den avslutad.",
      "errors.not_found.subscription_target":
        "Det du valde finns inte. Välj ett löfte eller ett område att följa.",
      "subscriptions.form.heading": "Få mejl om löftet",
      "subscriptions.form.intro":
        "Du får ett mejl när det finns nya resultat. Du får också ett mejl när de berättar hur det gick. Du får högst ett mejl under varje period.",
      "subscriptions.form.email": "Din e-postadress",
      "subscriptions.form.submit": "Följ",
      "subscriptions.form.more": "Följ ett område eller ett annat löfte. Läs vad vi sparar om dig.",
      "subscriptions.page.title": "Få mejl: {partnership}",
      "subscriptions.page.intro":
        "Välj vad du vill följa. Skriv din e-postadress. Först får du ett mejl med en länk. Med länken bekräftar du att du vill följa.",
      "subscriptions.page.choose": "Vad vill du följa?",
      "subscriptions.page.promises": "Löften",
      "subscriptions.page.areas": "Områden (alla löften i området)",
      "subscriptions.page.area": "Området {area}",
      "subscriptions.page.nothing": "Det finns inget att följa här än.",
      "subscriptions.error.email": "Skriv en riktig e-postadress. Till exempel namn@example.se.",
      "subscriptions.error.target": "Välj ett löfte eller ett område som du vill följa.",
      "subscriptions.error.summary": "Det gick inte att börja följa",
      "subscriptions.sent.title": "Titta i din e-post",
      "subscriptions.sent.text":
        "Vi har skickat ett mejl till {email}. Men bara om adressen inte redan följer det här. Öppna länken i mejlet. Bekräfta inom 7 dagar att du vill följa. Annars tar vi bort adressen.",
      "subscriptions.refused.title": "Du har försökt för många gånger",
      "subscriptions.origin.title": "Formuläret kom från en annan webbplats",
      "subscriptions.origin.text":
        "Vi vill att det ska vara säkert. Därför kan du bara börja följa med formuläret på den här webbplatsen. Gå tillbaka och försök igen.",
      "subscriptions.confirm.title": "Vill du följa?",
      "subscriptions.confirm.text": "Du vill följa {target}. Mejlen kommer till {email}.",
      "subscriptions.confirm.why":
        "Tryck på knappen för att säga ja. Det räcker inte att öppna länken. Det beror på att e-postprogram ibland öppnar länkar av sig själva.",
      "subscriptions.confirm.submit": "Ja, jag vill följa",
      "subscriptions.confirmed.title": "Klart! Nu följer du {target}",
      "subscriptions.confirmed.text":
        "Du får ett mejl när det finns nya resultat. Du får också ett mejl när de berättar hur det gick. Du får högst ett mejl under varje period.",
      "subscriptions.confirmed.unsubscribe": "Sluta följa",
      "subscriptions.invalid.title": "Länken fungerar inte",
      "subscriptions.unsubscribe.title": "Sluta följa",
      "subscriptions.unsubscribe.text": "Vill du sluta få mejl om {target}?",
      "subscriptions.unsubscribe.submit": "Sluta följa",
      "subscriptions.unsubscribed.title": "Du får inga fler mejl",
      "subscriptions.unsubscribed.text":
        "Du följer inte längre {target}. Vi har tagit bort din e-postadress.",
      "subscriptions.unsubscribed.gone": "Du följer inte det här längre. Därför får du inga mejl om det.",
      "subscriptions.target.promise": "löftet ”{title}”",
      "subscriptions.target.area": "området {name} i {partnership}",
      "subscriptions.privacy.heading": "Det här sparar vi",
      "subscriptions.privacy.text":
        "Vi sparar din e-postadress. Vi sparar vad du följer. Vi sparar när du anmälde dig och när du bekräftade. Vi sparar också en kod för varje länk i mejlen. Med koden kan vi kolla att länken är rätt. Vi sparar inte länkarna. Vi använder din adress bara för att mejla dig om det du följer. Bekräftar du inte inom 7 dagar? Då tar vi bort adressen. Du kan sluta följa när du vill. Det finns en länk för det i varje mejl. Då tar vi bort adressen direkt. Vi sparar inget annat om dig. Vi ger inte din adress till någon. Under ett dygn sparar vi också en kod som vi gör av din e-postadress och av din dators adress på nätet. Vi sparar inte själva adresserna. Koden hjälper oss att stoppa den som försöker använda formuläret på fel sätt.",
    },
  },
);

declare module "../platform/i18n/define.js" {
  interface ModuleMessages extends MessageKeysOf<typeof subscriptionsMessages> {}
}
