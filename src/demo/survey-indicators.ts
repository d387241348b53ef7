/**
 * Demo part: two years (2015, 2016) of survey indicators for Skäggetorp by gender — the evidence
 * behind the 2017 promise. Invented figures of a plausible size (the police's index 0–6 and shares
 * in percent), each indicator marked as demo; one age-band value rests on 4 answers, so the
 * suppression ("färre än 5 svar") shows in the demo too.
 */
import { surveyIndicators, surveyValues } from "../indicators/indicators.schema.js";
import { insertDemoMarkers } from "../platform/markers/markers.repository.js";
import type { DemoPart } from "./demo-part.js";
import { AREA, DEMO_PARTNERSHIP_ID } from "./skaggetorp-2017-ids.js";

const NOTE = "Påhittade resultat från trygghetsmätning och enkät (demodata).";
const POLICE = "Polisens trygghetsmätning, LPO Linköping (exempeldata)";
const SURVEY = "Enkät i Skäggetorp (exempeldata)";

export const DEMO_INDICATORS = [
  {
    id: "5b0e3a52-3f5e-4f7d-9a10-6d2b1c9e7a01",
    name: "Otrygghet utomhus kvällstid",
    kind: "index",
    description: "Hur stort problem de svarande anser att otrygghet utomhus sent på kvällen är i området.",
    source: POLICE,
    values: { women: [3.4, 3.1], men: [2.1, 2.0], all: [2.8, 2.6] },
  },
  {
    id: "5b0e3a52-3f5e-4f7d-9a10-6d2b1c9e7a02",
    name: "Oro för brott",
    kind: "percent",
    description: "Andel som är ganska eller mycket oroliga för att utsättas för brott i området.",
    source: SURVEY,
    values: { women: [38, 35], men: [21, 19], all: [30, 27] },
  },
  {
    id: "5b0e3a52-3f5e-4f7d-9a10-6d2b1c9e7a03",
    name: "Undviker platser",
    kind: "percent",
    description: "Andel som undviker vissa platser i området av oro för brott.",
    source: SURVEY,
    values: { women: [29, 27], men: [12, 13], all: [21, 20] },
  },
] as const;

const RESPONDENTS = { women: [212, 198], men: [187, 176], all: [399, 374] } as const;
const YEARS = [2015, 2016] as const;

export const loadDemoSurveyIndicators: DemoPart = async (tx) => {
  await tx.insert(surveyIndicators).values(
    DEMO_INDICATORS.map((i) => ({
      id: i.id,
      partnershipId: DEMO_PARTNERSHIP_ID,
      name: i.name,
      kind: i.kind,
      description: i.description,
      lowerIsBetter: 1,
    })),
  );
  const rows = DEMO_INDICATORS.flatMap((i) =>
    (["women", "men", "all"] as const).flatMap((gender) =>
      YEARS.map((year, y) => ({
        indicatorId: i.id,
        areaId: AREA.skaggetorp,
        year,
        gender,
        ageBand: "alla",
        value: i.values[gender][y] as number,
        respondents: RESPONDENTS[gender][y] as number,
        source: i.source,
      })),
    ),
  );
  // Young women who avoid places, 2016: only 4 answered — never shown in public or exports.
  rows.push({
    indicatorId: DEMO_INDICATORS[2].id,
    areaId: AREA.skaggetorp,
    year: 2016,
    gender: "women",
    ageBand: "16–24",
    value: 50,
    respondents: 4,
    source: SURVEY,
  });
  await tx.insert(surveyValues).values(rows);
  await insertDemoMarkers(
    tx,
    DEMO_INDICATORS.map((i) => ({
      tableName: "survey_indicators",
      rowId: i.id,
      field: "values",
      note: NOTE,
    })),
  );
};
