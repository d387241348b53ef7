/**
 * Demo part: the safety walk in Skäggetorp in September 2016 whose findings fed the 2017 promise
 * (lighting, sight lines, litter, mopeds on the paths), with five findings at plausible places and
 * what became of them. The area had no boundary in the seed; a plausible one (Skäggetorp,
 * Linköping, ≈ 58.42 N 15.59 E) is added. Everything here is invented and marked as demo data.
 */
import { eq } from "drizzle-orm";
import { areas } from "../areas/areas.schema.js";
import { insertDemoMarkers } from "../platform/markers/markers.repository.js";
import { insertFinding, insertWalk } from "../walks/walks.repository.js";
import type { DemoPart } from "./demo-part.js";
import { AREA, DEMO_PARTNERSHIP_ID, PARTY, UNIT } from "./skaggetorp-2017-ids.js";

const NOTE = "Påhittat för demonstrationen (demodata).";

export const DEMO_WALK_ID = "0b6f3a52-8c41-4f2e-9d7a-5e1c2b3a4d60";

/** The findings by the matrix's point targets (municipality culture unit, planning unit, police). */
export const DEMO_FINDING = {
  lighting: "0b6f3a52-8c41-4f2e-9d7a-5e1c2b3a4d61",
  vegetation: "0b6f3a52-8c41-4f2e-9d7a-5e1c2b3a4d62",
  litter: "0b6f3a52-8c41-4f2e-9d7a-5e1c2b3a4d63",
  traffic: "0b6f3a52-8c41-4f2e-9d7a-5e1c2b3a4d64",
  vandalism: "0b6f3a52-8c41-4f2e-9d7a-5e1c2b3a4d65",
} as const;

/** A plausible boundary of Skäggetorp (invented; demo data). */
export const SKAGGETORP_BOUNDARY = {
  type: "Polygon" as const,
  coordinates: [
    [
      [15.572, 58.431],
      [15.586, 58.4345],
      [15.5985, 58.433],
      [15.6065, 58.4255],
      [15.6015, 58.418],
      [15.588, 58.4155],
      [15.5745, 58.4185],
      [15.5695, 58.425],
      [15.572, 58.431],
    ] as [number, number][],
  ],
};

const WALKED_ON = "2016-09-20";
const TARGET = "2017-03-20";

export const loadSafetyWalk2016: DemoPart = async (tx) => {
  const [area] = await tx.select({ geojson: areas.geojson }).from(areas).where(eq(areas.id, AREA.skaggetorp));
  const markers: { tableName: string; rowId: string; field: string; note: string }[] = [];
  if (area && area.geojson === null) {
    await tx.update(areas).set({ geojson: SKAGGETORP_BOUNDARY }).where(eq(areas.id, AREA.skaggetorp));
    markers.push({ tableName: "areas", rowId: AREA.skaggetorp, field: "geojson", note: NOTE });
  }
  await insertWalk(tx, {
    id: DEMO_WALK_ID,
    partnershipId: DEMO_PARTNERSHIP_ID,
    areaId: AREA.skaggetorp,
    walkedOn: WALKED_ON,
    route:
      "Från Skäggetorps centrum längs gång- och cykelvägen mot Skäggetorpsskolan, genom parken förbi fritidsgården och tillbaka genom gångtunneln under Skäggetorpsleden.",
    residents: 9,
    youth: 4,
    propertyOwners: 2,
    staff: 5,
  });
  markers.push({ tableName: "safety_walks", rowId: DEMO_WALK_ID, field: "*", note: NOTE });
  const findings = [
    {
      id: DEMO_FINDING.lighting,
      category: "lighting",
      description:
        "Belysningen i gångtunneln under Skäggetorpsleden är trasig; tunneln är helt mörk på kvällen.",
      descriptionPublic: true,
      latitude: 58.4215,
      longitude: 15.5855,
      responsiblePartyId: PARTY.municipality,
      unitId: UNIT.environmentAndPlanning,
      status: "done",
    },
    {
      id: DEMO_FINDING.vegetation,
      category: "vegetation",
      description: "Buskarna vid fritidsgårdens entré skymmer sikten mot gångvägen.",
      descriptionPublic: true,
      latitude: 58.4262,
      longitude: 15.5905,
      responsiblePartyId: PARTY.municipality,
      unitId: UNIT.cultureAndLeisure,
      status: "done",
    },
    {
      id: DEMO_FINDING.litter,
      category: "litter",
      description: "Mycket skräp vid miljöstugan bakom centrumhuset.",
      descriptionPublic: false,
      latitude: 58.424,
      longitude: 15.588,
      responsiblePartyId: PARTY.propertyOwners,
      unitId: null,
      status: "done",
    },
    {
      id: DEMO_FINDING.traffic,
      category: "traffic",
      description: "Mopeder kör fort på gång- och cykelvägen genom parken på kvällarna.",
      descriptionPublic: true,
      latitude: 58.428,
      longitude: 15.595,
      responsiblePartyId: PARTY.police,
      unitId: UNIT.communityPolice,
      status: "done",
    },
    {
      id: DEMO_FINDING.vandalism,
      category: "vandalism",
      description: "Klotter på bullerplanket längs Skäggetorpsleden.",
      descriptionPublic: false,
      latitude: 58.419,
      longitude: 15.58,
      responsiblePartyId: PARTY.municipality,
      unitId: UNIT.environmentAndPlanning,
      status: "rejected",
      rejectionReason: "Planket ägs av Trafikverket; ärendet är lämnat dit.",
    },
  ];
  let number = 0;
  for (const f of findings) {
    await insertFinding(tx, {
      ...f,
      walkId: DEMO_WALK_ID,
      partnershipId: DEMO_PARTNERSHIP_ID,
      number: ++number,
      targetDate: TARGET,
    });
    markers.push({ tableName: "walk_findings", rowId: f.id, field: "*", note: NOTE });
  }
  await insertDemoMarkers(tx, markers);
};
