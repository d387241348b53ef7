/**
 * Demo data: the reporting periods 2017-T1–T3 and the follow-up of each of the eight commitments
 * in each period. The T3 narratives are the report-back's result texts, verbatim; T1 and T2, the
 * statuses, authors, times and most measurements are invented (see the `demo` notes). Measured
 * values are year-to-date totals.
 */
import { type PeriodRef, periodBounds, periodCode, periodDeadline } from "../periods/calendar.js";
import { addDays } from "../periods/iso-date.js";
import { type FollowUpData, type PeriodData, sv } from "./dataset.js";
import { COMMITMENT, PERIOD, PERSON, TARGET } from "./skaggetorp-2017-ids.js";

/** Days after a tertial's end by which follow-ups are due (invented: the document gives none). */
export const DEMO_DEADLINE_OFFSET_DAYS = 14;

type Tertial = 1 | 2 | 3;
const tertial = (index: Tertial): PeriodRef => ({ scheme: "tertial", year: 2017, index });

export const PERIODS: PeriodData[] = ([1, 2, 3] as const).map((index) => {
  const ref = tertial(index);
  return {
    id: PERIOD[index],
    scheme: ref.scheme,
    year: ref.year,
    index: ref.index,
    code: periodCode(ref),
    ...periodBounds(ref),
    deadline: periodDeadline(ref, DEMO_DEADLINE_OFFSET_DAYS),
    demo: { deadline: "Följer av den antagna tidsfristen på 14 dagar (demodata)." },
  };
});

/** The round of a period: submitted five days and approved two days before its deadline. */
const round = (index: Tertial) => {
  const deadline = periodDeadline(tertial(index), DEMO_DEADLINE_OFFSET_DAYS);
  return {
    periodId: PERIOD[index],
    state: "approved",
    submittedAt: new Date(`${addDays(deadline, -5)}T08:00:00Z`),
    approvedAt: new Date(`${addDays(deadline, -2)}T13:00:00Z`),
    approvedById: PERSON.districtCoordinator,
  } as const;
};

/** Notes for a follow-up whose narrative is the document's result text. */
const RESULT_NOTES = {
  status: "Antagen status (demodata); dokumentet anger ingen status per punkt.",
  state: "Antaget handläggningsläge (demodata).",
  submittedAt: "Påhittad tidpunkt (demodata).",
  approvedAt: "Påhittad tidpunkt (demodata).",
  authorId: "Påhittad rapportör (demodata).",
  approvedById: "Påhittad granskare (demodata).",
} as const;
/** Notes for a T1 or T2 follow-up: everything in it is invented. */
const INVENTED = {
  ...RESULT_NOTES,
  narrative: "Påhittad lägesbeskrivning (demodata); dokumentet redovisar bara resultatet för hela året.",
} as const;
const INVENTED_VALUE = { value: "Påhittat mätvärde (demodata)." } as const;

