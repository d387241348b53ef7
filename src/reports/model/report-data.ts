/**
 * Plain data the assemblers read: what a loader service gathers from the database (Swedish texts
 * already picked). Pure values only, so the assemblers are pure functions.
 */
import type { TargetDirection } from "../../followups/attainment.js";
import type { FollowUpStatus } from "../../followups/statuses.js";

export type ResponsibleKindCode = "joint" | "municipality" | "police" | "other";

export interface TargetData {
  id: string;
  description: string;
  unit: string | null;
  targetValue: number;
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
  attachments: { title: string; kind: string; periodCode: string | null }[];
}

export interface ReportBackInput {
  municipality: string;
  promise: PromiseData;
  report: ReportBackData;
}

export interface PeriodReportInput {
  municipality: string;
  promise: PromiseData;
  periodCode: string;
  registrationNumber: string | null;
}
