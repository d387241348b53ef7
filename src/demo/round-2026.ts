/**
 * Demo part: a LIVE follow-up round, so that every demo role has something to do on 2026-11-25.
 * The promise "skaggetorp-2026" is invented from start to end (every value is marked as demo data):
 * five points, 2026-T1 and -T2 approved and closed, 2026-T3 open with one follow-up submitted,
 * one returned with a comment, one draft and two not started.
 */

import type { FollowUpStatus } from "../followups/statuses.js";
import { type PeriodRef, periodBounds, periodCode, periodDeadline } from "../periods/calendar.js";
import { addDays } from "../periods/iso-date.js";
import { type CommitmentData, type DemoDataset, type FollowUpData, flattenDataset, sv } from "./dataset.js";
import { insertDemoRows } from "./demo.repository.js";
import type { DemoPart } from "./demo-part.js";
import {
  ROUND_2026_FOLLOW_UP as FU,
  ROUND_2026_POINT as POINT,
  ROUND_2026_PERIOD,
  ROUND_2026_PROMISE,
  ROUND_2026_REF,
  ROUND_2026_TARGET as TARGET,
} from "./round-2026-ids.js";
import { SKAGGETORP_2017 } from "./skaggetorp-2017.js";
import { AREA, PARTY, PERSON, UNIT } from "./skaggetorp-2017-ids.js";

const INVENTED = "Påhittat för demonstrationen (demodata).";
const DEADLINE_OFFSET = SKAGGETORP_2017.partnership.deadlineOffsetDays ?? 14;
const joint = [PARTY.municipality, PARTY.police];
const TARGET_NOTES = { description: INVENTED, unit: INVENTED, targetValue: INVENTED, direction: INVENTED };
const POINT_NOTES = { text: INVENTED, externalId: INVENTED, responsibleKind: INVENTED, units: INVENTED };

const point = (
  n: 1 | 2 | 3 | 4 | 5,
  kind: CommitmentData["responsibleKind"],
  text: string,
  units: string[],
  targets: CommitmentData["targets"] = [],
): CommitmentData => ({
  id: POINT[n],
  number: n,
  externalId: `${ROUND_2026_REF}-${n}`,
  text: sv(text),
  responsibleKind: kind,
  responsibleParties: kind === "joint" ? joint : kind === "police" ? [PARTY.police] : [PARTY.municipality],
  contributorParties: [],
  units,
  goals: [],
  targets,
  carryOver: null,
  carryOverReason: null,
  demo: POINT_NOTES,
});

const POINTS: CommitmentData[] = [
  point(
    1,
    "joint",
    "Kommunen och polisen ska genomföra minst fyra trygghetsvandringar i Skäggetorp tillsammans med boende, unga och fastighetsägare.",
    [UNIT.securityUnit, UNIT.communityPolice],
    [
      {
        id: TARGET.safetyWalks,
        description: sv("Genomförda trygghetsvandringar"),
        unit: "st",
        targetValue: 4,
        direction: "at_least",
        demo: TARGET_NOTES,
      },
    ],
  ),
  point(
    2,
    "municipality",
    "Kommunen ska hålla fritidsgården i Skäggetorp öppen på fredags- och lördagskvällar hela året.",
    [UNIT.cultureAndLeisure],
    [
      {
        id: TARGET.eveningsOpen,
        description: sv("Kvällar med öppen fritidsgård"),
        unit: "st",
        targetValue: 90,
        direction: "at_least",
        demo: TARGET_NOTES,
      },
    ],
  ),
  point(
    3,
    "municipality",
    "Kommunen ska förbättra belysningen längs gång- och cykelvägarna kring Skäggetorps centrum.",
    [UNIT.environmentAndPlanning],
  ),
  point(
    4,
    "police",
    "Polisen ska vara synlig i Skäggetorps centrum minst tre kvällar i veckan.",
    [UNIT.communityPolice],
    [
      {
        id: TARGET.patrolEvenings,
        description: sv("Kvällspass i centrum"),
        unit: "st",
        targetValue: 150,
        direction: "at_least",
        demo: TARGET_NOTES,
      },
    ],
  ),
  point(
    5,
    "joint",
    "Kommunen och polisen ska berätta om medborgarlöftet för de boende på svenska, arabiska och somaliska.",
    [UNIT.executiveOffice, UNIT.communityPolice],
  ),
];

