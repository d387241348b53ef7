/**
 * Demo data: Linköping's citizen promise 2017 for Skäggetorp, as recorded in the report-back
 * (shared/domain/seed-aterrapportering-medborgarlofte-2017.txt; a copy is in test/fixtures/). Texts from the document are
 * kept verbatim (only line breaks joined); every value the document does not give is listed in
 * the object's `demo` notes and becomes a demo marker. The points: ./skaggetorp-2017-commitments.ts;
 * follow-ups: ./skaggetorp-2017-followups.ts; the report-back: ./skaggetorp-2017-report.ts.
 */
import { type DemoDataset, sv } from "./dataset.js";
import { COMMITMENTS } from "./skaggetorp-2017-commitments.js";
import { DEMO_DEADLINE_OFFSET_DAYS, FOLLOW_UPS, PERIODS } from "./skaggetorp-2017-followups.js";
import {
  AGREEMENT,
  AREA,
  DEMO_PARTNERSHIP_ID,
  DEMO_PROMISE_REF,
  GOAL,
  GOAL_SET,
  PARTY,
  PERSON,
  PROMISE,
  UNIT,
} from "./skaggetorp-2017-ids.js";
import { REPORT_BACKS } from "./skaggetorp-2017-report.js";

const INVENTED_PERSON = {
  name: "Påhittat namn (demodata)",
  email: "Påhittad e-postadress (demodata)",
  title: "Antagen befattning (demodata)",
  unitId: "Antagen placering (demodata)",
} as const;

const FOCUS_PROBLEM_NOTE =
  "Påhittat fokusproblem; dokumentet räknar inte upp överenskommelsens fokusområden.";

