import { loadDemoAccounts } from "./accounts.js";
import { carryOver2018Demo } from "./carry-over-2018.js";
import type { DemoPart } from "./demo-part.js";
import { dialogues2016Demo } from "./dialogues-2016.js";
import { loadDemoAttachments } from "./report-attachments.js";
import { demoRound2026 } from "./round-2026.js";
import { loadSafetyWalk2016 } from "./safety-walk-2016.js";
import { loadDemoSurveyIndicators } from "./survey-indicators.js";
import { translations2017Demo } from "./translations-2017.js";

/**
 * The parts of the demo after the Skäggetorp 2017 dataset, in loading order. The demo is a
 * module of its own: its parts may use any module's services and repositories; no module
 * imports the demo.
 */
export const DEMO_PARTS: DemoPart[] = [
  loadDemoAccounts,
  demoRound2026,
  carryOver2018Demo,
  loadDemoAttachments,
  dialogues2016Demo,
  loadSafetyWalk2016,
  loadDemoSurveyIndicators,
  translations2017Demo,
];