const tertial = (index: 1 | 2 | 3): PeriodRef => ({ scheme: "tertial", year: 2026, index });
const PERIODS = ([1, 2, 3] as const).map((index) => {
  const ref = tertial(index);
  const deadline = periodDeadline(ref, DEADLINE_OFFSET);
  return {
    id: ROUND_2026_PERIOD[index],
    scheme: ref.scheme,
    year: ref.year,
    index: ref.index,
    code: periodCode(ref),
    ...periodBounds(ref),
    deadline,
    // T1 and T2 are done and closed; T3 is the live round.
    closedAt: index < 3 ? new Date(`${addDays(deadline, 3)}T15:00:00Z`) : null,
    demo: { deadline: INVENTED, ...(index < 3 ? { closedAt: INVENTED } : {}) },
  };
});

const FOLLOW_UP_NOTES = {
  status: INVENTED,
  state: INVENTED,
  narrative: INVENTED,
  authorId: INVENTED,
  submittedAt: INVENTED,
} as const;

const AUTHOR: Record<1 | 2 | 3 | 4 | 5, string> = {
  1: PERSON.districtCoordinator,
  2: PERSON.cultureReporter,
  3: PERSON.planningReporter,
  4: PERSON.communityOfficer,
  5: PERSON.districtCoordinator,
};

/** T1 and T2: every point reported and approved (values are year-to-date totals). */
const APPROVED: [1 | 2, 1 | 2 | 3 | 4 | 5, FollowUpStatus, string, { targetId: string; value: number }[]][] =
  [
    [
      1,
      1,
      "in_progress",
      "Den första trygghetsvandringen gjordes i mars med 24 deltagare, varav elva unga.",
      [{ targetId: TARGET.safetyWalks, value: 1 }],
    ],
    [
      1,
      2,
      "in_progress",
      "Fritidsgården har haft öppet 28 fredags- och lördagskvällar.",
      [{ targetId: TARGET.eveningsOpen, value: 28 }],
    ],
    [1, 3, "not_started", "Inventeringen av belysningen planeras till maj.", []],
    [
      1,
      4,
      "in_progress",
      "Polisen har haft 46 kvällspass i centrum.",
      [{ targetId: TARGET.patrolEvenings, value: 46 }],
    ],
    [1, 5, "in_progress", "Foldern om löftet är översatt till arabiska och somaliska.", []],
    [
      2,
      1,
      "in_progress",
      "Två trygghetsvandringar till är gjorda, den ena tillsammans med skolans elevråd.",
      [{ targetId: TARGET.safetyWalks, value: 3 }],
    ],
    [
      2,
      2,
      "in_progress",
      "Fritidsgården har hållit öppet alla helgkvällar utom under semesterveckorna.",
      [{ targetId: TARGET.eveningsOpen, value: 55 }],
    ],
    [2, 3, "in_progress", "Belysningen är inventerad; tolv nya armaturer är beställda.", []],
    [
      2,
      4,
      "in_progress",
      "Polisen har haft 101 kvällspass i centrum sedan januari.",
      [{ targetId: TARGET.patrolEvenings, value: 101 }],
    ],
    [2, 5, "done", "Foldern är utdelad till alla hushåll och löftet presenterades på två föräldramöten.", []],
  ];

