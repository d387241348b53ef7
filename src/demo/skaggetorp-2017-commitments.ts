/**
 * Demo data: the eight points (commitments) of the Skäggetorp 2017 promise. Texts, responsible
 * kinds, units and other actors, and the carry-over of points 7 and 8 come from the report-back;
 * the links to council goals and the measurable targets are invented (see the `demo` notes).
 */
import { type CommitmentData, sv } from "./dataset.js";
import { COMMITMENT, GOAL, PARTY, TARGET, UNIT } from "./skaggetorp-2017-ids.js";

const GOAL_LINK_NOTE =
  "Antagen koppling: dokumentet anger kommunfullmäktiges mål för insatserna tillsammans, inte per punkt.";
const TARGET_NOTES = {
  description: "Påhittat mätbart mål (demodata)",
  unit: "Påhittat mätbart mål (demodata)",
  targetValue: "Påhittat målvärde (demodata)",
  direction: "Påhittat mätbart mål (demodata)",
} as const;

/** Defaults, overridden where the document says otherwise. */
const base: Pick<CommitmentData, "carryOver" | "carryOverReason" | "contributorParties" | "targets"> = {
  carryOver: null,
  carryOverReason: null,
  contributorParties: [],
  targets: [],
};
const joint = [PARTY.municipality, PARTY.police];

/** The eight points in the document's order, numbered as there. */
export const COMMITMENTS: CommitmentData[] = [
  {
    ...base,
    id: COMMITMENT[1],
    number: 1,
    externalId: "skaggetorp-2017-1",
    text: sv("Kommunen och polisen ska utveckla samverkan med civilsamhället och övriga aktörer."),
    responsibleKind: "joint",
    responsibleParties: joint,
    contributorParties: [PARTY.safetyCouncil],
    units: [],
    goals: [GOAL.seven],
    demo: { goals: GOAL_LINK_NOTE },
  },
  {
    ...base,
    id: COMMITMENT[2],
    number: 2,
    externalId: "skaggetorp-2017-2",
    text: sv(
      "Kommunen och polisen ska utveckla arbetet med trygghetsvandringar, bland annat ur ett ungdomsperspektiv.",
    ),
    responsibleKind: "joint",
    responsibleParties: joint,
    contributorParties: [PARTY.safetyCouncil, PARTY.propertyOwners],
    units: [],
    goals: [GOAL.seven],
    targets: [
      {
        id: TARGET.safetyWalks,
        description: sv("Genomförda trygghetsvandringar"),
        unit: "st",
        targetValue: 1,
        direction: "at_least",
        demo: TARGET_NOTES,
      },
    ],
    demo: { goals: GOAL_LINK_NOTE },
  },
  {
    ...base,
    id: COMMITMENT[3],
    number: 3,
    externalId: "skaggetorp-2017-3",
    text: sv(
      "Kommunen och polisen ska se över den fysiska trafikmiljön för att få bort eller försvåra för otillåten fordonstrafik.",
    ),
    responsibleKind: "joint",
    responsibleParties: joint,
    units: [UNIT.communityPolice],
    goals: [GOAL.seven],
    demo: { goals: GOAL_LINK_NOTE },
  },
  {
    ...base,
    id: COMMITMENT[4],
    number: 4,
    externalId: "skaggetorp-2017-4",
    text: sv(
      "Kommunens verksamheter riktade till ungdomar och föräldrar ska tillsammans med hög polisnärvaro förebygga att ungdomar riskerar att hamna i utanförskap och kriminalitet.",
    ),
    responsibleKind: "municipality",
    responsibleParties: [PARTY.municipality],
    contributorParties: [PARTY.police, PARTY.vartNygard, PARTY.safetyCouncil],
    units: [
      UNIT.educationOffice,
      UNIT.fieldWork,
      UNIT.skaggetorpSchool,
      UNIT.youthCentre,
      UNIT.ungPuls,
      UNIT.bridgeBuilders,
    ],
    goals: [GOAL.three],
    demo: { goals: GOAL_LINK_NOTE },
  },
  {
    ...base,
    id: COMMITMENT[5],
    number: 5,
    externalId: "skaggetorp-2017-5",
    text: sv(
      "Kommunen ska stödja föreningar i att erbjuda alla ungdomar organiserade aktiviteter i fritids- och föreningsverksamhet.",
    ),
    responsibleKind: "municipality",
    responsibleParties: [PARTY.municipality],
    contributorParties: [PARTY.sportsFederation],
    units: [UNIT.careOffice, UNIT.cultureAndLeisure, UNIT.youthCentre],
    goals: [GOAL.three],
    targets: [
      {
        id: TARGET.openingDays,
        description: sv("Dagar i veckan som fritidsgården håller öppet"),
        unit: "dagar",
        targetValue: 5,
        direction: "at_least",
        demo: TARGET_NOTES,
      },
    ],
    demo: { goals: GOAL_LINK_NOTE },
  },
  {
    ...base,
    id: COMMITMENT[6],
    number: 6,
    externalId: "skaggetorp-2017-6",
    text: sv(
      "Kommunen ska stödja personer och verksamheter som kan öka antalet positiva aktiviteter och antalet aktivitetsdeltagare, t.ex. sysselsättning, fritidsaktiviteter, föreningsaktiviteter och trygghetsarbetet.",
    ),
    responsibleKind: "municipality",
    responsibleParties: [PARTY.municipality],
    units: [UNIT.environmentAndPlanning],
    goals: [GOAL.seven],
    demo: { goals: GOAL_LINK_NOTE },
  },
  {
    ...base,
    id: COMMITMENT[7],
    number: 7,
    externalId: "skaggetorp-2017-7",
    text: sv(
      "Polisen ska arbeta för nolltolerans mot narkotika, och än mer rikta regelbundna insatser för att upptäcka narkotika bland unga.",
    ),
    responsibleKind: "police",
    responsibleParties: [PARTY.police],
    units: [UNIT.communityPolice],
    goals: [GOAL.seven],
    carryOver: "carry",
    carryOverReason: sv("Denna punkt kommer att tas med till kommande medborgarlöfte."),
    demo: { goals: GOAL_LINK_NOTE },
  },
  {
    ...base,
    id: COMMITMENT[8],
    number: 8,
    externalId: "skaggetorp-2017-8",
    text: sv(
      "Polisen ska genom synlighet och återkommande trafikkontroller förebygga otillåten fordonstrafik och hänsynslös körning.",
    ),
    responsibleKind: "police",
    responsibleParties: [PARTY.police],
    units: [UNIT.communityPolice],
    goals: [GOAL.seven],
    carryOver: "carry",
    carryOverReason: sv("Denna punkt tas med till kommande medborgarlöfte."),
    targets: [
      {
        id: TARGET.trafficControls,
        description: sv("Trafikkontroller i Skäggetorp"),
        unit: "st",
        targetValue: 12,
        direction: "at_least",
        demo: TARGET_NOTES,
      },
    ],
    demo: { goals: GOAL_LINK_NOTE },
  },
];
