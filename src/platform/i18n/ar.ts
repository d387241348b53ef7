import type { sv } from "./sv.js";

/**
 * Arabic interface texts for the public pages (right to left). Keys left out (workspace texts,
 * refusals) fall back to Swedish; `i18n/public-locales.test.ts` checks the public keys are here.
 */
export const ar: Partial<Record<keyof typeof sv, string>> = {
  "app.name": "وعد المواطنين",
  "app.tagline": "وعود البلدية والشرطة لسكان المنطقة – وما تم إنجازه.",
  "nav.main": "القائمة الرئيسية",
  "nav.home": "كل وعود المواطنين",
  "nav.skip": "انتقل إلى المحتوى",
  "nav.language": "اللغة",
  "lang.onlySwedish": "هذا النص متوفر باللغة السويدية فقط.",
  "footer.about":
    "وعد المواطنين جزء من التعاون بين البلدية والشرطة. تتم المتابعة كل أربعة أشهر.",
  "footer.progressRule": "كيف نحسب مدى تقدم العمل",

  "home.title": "وعود المواطنين",
  "home.intro":
    "وعد المواطنين هو وعد من البلدية والشرطة لسكان منطقة ما. هنا ترى ما تم الوعد به وما تم إنجازه.",
  "home.empty": "لا توجد وعود منشورة بعد.",
  "home.promisesOf": "وعود المواطنين في {partnership}",
  "home.years": "السنة",
  "home.areas": "المنطقة",
  "home.status": "الحالة",
  "home.progress": "تم إنجازه",

  "promise.period": "المدة",
  "promise.areas": "المنطقة",
  "promise.parties": "الأطراف",
  "promise.status": "الحالة",
  "promise.signedOn": "تاريخ التوقيع",
  "promise.agreement": "جزء من",
  "promise.howMade": "كيف تم إعداد الوعد",
  "promise.background": "الخلفية",
  "promise.points": "نقاط الوعد",
  "promise.pointsCount": "يتكون الوعد من {count} نقاط.",
  "promise.progressTitle": "إلى أين وصل العمل؟",
  "promise.progressSummary": "تم إنجاز {percent} بالمئة حسب متابعة {period}.",
  "promise.progressNone": "لا توجد متابعة معتمدة بعد.",
  "promise.progressBasis": "يتم احتساب {counted} من أصل {total} نقاط.",
  "promise.progressByParty": "حسب الطرف",
  "promise.latestPeriod": "آخر متابعة: {period}",
  "promise.point": "النقطة {number}",
  "promise.result": "النتيجة {period}",
  "promise.noFollowUp": "لا توجد متابعة معتمدة بعد.",
  "promise.targets": "الأهداف",
  "promise.targetLine": "{description}: {direction} {target} {unit}. النتيجة: {measured}.",
  "promise.targetNoValue": "لا توجد قيمة",
  "promise.measureLine": "{description} ({unit})، بدون هدف. النتيجة: {measured}.",
  "promise.targetMet": "تم تحقيق الهدف.",
  "promise.targetNotMet": "لم يتم تحقيق الهدف.",
  "promise.responsibleUnits": "المسؤولون",
  "promise.contributors": "بالتعاون مع",
  "promise.carriedOver": "تنتقل هذه النقطة إلى وعد المواطنين القادم.",
  "promise.carriedFrom": "هذه النقطة من وعد سابق: {ref}، النقطة {number}.",
  "promise.carriedTo": "انتقلت هذه النقطة إلى {ref}، النقطة {number}.",
  "promise.progressOf": "نسبة الإنجاز للنقطة {number}",
  "promise.demoNotice": "بيانات للعرض: المعلومات غير الموجودة في الوثيقة الأصلية مختلقة لغرض العرض.",

  "group.joint": "البلدية والشرطة",
  "group.municipality": "البلدية",
  "group.police": "الشرطة",
  "group.other": "أطراف أخرى",

  "direction.at_least": "على الأقل",
  "direction.at_most": "على الأكثر",
  "direction.exactly": "بالضبط",

  "partyKind.municipality": "بلدية",
  "partyKind.police": "شرطة",
  "partyKind.other": "طرف آخر",

  "classification.vulnerable": "منطقة ضعيفة",
  "classification.risk": "منطقة معرضة للخطر",
  "classification.especially_vulnerable": "منطقة ضعيفة بشكل خاص",

  "followUpStatus.not_started": "لم يبدأ",
  "followUpStatus.in_progress": "جارٍ",
  "followUpStatus.done": "تم",
  "followUpStatus.partly_done": "تم جزئياً",
  "followUpStatus.not_done": "لم يتم",
  "followUpStatus.not_applicable": "لم يعد مطلوباً",

  "promiseStatus.draft": "مسودة",
  "promiseStatus.in_consultation": "قيد التشاور",
  "promiseStatus.signed": "موقّع",
  "promiseStatus.published": "منشور",
  "promiseStatus.following_up": "قيد المتابعة",
  "promiseStatus.reported_back": "تم تقديم التقرير",
  "promiseStatus.closed": "منتهٍ",

  "progressRule.title": "كيف نحسب مدى تقدم العمل",
  "progressRule.step1":
    "تحصل كل نقطة على قيمة حالتها في آخر متابعة معتمدة: تم 100 بالمئة، جارٍ 50، تم جزئياً 50، لم يبدأ 0، لم يتم 0.",
  "progressRule.step2":
    "النقاط التي ليس لها متابعة معتمدة بعد، والنقاط التي لم تعد مطلوبة، لا تُحتسب. فهي لا تخفض المعدل.",
  "progressRule.step3":
    "قيمة الوعد هي معدل قيم النقاط، مقرباً إلى أقرب عدد صحيح. النقطة التي لها وزن تُحتسب بعدد مرات وزنها.",
  "progressRule.step4":
    "لكل طرف نحسب بالطريقة نفسها مع النقاط التي يتحمل مسؤوليتها. النقطة المشتركة تُحتسب كاملة للطرفين.",

  "errors.bad_request": "لم نتمكن من فهم الطلب.",
  "errors.invalid_query": "للمعامل {param} قيمة غير صحيحة: {value}.",
  "errors.unauthorized": "يجب عليك تسجيل الدخول.",
  "errors.forbidden": "لا يُسمح لك بهذا.",
  "errors.not_found": "لم نجد ما تبحث عنه.",
  "errors.not_found.promise": "لا يوجد وعد مواطنين بالرقم أو العنوان {value}.",
  "errors.not_found.partnership": "لا توجد شراكة بالرقم {value}.",
  "errors.not_found.period": "لا توجد فترة متابعة {value} لهذا الوعد.",
  "errors.not_found.route": "الصفحة {value} غير موجودة.",
  "errors.payload_too_large": "ما أرسلته كبير جداً.",
  "errors.internal": "حدث خطأ من جهتنا. يرجى المحاولة مرة أخرى بعد قليل.",
  "errors.title": "تعذر عرض الصفحة",
  "errors.backHome": "انتقل إلى كل وعود المواطنين",
  "errors.code": "رمز الخطأ: {code}",
  "errors.requestId": "اذكر {id} إذا تواصلت معنا بخصوص هذا الخطأ.",
};
