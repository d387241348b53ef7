import { describe, expect, it } from "vitest";
import { AppError } from "../platform/errors.js";
import { chainDateProblem, checkChainDate, isCalendarDate } from "./chain-dates.js";

const bounds = { notBefore: "2019-01-01", today: "2020-03-01" };

describe("dates of the decision chain", () => {
  it("knows which dates exist", () => {
    expect(isCalendarDate("2020-02-29")).toBe(true);
    expect(isCalendarDate("2019-02-29")).toBe(false);
    expect(isCalendarDate("2018-13-45")).toBe(false);
    expect(isCalendarDate("2018-04-31")).toBe(false);
    expect(isCalendarDate("18-4-3")).toBe(false);
    expect(isCalendarDate("")).toBe(false);
  });

  it("refuses a date before the promise began or after today, and accepts both ends", () => {
    expect(chainDateProblem("1899-01-01", bounds)).toBe("date_before_promise");
    expect(chainDateProblem("2020-03-02", bounds)).toBe("date_in_future");
    expect(chainDateProblem("2019-01-01", bounds)).toBeNull();
    expect(chainDateProblem("2020-03-01", bounds)).toBeNull();
    expect(chainDateProblem("2019-05-01", { ...bounds, previous: "2019-06-01" })).toBe(
      "date_before_previous_step",
    );
    expect(chainDateProblem("2019-06-01", { ...bounds, previous: "2019-06-01" })).toBeNull();
  });

  it("throws a 400 with the problem's code and a Swedish message", () => {
    const error = (() => {
      try {
        checkChainDate("2018-13-45", { field: "decidedOn", ...bounds });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(AppError);
    const e = error as AppError;
    expect(e.code).toBe("invalid_body");
    expect(e.params).toMatchObject({ entity: "date_impossible", param: "decidedOn" });
    expect(e.details).toEqual([
      {
        path: "decidedOn",
        code: "date_impossible",
        message: "”2018-13-45” är inget datum som finns. Skriv datumet som ÅÅÅÅ-MM-DD.",
      },
    ]);
    expect(checkChainDate(" 2019-06-01 ", { field: "decidedOn", ...bounds })).toBe("2019-06-01");
  });
});
