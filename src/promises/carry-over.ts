/**
 * Carry-over: commitments of last year's promise chosen to continue become drafts in the new promise.
 */
import type { TargetDirection } from "../followups/attainment.js";
import { isBlank, type LocalizedText } from "../platform/i18n/localized-text.js";
import type { ResponsibleKind } from "./lifecycle.js";

/** A measurable target of a commitment. @example { description: { sv: "Trygghetsvandringar" }, unit: "st", targetValue: 4, direction: "at_least" } */
export interface CommitmentTarget {
  description: LocalizedText;
  unit: string;
  /** null: a measure without a target. */
  targetValue: number | null;
  direction: TargetDirection;
}

/** A commitment of the source promise. */
export interface SourceCommitment {
  id: string;
  number: number;
  text: LocalizedText;
  responsibleKind: ResponsibleKind;
  partyIds: string[];
  unitIds: string[];
  targets: CommitmentTarget[];
  goalIds: string[];
}

/** A commitment chosen for carry-over, with the reason. @example { commitmentId: "c1", reason: { sv: "Fortsatt behov" } } */
export interface CarryOverChoice {
  commitmentId: string;
  reason: LocalizedText;
}

/** A new commitment draft for the new promise. */
export interface CarriedCommitmentDraft extends Omit<SourceCommitment, "id"> {
  carriedFromId: string;
  carryReason: LocalizedText;
}

/** Machine codes of {@link CarryOverError}. @example const c: CarryOverErrorCode = "reason_required"; */
export type CarryOverErrorCode = "unknown_commitment" | "duplicate_choice" | "reason_required";

/** Invalid carry-over choice; `params.commitmentId` names the choice. @example err.code === "duplicate_choice" */
export class CarryOverError extends Error {
  override readonly name = "CarryOverError";
  readonly code: CarryOverErrorCode;
  readonly params: { commitmentId: string };
  constructor(code: CarryOverErrorCode, params: { commitmentId: string }) {
    super(`${code}: ${params.commitmentId}`);
    this.code = code;
    this.params = params;
  }
}

const copyText = (t: LocalizedText): LocalizedText => ({ ...t });

/**
 * Plans the carried-over drafts in source-number order, numbered existingCount + 1, + 2, …
 * Arrays and texts are copied, never shared with the input. Throws CarryOverError on the first
 * invalid choice and RangeError when existingCount is not a non-negative integer.
 * @example planCarryOver({ sourceCommitments, choices: [{ commitmentId: "c2", reason: { sv: "Behovet kvarstår" } }], existingCount: 3 })[0].number // 4
 */
export function planCarryOver(input: {
  sourceCommitments: SourceCommitment[];
  choices: CarryOverChoice[];
  existingCount: number;
}): CarriedCommitmentDraft[] {
  const { sourceCommitments, choices, existingCount } = input;
  if (!Number.isInteger(existingCount) || existingCount < 0) {
    throw new RangeError(`existingCount must be a non-negative integer: ${existingCount}`);
  }
  const byId = new Map(sourceCommitments.map((c) => [c.id, c]));
  const reasons = new Map<string, LocalizedText>();
  for (const { commitmentId, reason } of choices) {
    if (!byId.has(commitmentId)) throw new CarryOverError("unknown_commitment", { commitmentId });
    if (reasons.has(commitmentId)) throw new CarryOverError("duplicate_choice", { commitmentId });
    if (isBlank(reason?.sv)) throw new CarryOverError("reason_required", { commitmentId });
    reasons.set(commitmentId, reason);
  }
  const chosen = sourceCommitments.filter((c) => reasons.has(c.id)).sort((a, b) => a.number - b.number);
  return chosen.map((c, i) => ({
    carriedFromId: c.id,
    number: existingCount + i + 1,
    text: copyText(c.text),
    responsibleKind: c.responsibleKind,
    partyIds: [...c.partyIds],
    unitIds: [...c.unitIds],
    targets: c.targets.map((t) => ({ ...t, description: copyText(t.description) })),
    goalIds: [...c.goalIds],
    carryReason: copyText(reasons.get(c.id) as LocalizedText),
  }));
}