/** The whole demo, ready for `flattenDataset`. */
export const SKAGGETORP_2017: DemoDataset = {
  partnership: {
    id: DEMO_PARTNERSHIP_ID,
    slug: "linkoping",
    name: "Linköpings kommun och LPO Linköping",
    municipalityName: "Linköpings kommun",
    periodScheme: "tertial",
    deadlineOffsetDays: DEMO_DEADLINE_OFFSET_DAYS,
    demo: { deadlineOffsetDays: "Antagen tidsfrist för uppföljningen; dokumentet anger ingen." },
  },
  parties: [
    { id: PARTY.municipality, kind: "municipality", name: "Linköpings kommun", shortName: "Kommunen" },
    { id: PARTY.police, kind: "police", name: "Polismyndigheten LPO Linköping", shortName: "Polisen" },
    { id: PARTY.sportsFederation, kind: "other", name: "Östergötlands idrottsförbund" },
    { id: PARTY.safetyCouncil, kind: "other", name: "Det lokala trygghetsrådet i Skäggetorp" },
    { id: PARTY.vartNygard, kind: "other", name: "Vårt Nygård" },
    { id: PARTY.propertyOwners, kind: "other", name: "Fastighetsägare i Skäggetorp" },
  ],
  units: [
    { id: UNIT.executiveOffice, partyId: PARTY.municipality, name: "Kommunledningsförvaltningen" },
    {
      id: UNIT.securityUnit,
      partyId: PARTY.municipality,
      parentId: UNIT.executiveOffice,
      name: "Säkerhetsenheten",
    },
    { id: UNIT.cultureAndLeisure, partyId: PARTY.municipality, name: "Kultur och fritid" },
    { id: UNIT.careOffice, partyId: PARTY.municipality, name: "Omsorgskontoret" },
    { id: UNIT.educationOffice, partyId: PARTY.municipality, name: "Utbildningskontoret" },
    { id: UNIT.environmentAndPlanning, partyId: PARTY.municipality, name: "Miljö- och samhällsbyggnad" },
    { id: UNIT.fieldWork, partyId: PARTY.municipality, name: "Fältverksamheten" },
    { id: UNIT.skaggetorpSchool, partyId: PARTY.municipality, name: "Skäggetorpsskolan" },
    { id: UNIT.youthCentre, partyId: PARTY.municipality, name: "Fritidsgården i Skäggetorp" },
    { id: UNIT.ungPuls, partyId: PARTY.municipality, name: "Ung Puls" },
    { id: UNIT.bridgeBuilders, partyId: PARTY.municipality, name: "Brottsförebyggande brobyggare" },
    { id: UNIT.communityPolice, partyId: PARTY.police, name: "Kommunpolisen" },
  ],
  people: [
    // The signatories of the report-back; the document gives no titles.
    {
      id: PERSON.hakansson,
      partyId: PARTY.municipality,
      unitId: UNIT.executiveOffice,
      name: "Paul Håkansson",
      title: null,
    },
    {
      id: PERSON.borin,
      partyId: PARTY.municipality,
      unitId: UNIT.executiveOffice,
      name: "Mikael Borin",
      title: null,
    },
    // Invented reporters, so that the follow-ups have authors.
    {
      id: PERSON.districtCoordinator,
      partyId: PARTY.municipality,
      unitId: UNIT.executiveOffice,
      name: "Lena Exempelsson",
      title: "Stadsdelssamordnare Skäggetorp",
      email: "lena.exempelsson@example.se",
      demo: INVENTED_PERSON,
    },
    {
      id: PERSON.communityOfficer,
      partyId: PARTY.police,
      unitId: UNIT.communityPolice,
      name: "Omar Demosson",
      title: "Kommunpolis",
      email: "omar.demosson@example.se",
      demo: INVENTED_PERSON,
    },
    {
      id: PERSON.cultureReporter,
      partyId: PARTY.municipality,
      unitId: UNIT.cultureAndLeisure,
      name: "Sofia Testberg",
      title: "Fritidskonsulent",
      email: "sofia.testberg@example.se",
      demo: INVENTED_PERSON,
    },
    {
      id: PERSON.educationReporter,
      partyId: PARTY.municipality,
      unitId: UNIT.educationOffice,
      name: "Mattias Provlund",
      title: "Utvecklingsledare",
      email: "mattias.provlund@example.se",
      demo: INVENTED_PERSON,
    },
    {
      id: PERSON.planningReporter,
      partyId: PARTY.municipality,
      unitId: UNIT.environmentAndPlanning,
      name: "Hanna Påhittsdotter",
      title: "Projektledare",
      email: "hanna.pahittsdotter@example.se",
      demo: INVENTED_PERSON,
    },
  ],
  areas: [
    { id: AREA.linkoping, kind: "municipality", name: "Linköping", geojson: null },
    { id: AREA.skaggetorp, parentId: AREA.linkoping, kind: "district", name: "Skäggetorp", geojson: null },
  ],
  areaClassifications: [
    {
      id: "52184f49-f303-4d7e-bad5-8f32a8e58bae",
      areaId: AREA.skaggetorp,
      classification: "especially_vulnerable",
      validFrom: "2015-12-01",
      validTo: null,
      source: "Polismyndigheten, nationell bedömning av utsatta områden",
      demo: {
        validFrom: "Antaget datum; dokumentet säger att bedömningen gjordes inför 2017.",
        source: "Antagen källhänvisning; dokumentet nämner Polismyndighetens bedömning på nationell nivå.",
      },
    },
  ],
  councilGoalSets: [
    {
      id: GOAL_SET,
      body: "kommunfullmäktige",
      name: sv("Kommunfullmäktiges övergripande mål 2015–2018"),
      fromYear: 2015,
      toYear: 2018,
      goals: [
        {
          id: GOAL.three,
          number: 3,
          text: sv("En kommun med höga kunskapsambitioner och trygga uppväxtvillkor"),
        },
        { id: GOAL.seven, number: 7, text: sv("En sammanhållen kommun med framtidstro och delaktighet") },
      ],
    },
  ],
  agreements: [
    {
      id: AGREEMENT,
      title: sv("Övergripande samverkansöverenskommelse för trygghetsskapande och brottsförebyggande arbete"),
      signedOn: "2015-11-24",
      validFrom: "2015-11-24",
      validTo: "2018-12-31",
      parties: [PARTY.municipality, PARTY.police],
      focusProblems: [
        {
          id: "f39a7500-7f69-491e-9671-a45a0eec7167",
          text: sv("Otrygghet i offentliga miljöer"),
          demo: { text: FOCUS_PROBLEM_NOTE },
        },
        {
          id: "3bf0cfa1-5e67-4969-a95a-b581ee50c8ab",
          text: sv("Ungdomar som riskerar att hamna i kriminalitet"),
          demo: { text: FOCUS_PROBLEM_NOTE },
        },
        {
          id: "707038b5-0e5d-477a-ac63-572784e78055",
          text: sv("Narkotika"),
          demo: { text: FOCUS_PROBLEM_NOTE },
        },
      ],
      demo: { validTo: "Antaget slutdatum; dokumentet anger inget." },
    },
  ],
  promises: [
    {
      id: PROMISE,
      agreementId: AGREEMENT,
      ref: DEMO_PROMISE_REF,
      title: sv("Medborgarlöfte 2017 för Skäggetorp"),
      fromYear: 2017,
      toYear: 2017,
      status: "following_up",
      signedOn: "2016-12-13",
      howMade: sv(
        "Metoden bygger främst på momenten medarbetardialog, medborgardialog (utifrån polisens definition av ordet) och kommunikation av medborgarlöften.",
      ),
      background: sv(
        "Skäggetorp är den stadsdel i Linköping där polisen har störst närvaro. Kommunen och polisen har tagit fram löftet utifrån vad medarbetare och invånare har berättat om tryggheten i stadsdelen.",
      ),
      areas: [AREA.skaggetorp],
      parties: [PARTY.municipality, PARTY.police],
      commitments: COMMITMENTS,
      demo: {
        title: "Påhittad titel; dokumentet namnger inte själva löftet.",
        status: "Antagen status: löftet följs upp under året.",
        signedOn: "Antaget datum; dokumentet säger att beslutet fattades före årsskiftet.",
        background: "Påhittad bakgrundstext (demodata).",
      },
    },
  ],
  periods: PERIODS,
  followUps: FOLLOW_UPS,
  reportBacks: REPORT_BACKS,
};