const approvedFollowUps: FollowUpData[] = APPROVED.map(([t, n, status, text, measurements]) => {
  const deadline = periodDeadline(tertial(t), DEADLINE_OFFSET);
  return {
    id: FU[t === 1 ? "t1" : "t2"][n],
    commitmentId: POINT[n],
    periodId: ROUND_2026_PERIOD[t],
    status,
    state: "approved",
    narrative: sv(text),
    authorId: AUTHOR[n],
    submittedAt: new Date(`${addDays(deadline, -4)}T09:00:00Z`),
    approvedAt: new Date(`${addDays(deadline, -1)}T14:00:00Z`),
    approvedById: PERSON.districtCoordinator,
    measurements: measurements.map((m, i) => ({
      id: `${FU[t === 1 ? "t1" : "t2"][n].slice(0, 24)}${String(i).padStart(12, "0")}`,
      ...m,
      demo: { value: INVENTED },
    })),
    demo: { ...FOLLOW_UP_NOTES, approvedAt: INVENTED, approvedById: INVENTED },
  };
});

const T3 = ROUND_2026_PERIOD[3];
const liveFollowUps: FollowUpData[] = [
  {
    id: FU.t3Submitted,
    commitmentId: POINT[1],
    periodId: T3,
    status: "done",
    state: "submitted",
    narrative: sv("Den fjärde trygghetsvandringen gjordes den 14 oktober. Målet för året är nått."),
    authorId: AUTHOR[1],
    submittedAt: new Date("2026-11-20T10:15:00Z"),
    measurements: [
      {
        id: "fd992f38-4dce-44fa-ab80-000000000000",
        targetId: TARGET.safetyWalks,
        value: 4,
        demo: { value: INVENTED },
      },
    ],
    demo: FOLLOW_UP_NOTES,
  },
  {
    id: FU.t3Returned,
    commitmentId: POINT[2],
    periodId: T3,
    status: "in_progress",
    state: "returned",
    narrative: sv("Fritidsgården har haft öppet som vanligt."),
    authorId: AUTHOR[2],
    submittedAt: new Date("2026-11-18T13:40:00Z"),
    returnComment: "Skriv hur många kvällar gården har haft öppet hittills i år och fyll i mätvärdet.",
    returnedAt: new Date("2026-11-19T08:30:00Z"),
    measurements: [],
    demo: { ...FOLLOW_UP_NOTES, returnComment: INVENTED, returnedAt: INVENTED },
  },
  {
    id: FU.t3Draft,
    commitmentId: POINT[3],
    periodId: T3,
    status: "in_progress",
    state: "draft",
    narrative: sv("Åtta av tolv nya armaturer är monterade."),
    authorId: AUTHOR[3],
    measurements: [],
    demo: { status: INVENTED, state: INVENTED, narrative: INVENTED, authorId: INVENTED },
  },
];

/** Only the promise, its periods and follow-ups: the partnership, parties and units come from 2017. */
const DATASET: DemoDataset = {
  partnership: { ...SKAGGETORP_2017.partnership, demo: {} },
  parties: [],
  units: [],
  people: [],
  areas: [],
  areaClassifications: [],
  councilGoalSets: [],
  agreements: [],
  promises: [
    {
      id: ROUND_2026_PROMISE,
      agreementId: null,
      ref: ROUND_2026_REF,
      title: sv("Medborgarlöfte 2026 för Skäggetorp"),
      fromYear: 2026,
      toYear: 2026,
      status: "following_up",
      signedOn: "2025-12-16",
      background: sv(
        "Ett påhittat löfte som visar en pågående uppföljningsrunda. Allt innehåll är demodata.",
      ),
      howMade: null,
      areas: [AREA.skaggetorp],
      parties: joint,
      commitments: POINTS,
      demo: { title: INVENTED, status: INVENTED, signedOn: INVENTED, background: INVENTED },
    },
  ],
  periods: PERIODS,
  followUps: [...approvedFollowUps, ...liveFollowUps],
  reportBacks: [],
};

/** Inserts the 2026 round (in the demo transaction, after the 2017 record). */
/** Inserts the 2026 round (in the demo transaction, after the 2017 record; its "demo.loaded" audit event covers it). */
export const demoRound2026: DemoPart = async (tx) => {
  await insertDemoRows(tx, { ...flattenDataset(DATASET), partnerships: [] });
};
