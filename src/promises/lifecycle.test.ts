import { describe, expect, it } from "vitest";
import {
  allowedTransitions,
  checkTransition,
  isEditable,
  isPromiseStatus,
  PROMISE_STATUSES,
  type PromiseSnapshot,
  type PromiseStatus,
} from "./lifecycle.js";

type Commitment = PromiseSnapshot["commitments"][number];

const commitment = (number: number, over: Partial<Commitment> = {}): Commitment => ({
  number,
  text: `Åtagande ${number}`,
  responsibleKind: "joint",
  partyIds: ["kommun", "polis"],
  hasApprovedFinalFollowUp: true,
  carryOverDecision: "close",
  ...over,
});

const snapshot = (status: PromiseStatus, over: Partial<PromiseSnapshot> = {}): PromiseSnapshot => ({
  status,
  signedOn: "2017-03-01",
  areaCount: 1,
  partyCount: 2,
  commitments: [commitment(1), commitment(2)],
  ...over,
});

describe("statuses and transitions", () => {
  it("lists statuses in lifecycle order", () => {
    expect(PROMISE_STATUSES).toEqual([
      "draft",
      "in_consultation",
      "signed",
      "published",
      "following_up",
      "reported_back",
      "closed",
    ]);
    expect(isPromiseStatus("signed")).toBe(true);
    expect(isPromiseStatus("utkast")).toBe(false);
    expect(isPromiseStatus(undefined)).toBe(false);
  });

  it("allows exactly the forward chain plus in_consultation → draft", () => {
    const allowed = PROMISE_STATUSES.flatMap((from) => allowedTransitions(from).map((to) => `${from}>${to}`));
    expect(allowed.sort()).toEqual(
      [
        "draft>in_consultation",
        "in_consultation>signed",
        "in_consultation>draft",
        "signed>published",
        "published>following_up",
        "following_up>reported_back",
        "reported_back>closed",
      ].sort(),
    );
    expect(() => allowedTransitions("x" as PromiseStatus)).toThrow(RangeError);
  });

  it("refuses every other transition with only transition_not_allowed", () => {
    for (const from of PROMISE_STATUSES) {
      for (const to of PROMISE_STATUSES) {
        if (allowedTransitions(from).includes(to)) continue;
        // a snapshot that would also fail content checks must still give a single reason
        const result = checkTransition(snapshot(from, { commitments: [], areaCount: 0, signedOn: null }), to);
        expect(result).toEqual({
          ok: false,
          reasons: [{ code: "transition_not_allowed", params: { from, to } }],
        });
      }
    }
  });

  it("allows editing only before signing", () => {
    expect(PROMISE_STATUSES.filter(isEditable)).toEqual(["draft", "in_consultation"]);
  });
});

describe("checkTransition", () => {
  it("accepts a complete promise through the whole lifecycle", () => {
    for (const [from, to] of [
      ["draft", "in_consultation"],
      ["in_consultation", "draft"],
      ["in_consultation", "signed"],
      ["signed", "published"],
      ["published", "following_up"],
      ["following_up", "reported_back"],
      ["reported_back", "closed"],
    ] as const) {
      expect(checkTransition(snapshot(from), to), `${from}>${to}`).toEqual({ ok: true });
    }
  });

  it("to in_consultation: collects all content refusals", () => {
    expect(checkTransition(snapshot("draft", { commitments: [], areaCount: 0 }), "in_consultation")).toEqual({
      ok: false,
      reasons: [{ code: "no_commitments" }, { code: "no_area" }],
    });
    const blank = [commitment(3, { text: "  " }), commitment(1, { text: "", partyIds: [] })];
    expect(
      checkTransition(snapshot("draft", { commitments: blank, partyCount: 1 }), "in_consultation"),
    ).toEqual({
      ok: false,
      reasons: [
        { code: "commitment_without_text", params: { number: 1 } },
        { code: "commitment_without_text", params: { number: 3 } },
      ],
    });
  });

  it("to signed: also requires responsible parties and two parties", () => {
    const commitments = [
      commitment(1, { text: "" }),
      commitment(2, { responsibleKind: "police", partyIds: [] }),
      commitment(3, { responsibleKind: "joint", partyIds: ["polis", "polis"] }),
      commitment(4, { responsibleKind: "joint", partyIds: [] }),
      commitment(5, { responsibleKind: "municipality", partyIds: ["kommun"] }),
    ];
    const result = checkTransition(
      snapshot("in_consultation", { commitments, areaCount: 0, partyCount: 1 }),
      "signed",
    );
    expect(result).toEqual({
      ok: false,
      reasons: [
        { code: "commitment_without_text", params: { number: 1 } },
        { code: "commitment_without_responsible", params: { number: 2 } },
        { code: "joint_commitment_needs_two_parties", params: { number: 3 } },
        { code: "commitment_without_responsible", params: { number: 4 } },
        { code: "joint_commitment_needs_two_parties", params: { number: 4 } },
        { code: "no_area" },
        { code: "fewer_than_two_parties" },
      ],
    });
    expect(checkTransition(snapshot("in_consultation", { commitments: [] }), "signed")).toEqual({
      ok: false,
      reasons: [{ code: "no_commitments" }],
    });
  });

  it("to published: requires a signing date", () => {
    expect(checkTransition(snapshot("signed", { signedOn: null }), "published")).toEqual({
      ok: false,
      reasons: [{ code: "not_signed" }],
    });
  });

  it("to reported_back: every commitment needs an approved final follow-up", () => {
    const commitments = [
      commitment(2, { hasApprovedFinalFollowUp: false }),
      commitment(1),
      commitment(3, { hasApprovedFinalFollowUp: false }),
    ];
    expect(checkTransition(snapshot("following_up", { commitments }), "reported_back")).toEqual({
      ok: false,
      reasons: [
        { code: "commitment_without_final_follow_up", params: { number: 2 } },
        { code: "commitment_without_final_follow_up", params: { number: 3 } },
      ],
    });
  });

  it("to closed: every commitment needs a carry-over decision", () => {
    const commitments = [
      commitment(1, { carryOverDecision: "carry" }),
      commitment(2, { carryOverDecision: null }),
    ];
    expect(checkTransition(snapshot("reported_back", { commitments }), "closed")).toEqual({
      ok: false,
      reasons: [{ code: "commitment_without_carry_over_decision", params: { number: 2 } }],
    });
  });

  it("back to draft and to following_up have no extra conditions", () => {
    const empty = { commitments: [], areaCount: 0, partyCount: 0, signedOn: null };
    expect(checkTransition(snapshot("in_consultation", empty), "draft")).toEqual({ ok: true });
    expect(checkTransition(snapshot("published", empty), "following_up")).toEqual({ ok: true });
  });

  it("does not reorder the caller's commitments", () => {
    const commitments = [commitment(2), commitment(1)];
    checkTransition(snapshot("following_up", { commitments }), "reported_back");
    expect(commitments.map((c) => c.number)).toEqual([2, 1]);
  });
});