export const FOLLOW_UPS: FollowUpData[] = [
  // 1. Samverkan med civilsamhället och övriga aktörer.
  {
    id: "02cb4307-7673-43ed-abe8-04b733cb556f",
    commitmentId: COMMITMENT[1],
    ...round(1),
    authorId: PERSON.districtCoordinator,
    status: "in_progress",
    narrative: sv(
      "Kommunen och polisen har startat veckovisa operativa samverkansmöten. Arbetet med att starta ett lokalt trygghetsråd i Skäggetorp har börjat.",
    ),
    measurements: [],
    demo: INVENTED,
  },
  {
    id: "5bde2172-d6a1-4589-bd6e-f9bdfe02c615",
    commitmentId: COMMITMENT[1],
    ...round(2),
    authorId: PERSON.districtCoordinator,
    status: "in_progress",
    narrative: sv(
      "Det lokala trygghetsrådet i Skäggetorp har startat, och den lokala samordnaren håller kontakt med rådet. Polisen planerar att återkoppla till invånarna i en medborgardialog under hösten.",
    ),
    measurements: [],
    demo: INVENTED,
  },
  {
    id: "4fb4f5de-8197-4012-b62f-0cce88d4594a",
    commitmentId: COMMITMENT[1],
    ...round(3),
    authorId: PERSON.districtCoordinator,
    status: "done",
    narrative: sv(
      "Lokal samordnare håller kontakt via det nystartade lokala trygghetsrådet. Återkoppling i form av polisens medborgardialog genomförd. Veckovisa operativa samverkansmöten genomförs och rapportering sker via tjänsteman i beredskap.",
    ),
    measurements: [],
    demo: RESULT_NOTES,
  },
  // 2. Trygghetsvandringar.
  {
    id: "c59be84d-2f3b-484e-889c-94420ab7c101",
    commitmentId: COMMITMENT[2],
    ...round(1),
    authorId: PERSON.districtCoordinator,
    status: "not_started",
    narrative: sv(
      "Ingen trygghetsvandring är genomförd än. Vi planerar en vandring under hösten, när det är mörkt på kvällarna.",
    ),
    measurements: [
      {
        id: "aeb74273-e97f-40ac-8993-078145a31e98",
        targetId: TARGET.safetyWalks,
        value: 0,
        demo: INVENTED_VALUE,
      },
    ],
    demo: INVENTED,
  },
  {
    id: "8470342a-70bb-4890-9636-76ae84c23f69",
    commitmentId: COMMITMENT[2],
    ...round(2),
    authorId: PERSON.districtCoordinator,
    status: "in_progress",
    narrative: sv(
      "Vi har bjudit in ungdomar, fastighetsägare och det lokala trygghetsrådet till en trygghetsvandring i oktober.",
    ),
    measurements: [
      {
        id: "3bd8dd27-ff50-4732-b088-d0f98a94f662",
        targetId: TARGET.safetyWalks,
        value: 0,
        demo: INVENTED_VALUE,
      },
    ],
    demo: INVENTED,
  },
  {
    id: "a9bd2e46-5d33-41d8-85d9-502496e4d5a2",
    commitmentId: COMMITMENT[2],
    ...round(3),
    authorId: PERSON.districtCoordinator,
    status: "done",
    narrative: sv(
      "En trygghetsvandring genomförd. Det nystartade lokala trygghetsrådet i Skäggetorp arbetar med att ordna trygghetsvandringar under 2018 i samverkan med fastighetsägare med flera aktörer.",
    ),
    // "En trygghetsvandring genomförd."
    measurements: [{ id: "656d32cb-700b-44b2-a131-cee76585837a", targetId: TARGET.safetyWalks, value: 1 }],
    demo: RESULT_NOTES,
  },
  // 3. Den fysiska trafikmiljön.
  {
    id: "f0d59c15-bcf5-44fd-ab98-93284faa3179",
    commitmentId: COMMITMENT[3],
    ...round(1),
    authorId: PERSON.communityOfficer,
    status: "not_started",
    narrative: sv("Arbetet har inte börjat. Kommunpolisen samlar en arbetsgrupp under våren."),
    measurements: [],
    demo: INVENTED,
  },
  {
    id: "e6272a82-2869-47a0-b9f5-f33a7c2ce22f",
    commitmentId: COMMITMENT[3],
    ...round(2),
    authorId: PERSON.communityOfficer,
    status: "in_progress",
    narrative: sv(
      "En arbetsgrupp med kommunpolisen som samordnare har börjat gå igenom platser där bilar och mopeder kör där de inte får köra.",
    ),
    measurements: [],
    demo: INVENTED,
  },
  {
    id: "d895a3cf-fdf3-4d3b-a4f1-49766db2f8eb",
    commitmentId: COMMITMENT[3],
    ...round(3),
    authorId: PERSON.communityOfficer,
    status: "partly_done",
    narrative: sv(
      "En arbetsgrupp med kommunpolisen som samordnare har gått igenom och identifierat möjliga fysiska åtgärder som inte hindrar polisens, räddningstjänstens eller ambulansers möjlighet till tillgänglighet.",
    ),
    measurements: [],
    demo: RESULT_NOTES,
  },
  // 4. Ungdomar och föräldrar.
  {
    id: "ca41d61f-28ab-4f92-b523-5f12465e2f89",
    commitmentId: COMMITMENT[4],
    ...round(1),
    authorId: PERSON.educationReporter,
    status: "in_progress",
    narrative: sv(
      "Fältverksamheten, skolorna och fritidsgården träffas varje månad för att nå ungdomar i riskzonen. Polisen patrullerar ofta i Skäggetorp centrum.",
    ),
    measurements: [],
    demo: INVENTED,
  },
  {
    id: "1d04ffb8-5535-4430-8aab-21d357957928",
    commitmentId: COMMITMENT[4],
    ...round(2),
    authorId: PERSON.educationReporter,
    status: "in_progress",
    narrative: sv(
      "Ung Puls, Vårt Nygård och Brottsförebyggande brobyggare är nu med i samarbetet. En projektledare på utbildningskontoret har börjat arbeta för att förebygga våldsbejakande extremism.",
    ),
    measurements: [],
    demo: INVENTED,
  },
  {
    id: "8cb266ea-563c-486e-accb-a7594a85dd33",
    commitmentId: COMMITMENT[4],
    ...round(3),
    authorId: PERSON.educationReporter,
    status: "done",
    narrative: sv(
      "Ett förbättrat samarbete mellan fältverksamhet, skolor och fritidsgård, Ung Puls, Vårt Nygård, Brottsförebyggande brobyggare och polis med flera i Skäggetorp för att nå ungdomar i riskzonen. Projektledare med placering på utbildningskontoret arbetar för att värna demokrati och förebygga våldsbejakande extremism. Rektor på Skäggetorpsskolan, stadsdelssamordnare deltar i LOP-gruppen och det lokala trygghetsrådet. Polisen genomför frekvent patrullering på så kallade Hot spots, i Skäggetorp centrum, aktivitetsparken och vissa andra adresser. Polisen har högre närvaro i Skäggetorp än in någon annan stadsdel.",
    ),
    measurements: [],
    demo: RESULT_NOTES,
  },
  // 5. Föreningar och organiserade aktiviteter.
  {
    id: "753cb05c-a1b1-4372-bafe-bdd5c030d1c0",
    commitmentId: COMMITMENT[5],
    ...round(1),
    authorId: PERSON.cultureReporter,
    status: "in_progress",
    narrative: sv(
      "Föreningar i Skäggetorp har fått föreningsbidrag. Fritidsgården håller öppet fem dagar i veckan.",
    ),
    measurements: [
      {
        id: "4848d534-5805-4179-ab3c-7d40f41a587b",
        targetId: TARGET.openingDays,
        value: 5,
        demo: INVENTED_VALUE,
      },
    ],
    demo: INVENTED,
  },
  {
    id: "1eba25f3-fd13-4064-bcac-67d777f63473",
    commitmentId: COMMITMENT[5],
    ...round(2),
    authorId: PERSON.cultureReporter,
    status: "in_progress",
    narrative: sv(
      "Under sommarlovet hade fritidsgården aktiviteter på dagtid och öppet på kvällarna. Östergötlands idrottsförbund har sökt projektpengar för att stödja idrottsföreningar i området.",
    ),
    measurements: [
      {
        id: "f96a6242-bf12-4029-a543-de66e6517a05",
        targetId: TARGET.openingDays,
        value: 5,
        demo: INVENTED_VALUE,
      },
    ],
    demo: INVENTED,
  },
  {
    id: "f059d54a-fac0-4bb5-911d-bbf8791086f8",
    commitmentId: COMMITMENT[5],
    ...round(3),
    authorId: PERSON.cultureReporter,
    status: "done",
    narrative: sv(
      "Föreningsbidrag från Omsorgskontoret och Kultur och fritid. Fritidsuppdraget 13-16 genomför aktiviteter med målgruppen. Fritidsgården håller öppet 5 dagar i veckan. På lov är det aktiviteter dagtid och öppet kvällstid. Ung puls erbjuder en rad aktivitetsbaserade verksamheter. Östergötlands idrottsförbund har fått projektpengar för att stödja idrottsföreningar i området. Ny idrottsutvecklingschef tillsatt på Kultur och fritid.",
    ),
    // "Fritidsgården håller öppet 5 dagar i veckan."
    measurements: [{ id: "8754ea11-d152-45d1-9f6b-2a8e9ec8404e", targetId: TARGET.openingDays, value: 5 }],
    demo: RESULT_NOTES,
  },
  // 6. Positiva aktiviteter och aktivitetsdeltagare.
  {
    id: "54d06882-4db1-4815-a76c-e9039fb8cf51",
    commitmentId: COMMITMENT[6],
    ...round(1),
    authorId: PERSON.planningReporter,
    status: "not_started",
    narrative: sv("Arbetet börjar i maj med en kartläggning av vilka aktörer som finns i området."),
    measurements: [],
    demo: INVENTED,
  },
  {
    id: "bde8a750-4537-4c27-9d0c-03fcd23bc65c",
    commitmentId: COMMITMENT[6],
    ...round(2),
    authorId: PERSON.planningReporter,
    status: "in_progress",
    narrative: sv(
      "Kartläggningen av områdets aktörer pågår. Miljö- och samhällsbyggnad har börjat arbeta med Lonaprojektet vid ekdungen.",
    ),
    measurements: [],
    demo: INVENTED,
  },
  {
    id: "e0601f2f-af7e-4a1c-834e-b1e127c0217d",
    commitmentId: COMMITMENT[6],
    ...round(3),
    authorId: PERSON.planningReporter,
    status: "done",
    narrative: sv(
      "En kartläggning av områdets aktörer har genomförts. Miljö- och samhällsbyggnad har genomfört Lonaprojektet, med en informationsslinga om eklandskapet i ekdungen vid Skäggetorpsgatan-Nygårdsvägen. Utveckling av odlingsverksamhet som social mötesplats i Skäggetorp är ett projekt som fått statliga medel för att genomföras.",
    ),
    measurements: [],
    demo: RESULT_NOTES,
  },
  // 7. Nolltolerans mot narkotika.
  {
    id: "19985739-0f6c-4875-9be4-045afdfac473",
    commitmentId: COMMITMENT[7],
    ...round(1),
    authorId: PERSON.communityOfficer,
    status: "in_progress",
    narrative: sv("Polisen har genomfört insatser för att upptäcka narkotika bland unga i Skäggetorp."),
    measurements: [],
    demo: INVENTED,
  },
  {
    id: "1aee4ec6-212f-465d-bdcc-160abe97ee91",
    commitmentId: COMMITMENT[7],
    ...round(2),
    authorId: PERSON.communityOfficer,
    status: "in_progress",
    narrative: sv(
      "Polisen fortsätter med regelbundna insatser. Fler narkotikabrott har rapporterats än under samma period förra året.",
    ),
    measurements: [],
    demo: INVENTED,
  },
  {
    id: "dfd62a4b-fa23-46f3-918e-ae5ea1a0d77e",
    commitmentId: COMMITMENT[7],
    ...round(3),
    authorId: PERSON.communityOfficer,
    status: "partly_done",
    narrative: sv(
      "Polisen har genomfört ett antal insatser och mer än dubbelt så många narkotikabrott har rapporterats jämfört med året innan. Flera personer med koppling till organiserad brottslighet har lagförts. Denna punkt kommer att tas med till kommande medborgarlöfte.",
    ),
    measurements: [],
    demo: RESULT_NOTES,
  },
  // 8. Synlighet och trafikkontroller.
  {
    id: "74010396-e001-4606-a9e4-dd9dd8058e81",
    commitmentId: COMMITMENT[8],
    ...round(1),
    authorId: PERSON.communityOfficer,
    status: "in_progress",
    narrative: sv("Polisen har gjort 4 trafikkontroller i Skäggetorp hittills i år."),
    measurements: [
      {
        id: "32a58c6b-ea4b-42c3-bb97-18a792875868",
        targetId: TARGET.trafficControls,
        value: 4,
        demo: INVENTED_VALUE,
      },
    ],
    demo: INVENTED,
  },
  {
    id: "34ec9d85-acb5-4140-87f7-57c1d9f6f977",
    commitmentId: COMMITMENT[8],
    ...round(2),
    authorId: PERSON.communityOfficer,
    status: "in_progress",
    narrative: sv("Polisen har gjort 5 trafikkontroller under tertialet, 9 hittills i år."),
    measurements: [
      {
        id: "4b791233-7d02-422a-b26b-2bc6146d956e",
        targetId: TARGET.trafficControls,
        value: 9,
        demo: INVENTED_VALUE,
      },
    ],
    demo: INVENTED,
  },
  {
    id: "2906bd2a-d7c5-4311-8395-0c8c7686403e",
    commitmentId: COMMITMENT[8],
    ...round(3),
    authorId: PERSON.communityOfficer,
    status: "partly_done",
    narrative: sv(
      "Polisen har ökat antalet trafikkontroller under 2017. Denna punkt tas med till kommande medborgarlöfte.",
    ),
    measurements: [
      {
        id: "9f740cd3-b662-450d-aa8a-5d08a52be748",
        targetId: TARGET.trafficControls,
        value: 15,
        demo: INVENTED_VALUE,
      },
    ],
    demo: RESULT_NOTES,
  },
];
