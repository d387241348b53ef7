import { describe, expect, it } from "vitest";
import {
  coordinatorsOf,
  dueReminders,
  type GrantHolder,
  latePoints,
  type PointState,
  pointsAwaitingReport,
  reportersToRemind,
} from "./due.js";

const DEADLINE = "2017-05-15";

describe("dueReminders", () => {
  it("is quiet until reminderDaysBefore days before the deadline", () => {
    expect(dueReminders("2017-05-07", DEADLINE, 7)).toEqual([]);
    expect(dueReminders("2017-01-01", DEADLINE, 7)).toEqual([]);
  });

  it("reminds reporters reminderDaysBefore days before, and until the deadline under the same due date", () => {
    const before = [{ kind: "before_deadline", dueOn: "2017-05-08" }];
    expect(dueReminders("2017-05-08", DEADLINE, 7)).toEqual(before);
    expect(dueReminders("2017-05-12", DEADLINE, 7)).toEqual(before);
    expect(dueReminders(DEADLINE, DEADLINE, 7)).toEqual(before);
  });

  it("with 0 days before, reminds on the deadline day itself", () => {
    expect(dueReminders(DEADLINE, DEADLINE, 0)).toEqual([{ kind: "before_deadline", dueOn: DEADLINE }]);
    expect(dueReminders("2017-05-14", DEADLINE, 0)).toEqual([]);
  });

  it("the day after the deadline: late reporters and coordinators", () => {
    const after = [
      { kind: "overdue", dueOn: "2017-05-16" },
      { kind: "coordinator_overdue", dueOn: "2017-05-16" },
    ];
    expect(dueReminders("2017-05-16", DEADLINE, 7)).toEqual(after);
    // caught up for a week if the server was down, still keyed by the day after the deadline
    expect(dueReminders("2017-05-22", DEADLINE, 7)).toEqual(after);
    expect(dueReminders("2017-05-23", DEADLINE, 7)).toEqual([]);
  });

  it("crosses month and year boundaries", () => {
    expect(dueReminders("2018-01-07", "2018-01-14", 7)).toEqual([
      { kind: "before_deadline", dueOn: "2018-01-07" },
    ]);
    expect(dueReminders("2017-03-01", "2017-02-28", 7)).toEqual([
      { kind: "overdue", dueOn: "2017-03-01" },
      { kind: "coordinator_overdue", dueOn: "2017-03-01" },
    ]);
  });
});

const MUNI = "muni";
const POLICE = "police";
const point = (n: number, over: Partial<PointState> = {}): PointState => ({
  commitmentId: `c${n}`,
  number: n,
  text: `Punkt ${n}`,
  promiseId: "p",
  promiseTitle: "Löftet",
  promiseStatus: "following_up",
  partnershipId: "pa",
  responsibleKind: "municipality",
  partyIds: [MUNI],
  unitIds: [],
  followUpState: null,
  ...over,
});
const grant = (accountId: string, over: Partial<GrantHolder> = {}): GrantHolder => ({
  accountId,
  email: `${accountId}@example.se`,
  name: accountId,
  role: "reporter",
  partyId: MUNI,
  unitIds: [],
  ...over,
});

describe("who is reminded of what", () => {
  const points = [
    point(1, { responsibleKind: "joint", partyIds: [MUNI, POLICE], followUpState: "draft" }),
    point(2, { unitIds: ["culture"], followUpState: "returned" }),
    point(3, { unitIds: ["school"] }),
    point(4, { followUpState: "submitted" }),
    point(5, { followUpState: "approved" }),
    point(6, { responsibleKind: "police", partyIds: [POLICE] }),
  ];

  it("nothing for submitted or approved points; draft, returned and missing ones await a report", () => {
    expect(pointsAwaitingReport(points).map((p) => p.number)).toEqual([1, 2, 3, 6]);
  });

  it("nothing for promises that are not being followed up", () => {
    for (const status of ["draft", "published", "reported_back", "closed"]) {
      expect(pointsAwaitingReport([point(1, { promiseStatus: status })])).toEqual([]);
    }
  });

  it("a party reporter gets the party's points; a unit reporter only the points of their units", () => {
    const recipients = reportersToRemind(points, [
      grant("party"),
      grant("culture", { unitIds: ["culture", "care"] }),
      grant("nothing", { unitIds: ["elsewhere"] }),
    ]);
    expect(recipients.map((r) => [r.accountId, r.points.map((p) => p.number)])).toEqual([
      ["party", [1, 2, 3]],
      ["culture", [2]],
    ]);
  });

  it("the kommunpolis gets police and joint points; coordinators and others get no reporter mail", () => {
    const recipients = reportersToRemind(points, [
      grant("kp", { role: "police_coordinator", partyId: null }),
      grant("coord", { role: "coordinator", partyId: null }),
      grant("admin", { role: "administrator", partyId: null }),
    ]);
    expect(recipients.map((r) => [r.accountId, r.points.map((p) => p.number)])).toEqual([["kp", [1, 6]]]);
  });

  it("an account with two grants gets one mail listing each point once", () => {
    const recipients = reportersToRemind(points, [
      grant("both"),
      grant("both", { role: "police_coordinator", partyId: null }),
    ]);
    expect(recipients).toHaveLength(1);
    expect(recipients[0]?.points.map((p) => p.number)).toEqual([1, 2, 3, 6]);
  });

  it("the coordinators' list names every late point with its parties and reporters", () => {
    const grants = [
      grant("anna", { name: "Anna" }),
      grant("kp", { name: "Kim", role: "police_coordinator", partyId: null }),
    ];
    const late = latePoints(points, grants);
    expect(late.map((l) => [l.point.number, l.partyIds, l.reporterNames])).toEqual([
      [1, [MUNI, POLICE], ["Anna", "Kim"]],
      [2, [MUNI], ["Anna"]],
      [3, [MUNI], ["Anna"]],
      [6, [POLICE], ["Kim"]],
    ]);
    expect(
      coordinatorsOf([...grants, grant("c", { role: "coordinator", partyId: null })]).map((c) => c.accountId),
    ).toEqual(["c"]);
  });
});
