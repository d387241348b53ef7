/**
 * Demo part: the dialogues of autumn 2016 behind the Skäggetorp 2017 promise. The report-back
 * says the promise rests on "medarbetardialog, medborgardialog … och kommunikation" but gives no
 * details, so every dialogue here — dates, places, participants by gender and age, findings and
 * how many raised them — is invented (each dialogue carries a demo marker). The findings are
 * linked to the 2017 points they plausibly led to, so "varför den här punkten" has content.
 * One dialogue has no återkoppling recorded (the list highlights it); one finding is raised by
 * fewer than five (suppressed on the public page).
 */
import {
  insertDialogue,
  insertFinding,
  replaceFindingLinks,
  replaceOrganisers,
  replaceParticipants,
} from "../dialogues/dialogues.repository.js";
import type { FindingCategory, Gender } from "../dialogues/dialogues.types.js";
import { insertDemoMarkers } from "../platform/markers/markers.repository.js";
import type { DemoPart } from "./demo-part.js";
import { AREA, COMMITMENT, DEMO_PARTNERSHIP_ID, PARTY } from "./skaggetorp-2017-ids.js";

/** Fixed ids of the demo dialogues and their findings. */
export const DEMO_DIALOGUE = {
  staff: "0d6b8f3e-2a41-4c6e-9d57-7b1f0c2e8a11",
  library: "1e7c9a4f-3b52-4d7f-8e68-8c2a1d3f9b22",
  doors: "2f8dab50-4c63-4e80-9f79-9d3b2e4a0c33",
} as const;

export const DEMO_FINDING = {
  staffDrugs: "3a9ebc61-5d74-4f91-8a8a-ae4c3f5b1d44",
  staffTraffic: "4bafcd72-6e85-4aa2-9b9b-bf5d4a6c2e55",
  staffYouth: "5cb0de83-7f96-4bb3-8cac-c06e5b7d3f66",
  staffCivil: "6dc1ef94-80a7-4cc4-9dbd-d17f6c8e4077",
  libraryUnsafe: "7ed2f0a5-91b8-4dd5-8ece-e2807d9f5188",
  libraryTraffic: "8fe301b6-a2c9-4ee6-9fdf-f3918ea06299",
  libraryYouth: "90f412c7-b3da-4ff7-a0e0-04a29fb173aa",
  libraryDrugs: "a10523d8-c4eb-4008-b1f1-15b3a0c284bb",
  libraryLight: "b21634e9-d5fc-4119-82a2-26c4b1d395cc",
  doorsLitter: "c32745fa-e60d-422a-93b3-37d5c2e4a6dd",
} as const;

const NOTE =
  "Påhittad dialog för demonstrationen (demodata): återrapporteringen nämner medarbetardialog och medborgardialog men inga detaljer.";

type Cells = Partial<Record<Gender, Partial<Record<string, number>>>>;
const cellsOf = (cells: Cells) =>
  Object.entries(cells).flatMap(([gender, bands]) =>
    Object.entries(bands ?? {}).map(([ageBand, count]) => ({ gender, ageBand, count: count ?? 0 })),
  );

interface DemoDialogue {
  id: string;
  kind: "staff" | "citizen";
  title: string;
  heldOn: string;
  method: "meeting" | "door_knocking";
  venue: string;
  public: boolean;
  organisers: string[];
  participants: Cells;
  feedback: { on: string; how: string } | null;
  findings: Array<{
    id: string;
    category: FindingCategory;
    place: string | null;
    statement: string;
    raisedBy: number;
    points: string[];
  }>;
}

