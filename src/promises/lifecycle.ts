/**
 * Promise lifecycle: draft → in_consultation → signed → published → following_up → reported_back → closed,
 * plus in_consultation → draft. Refusals are machine codes with params; texts live in the message catalogs.
 */

/** Lifecycle statuses in order. @example PROMISE_STATUSES[0] // "draft" */
export const PROMISE_STATUSES = [
  "draft",
  "in_consultation",
  "signed",
  "published",
  "following_up",
  "reported_back",
  "closed",
] as const;

/** A lifecycle status code. @example const s: PromiseStatus = "signed"; */
export type PromiseStatus = (typeof PROMISE_STATUSES)[number];

/** Who is responsible for a commitment. @example const k: ResponsibleKind = "joint"; */
export type ResponsibleKind = "joint" | "municipality" | "police" | "other";

/** Why a transition was refused. @example { code: "commitment_without_text", params: { number: 2 } } */
export interface LifecycleRefusal {
  code: string;
  params?: Record<string, string | number>;
}

/** Plain-data view of a promise used by {@link checkTransition}. */
export interface PromiseSnapshot {
  status: PromiseStatus;
  signedOn: string | null;
  areaCount: number;
  partyCount: number;
  commitments: Array<{
    number: number;
    text: string;
    responsibleKind: ResponsibleKind;
    partyIds: string[];
    hasApprovedFinalFollowUp: boolean;
    carryOverDecision: "carry" | "close" | null;
  }>;
}

const TRANSITIONS: Record<PromiseStatus, readonly PromiseStatus[]> = {
  draft: ["in_consultation"],
  in_consultation: ["signed", "draft"],
  signed: ["published"],
  published: ["following_up"],
  following_up: ["reported_back"],
  reported_back: ["closed"],
  closed: [],
};

/** Type guard for status codes. @example isPromiseStatus("published") // true */
export function isPromiseStatus(x: unknown): x is PromiseStatus {
  return typeof x === "string" && (PROMISE_STATUSES as readonly string[]).includes(x);
}

/** Statuses reachable in one step; RangeError for an unknown status. @example allowedTransitions("in_consultation") // ["signed", "draft"] */
export function allowedTransitions(from: PromiseStatus): PromiseStatus[] {
  if (!isPromiseStatus(from)) throw new RangeError(`Unknown promise status: ${String(from)}`);
  return [...TRANSITIONS[from]];
}

/** Commitments may be edited only in draft and in_consultation. @example isEditable("signed") // false */
export function isEditable(status: PromiseStatus): boolean {
  return status === "draft" || status === "in_consultation";
}

type Commitment = PromiseSnapshot["commitments"][number];

function contentRefusals(
  s: PromiseSnapshot,
  commitments: Commitment[],
  forSigning: boolean,
): LifecycleRefusal[] {
  const out: LifecycleRefusal[] = [];
  if (commitments.length === 0) out.push({ code: "no_commitments" });
  for (const c of commitments) {
    const number = c.number;
    if (c.text.trim() === "") out.push({ code: "commitment_without_text", params: { number } });
    if (!forSigning) continue;
    const parties = new Set(c.partyIds).size;
    if (parties === 0) out.push({ code: "commitment_without_responsible", params: { number } });
    if (c.responsibleKind === "joint" && parties < 2) {
      out.push({ code: "joint_commitment_needs_two_parties", params: { number } });
    }
  }
  if (s.areaCount <= 0) out.push({ code: "no_area" });
  if (forSigning && s.partyCount < 2) out.push({ code: "fewer_than_two_parties" });
  return out;
}

/**
 * Checks whether the promise may move to `to`, collecting every refusal that applies
 * (commitment-level refusals in commitment number order). A disallowed transition gives only
 * `transition_not_allowed`.
 * @example checkTransition({ ...snapshot, status: "signed", signedOn: null }, "published")
 * // { ok: false, reasons: [{ code: "not_signed" }] }
 */
export function checkTransition(
  snapshot: PromiseSnapshot,
  to: PromiseStatus,
): { ok: true } | { ok: false; reasons: LifecycleRefusal[] } {
  if (!allowedTransitions(snapshot.status).includes(to)) {
    return {
      ok: false,
      reasons: [{ code: "transition_not_allowed", params: { from: snapshot.status, to } }],
    };
  }
  const commitments = [...snapshot.commitments].sort((a, b) => a.number - b.number);
  const reasons: LifecycleRefusal[] = [];
  switch (to) {
    case "in_consultation":
      reasons.push(...contentRefusals(snapshot, commitments, false));
      break;
    case "signed":
      reasons.push(...contentRefusals(snapshot, commitments, true));
      break;
    case "published":
      if (snapshot.signedOn === null || snapshot.signedOn === "") reasons.push({ code: "not_signed" });
      break;
    case "reported_back":
      for (const c of commitments) {
        if (!c.hasApprovedFinalFollowUp) {
          reasons.push({ code: "commitment_without_final_follow_up", params: { number: c.number } });
        }
      }
      break;
    case "closed":
      for (const c of commitments) {
        if (c.carryOverDecision === null) {
          reasons.push({ code: "commitment_without_carry_over_decision", params: { number: c.number } });
        }
      }
      break;
    default:
      break; // draft and following_up have no extra conditions
  }
  return reasons.length === 0 ? { ok: true } : { ok: false, reasons };
}
