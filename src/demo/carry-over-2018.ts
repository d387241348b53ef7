/**
 * Demo part: the 2018 draft for Skäggetorp, carried over from 2017 with the carry-over service's
 * own logic. The report-back says points 7 and 8 continue into the coming promise; its sentences
 * are the reasons. The new promise's reference, title, years and status are invented (demo markers).
 */
import { insertDemoMarkers } from "../platform/markers/markers.repository.js";
import { applyCarryOver } from "../promises/carry-over-promise.js";
import type { DemoPart } from "./demo-part.js";
import { COMMITMENT, PROMISE } from "./skaggetorp-2017-ids.js";

/** Fixed ids of the 2018 draft. */
export const DEMO_2018 = {
  ref: "skaggetorp-2018",
  promise: "b3e6c1d2-4f5a-4b7c-8d9e-0a1b2c3d4e5f",
  commitments: {
    [COMMITMENT[7]]: "c4f7d2e3-5a6b-4c8d-9e0f-1b2c3d4e5f60",
    [COMMITMENT[8]]: "d5a8e3f4-6b7c-4d9e-8f10-2c3d4e5f6071",
  } as Record<string, string>,
} as const;

const NOTE = "Påhittat för demonstrationen: dokumentet säger bara att punkten tas med till kommande löfte.";

export const carryOver2018Demo: DemoPart = async (tx, audit) => {
  const promise = await applyCarryOver(tx, audit, {
    sourcePromiseId: PROMISE,
    ref: DEMO_2018.ref,
    title: "Medborgarlöfte 2018 för Skäggetorp",
    fromYear: 2018,
    toYear: 2018,
    choices: [
      { commitmentId: COMMITMENT[7], reason: "Denna punkt kommer att tas med till kommande medborgarlöfte." },
      { commitmentId: COMMITMENT[8], reason: "Denna punkt tas med till kommande medborgarlöfte." },
    ],
    ids: { promise: DEMO_2018.promise, commitments: DEMO_2018.commitments },
  });
  await insertDemoMarkers(tx, [
    { tableName: "promises", rowId: promise.id, field: "ref", note: NOTE },
    { tableName: "promises", rowId: promise.id, field: "title", note: "Påhittad titel (demodata)." },
    { tableName: "promises", rowId: promise.id, field: "from_year", note: "Antaget år (demodata)." },
    { tableName: "promises", rowId: promise.id, field: "status", note: "Antagen status: utkast (demodata)." },
  ]);
};