const DIALOGUES: DemoDialogue[] = [
  {
    id: DEMO_DIALOGUE.staff,
    kind: "staff",
    title: "Medarbetardialog med polisen och kommunens personal i Skäggetorp",
    heldOn: "2016-09-14",
    method: "meeting",
    venue: "Skäggetorps centrum, kommunens möteslokal",
    public: false,
    organisers: [PARTY.municipality, PARTY.police],
    participants: {
      women: { "25-44": 9, "45-64": 6 },
      men: { "25-44": 8, "45-64": 7, "65+": 1 },
    },
    feedback: {
      on: "2016-11-30",
      how: "Resultatet och förslaget till medborgarlöfte presenterades på arbetsplatsträffar hos polisen och kommunens verksamheter.",
    },
    findings: [
      {
        id: DEMO_FINDING.staffDrugs,
        category: "narkotika",
        place: "Skäggetorps centrum",
        statement: "Öppen narkotikahandel vid centrum, och unga som syns påverkade.",
        raisedBy: 14,
        points: [COMMITMENT[7]],
      },
      {
        id: DEMO_FINDING.staffTraffic,
        category: "trafik",
        place: "Gång- och cykelvägar runt torget",
        statement: "Mopeder och bilar kör på gång- och cykelvägar och över torget.",
        raisedBy: 11,
        points: [COMMITMENT[3], COMMITMENT[8]],
      },
      {
        id: DEMO_FINDING.staffYouth,
        category: "ungdomsbrott",
        place: null,
        statement:
          "Unga riskerar att dras in i kriminalitet; föräldrarna behöver stöd och polisen behöver synas.",
        raisedBy: 9,
        points: [COMMITMENT[4]],
      },
      {
        id: DEMO_FINDING.staffCivil,
        category: "annat",
        place: null,
        statement: "Samverkan med föreningar och civilsamhället är för svag för att nå ut i stadsdelen.",
        raisedBy: 7,
        points: [COMMITMENT[1]],
      },
    ],
  },
  {
    id: DEMO_DIALOGUE.library,
    kind: "citizen",
    title: "Medborgardialog på Skäggetorps bibliotek och torget",
    heldOn: "2016-10-08",
    method: "meeting",
    venue: "Skäggetorps bibliotek och torget",
    public: true,
    organisers: [PARTY.municipality, PARTY.police, PARTY.safetyCouncil],
    participants: {
      women: { "16-24": 12, "25-44": 21, "45-64": 14, "65+": 6 },
      men: { "16-24": 15, "25-44": 18, "45-64": 11, "65+": 8 },
      other: { unknown: 3 },
    },
    feedback: {
      on: "2017-02-15",
      how: "Medborgarlöftet presenterades vid ett öppet möte på biblioteket och i en folder på flera språk.",
    },
    findings: [
      {
        id: DEMO_FINDING.libraryUnsafe,
        category: "otrygghet",
        place: "Centrum och torget",
        statement: "Det känns otryggt att gå genom centrum och över torget på kvällen.",
        raisedBy: 31,
        points: [COMMITMENT[2]],
      },
      {
        id: DEMO_FINDING.libraryTraffic,
        category: "trafik",
        place: "Runt torget",
        statement: "Otillåten mopedtrafik och hänsynslös körning runt torget.",
        raisedBy: 22,
        points: [COMMITMENT[3], COMMITMENT[8]],
      },
      {
        id: DEMO_FINDING.libraryYouth,
        category: "ungdomsbrott",
        place: null,
        statement: "För lite att göra för unga på kvällar och helger.",
        raisedBy: 18,
        points: [COMMITMENT[5], COMMITMENT[6]],
      },
      {
        id: DEMO_FINDING.libraryDrugs,
        category: "narkotika",
        place: "Centrum",
        statement: "Narkotika säljs öppet i centrum.",
        raisedBy: 12,
        points: [COMMITMENT[7]],
      },
      {
        id: DEMO_FINDING.libraryLight,
        category: "belysning",
        place: "Gångvägen mot skolan",
        statement: "Dålig belysning på gångvägen mot skolan.",
        raisedBy: 4,
        points: [COMMITMENT[2]],
      },
    ],
  },
  {
    id: DEMO_DIALOGUE.doors,
    kind: "citizen",
    title: "Dörrknackning i Skäggetorp",
    heldOn: "2016-11-12",
    method: "door_knocking",
    venue: "Bostadsgårdarna i Skäggetorp",
    public: false,
    organisers: [PARTY.municipality, PARTY.police],
    participants: {
      women: { "25-44": 17, "45-64": 9, "65+": 5 },
      men: { "25-44": 14, "45-64": 8, "65+": 4 },
    },
    feedback: null,
    findings: [
      {
        id: DEMO_FINDING.doorsLitter,
        category: "nedskrapning",
        place: "Bostadsgårdarna",
        statement: "Skräp och grovsopor lämnas på gårdarna.",
        raisedBy: 9,
        points: [],
      },
    ],
  },
];

/** Loaded inside the demo's one audited transaction (its "demo.loaded" event covers it). */
export const dialogues2016Demo: DemoPart = async (tx) => {
  for (const d of DIALOGUES) {
    await insertDialogue(tx, {
      id: d.id,
      partnershipId: DEMO_PARTNERSHIP_ID,
      kind: d.kind,
      title: d.title,
      heldOn: d.heldOn,
      areaId: AREA.skaggetorp,
      method: d.method,
      venue: d.venue,
      public: d.public,
      feedbackOn: d.feedback?.on ?? null,
      feedbackHow: d.feedback?.how ?? null,
    });
    await replaceOrganisers(tx, d.id, d.organisers);
    await replaceParticipants(tx, d.id, cellsOf(d.participants));
    for (const f of d.findings) {
      await insertFinding(tx, {
        id: f.id,
        dialogueId: d.id,
        category: f.category,
        place: f.place,
        statement: f.statement,
        raisedBy: f.raisedBy,
      });
      await replaceFindingLinks(tx, f.id, f.points);
    }
  }
  await insertDemoMarkers(
    tx,
    DIALOGUES.map((d) => ({ tableName: "dialogues", rowId: d.id, field: "title", note: NOTE })),
  );
};
