/**
 * Demo part: the documents attached to the demo report-back (Beslutsunderlag). The seed document
 * left Word's placeholder there instead of a list, so all three are invented and marked as demo.
 */
import { demoMarkers } from "../platform/markers/markers.schema.js";
import { reportAttachments } from "../reports/reports.schema.js";
import type { DemoPart } from "./demo-part.js";
import { REPORT_BACK } from "./skaggetorp-2017-ids.js";

const NOTE = "Påhittat beslutsunderlag (demodata); dokumentet har bara en mallplatshållare här.";

export const DEMO_ATTACHMENTS = [
  {
    id: "6c1f5d0e-2b7a-4c61-9a59-3f4c2e8d1a01",
    position: 1,
    title: "Medborgarlöfte 2017 för Skäggetorp",
    kind: "promise",
    periodCode: null,
  },
  {
    id: "6c1f5d0e-2b7a-4c61-9a59-3f4c2e8d1a02",
    position: 2,
    title: "Uppföljning av medborgarlöftet, tertial 1 2017",
    kind: "period_report",
    periodCode: "2017-T1",
  },
  {
    id: "6c1f5d0e-2b7a-4c61-9a59-3f4c2e8d1a03",
    position: 3,
    title: "Uppföljning av medborgarlöftet, tertial 2 2017",
    kind: "period_report",
    periodCode: "2017-T2",
  },
] as const;

/** Inserts the attachments and their markers (the transaction's "demo.loaded" event covers them). */
export const loadDemoAttachments: DemoPart = async (tx) => {
  await tx.insert(reportAttachments).values(DEMO_ATTACHMENTS.map((a) => ({ ...a, reportId: REPORT_BACK })));
  await tx.insert(demoMarkers).values(
    DEMO_ATTACHMENTS.map((a) => ({
      tableName: "report_attachments",
      rowId: a.id,
      field: "title",
      note: NOTE,
    })),
  );
};
