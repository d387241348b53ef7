/**
 * Plain data the assemblers read: what a loader service gathers from the database (Swedish texts
 * already picked). Pure values only, so the assemblers are pure functions.
 */
import type { TargetDirection } from "../../followups/attainment.js";
import type { FollowUpStatus } from "../../followups/statuses.js";
import type { IndicatorFigure } from "../../indicators/figures.js";

export type ResponsibleKindCode = "joint" | "municipality" | "police" | "other";

export interface TargetData {
  id: string;
  description: string;
  unit: string | null;
  /** null: a measure without a target ("inget mål"). */
  targetValue: number | null;
  direction: TargetDirection;
}

export interface PeriodFollowUp {
  periodCode: string;
  status: FollowUpStatus;
  /** draft | submitted | returned | approved */
  state: string;
  narrative: string;
  /** targetId → measured value */
  measurements: Record<string, number>;
}

export interface CommitmentData {
  id: string;
  number: number;
  text: string;
  responsibleKind: ResponsibleKindCode;
  responsibleParties: { id: string; name: string; shortName: string | null }[];
  weight: number;
  carryOver: "carry" | "close" | null;
  carryOverReason: string | null;
  goals: { number: number; text: string }[];
  targets: TargetData[];
  /** Follow-ups per period code, approved or not (validation looks at the state). */
  followUps: PeriodFollowUp[];
}

export interface PromiseData {
  id: string;
  ref: string;
  title: string;
  fromYear: number;
  toYear: number;
  commitments: CommitmentData[];
  /** Period codes of the promise's years, oldest first. */
  periods: string[];
}

export interface ReportBackData {
  id: string;
  edition: number;
  status: string;
  registrationNumber: string | null;
  title: string;
  addressee: string;
  issuingUnit: string;
  datedOn: string | null;
  matter: string;
  background: string;
  genderEquality: string;
  publicationNote: string;
  committeeNote: string;
  goalsIntro: string;
  mblStatement: string;
  decisionItems: { id: string; text: string }[];
  consultations: {
    id: string;
    body: string;
    mode: "collaborated" | "prepared";
    stance: "endorses" | "rejects" | "no_objection" | null;
    comment: string | null;
  }[];
  signatories: { name: string; title: string | null }[];
  distribution: string[];
  links: { url: string; label: string | null }[];
  attachments: { id?: string; title: string; kind: string; periodCode: string | null }[];
  /** The office line under the municipality (förvaltning / kontor / enhet), if not the issuing unit. */
  office?: string | null;
  /** The handling officer (handläggare); nothing is printed while there is none. */
  handlingOfficer?: HandlingOfficer | null;
  /** The partnership's logo for the heading block (PNG or SVG). */
  logo?: { mediaType: "image/png" | "image/svg+xml"; bytes: Uint8Array } | null;
  /** The board's decision on this edition (a decided edition prints it and carries it in metadata). */
  decision?: DecisionData | null;
  /** The decided edition this correction edition replaces, and why. */
  replaces?: ReplacedEdition | null;
}

export interface HandlingOfficer {
  name: string;
  title: string | null;
  unit: string | null;
  phone: string | null;
  email: string | null;
}

export interface DecisionData {
  /** The deciding body as written in the minutes, e.g. "kommunstyrelsen". */
  body: string;
  /** ISO date of the meeting. */
  decidedOn: string;
  /** The paragraph (§) number in the minutes, e.g. "45" (a leading "§" is accepted). */
  paragraph: string | null;
  /**
   * What was decided, one measure per item: either in the proposal's form ("Kommunstyrelsen
   * godkänner …") or in the minutes' att-form ("godkänna …"); the printer writes "att …".
   */
  items: string[];
}

export interface ReplacedEdition {
  edition: number;
  /** The replaced edition's decision, if it was decided. */
  body?: string | null;
  decidedOn: string | null;
  paragraph: string | null;
  reason: string;
}

/**
 * Which printed values the demo invented (rows in demo_markers): the printer marks each one
 * "exempeldata" so the demo memo is not mistaken for the real one. Empty outside the demo.
 */
export interface DemoMarks {
  /** Report-back fields: registrationNumber, datedOn, handlingOfficer, decision, … */
  reportFields: string[];
  /** Ids of invented beslutsunderlag items (attachments). */
  attachmentIds: string[];
  /** Ids of targets (mätbara mål) the demo invented. */
  targetIds: string[];
  /** Follow-ups whose status the demo assumed, as "commitmentId/periodCode". */
  followUpStatuses: string[];
  /** Follow-ups whose narrative the demo invented, as "commitmentId/periodCode". */
  followUpNarratives?: string[];
  /** Measured values the demo invented, as "commitmentId/periodCode/targetId". */
  measurements: string[];
}

export const NO_DEMO_MARKS: DemoMarks = {
  reportFields: [],
  attachmentIds: [],
  targetIds: [],
  followUpStatuses: [],
  measurements: [],
};

/** Options of the document that a partnership may set. */
export interface ReportSettings {
  /**
   * Group the points under "Kommunens och polisens gemensamma åtgärder" etc. The seed lists them
   * without subheadings, which is the default.
   */
  pointGroupHeadings?: boolean;
}

export interface ReportBackInput {
  municipality: string;
  promise: PromiseData;
  report: ReportBackData;
  /** Demo-invented values to mark (absent: none). */
  demo?: DemoMarks;
  settings?: ReportSettings;
  /**
   * Survey indicators of the promise's areas by gender (trygghetsmätning, NTU), values from fewer
   * than 5 answers already left out: a figure and a table each in the jämställdhet section.
   */
  indicators?: IndicatorFigure[];
}

export interface PeriodReportInput {
  municipality: string;
  promise: PromiseData;
  periodCode: string;
  registrationNumber: string | null;
  demo?: DemoMarks;
}
