// What each user may do to a yearly report now (lib/domain/report-workflow.ts): the table the report page draws
// its buttons from and the services refuse by. Actor × report state × province, then the four-eyes rule, a
// province merged away, a year outside the report years, and which refusal comes first.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz";
import { availableTransitions, mayReadReport, refusal, type ReportFacts, type Step } from "@/lib/domain/report-workflow";
import { actors, OTHER, OWN } from "@/tests/support/actors";

const SOMEONE_ELSE = 99;
type State = ReportFacts["status"];
const STATES: State[] = [null, "DRAFT", "SUBMITTED", "APPROVED"];

function facts(over: Partial<ReportFacts> = {}): ReportFacts {
  return {
    provinceId: OWN, year: 2024, yearInRange: true, validUntil: null,
    status: "DRAFT", submittedById: SOMEONE_ELSE, lastEditedById: SOMEONE_ELSE, singlePersonApproval: false,
    ...over,
  };
}
const steps = (f: ReportFacts, actor: Actor | null) => (Object.entries(availableTransitions(f, actor)) as [Step, boolean][]).filter(([, ok]) => ok).map(([s]) => s).sort();

// The ordinary case: a year within the range, a province that still exists, the report's authors someone else.
// [state] → the steps allowed in the actor's own province; in another province only the admin keeps them.
const own: Record<string, Record<string, Step[]>> = {
  admin: { none: ["save", "submit"], DRAFT: ["delete", "save", "submit"], SUBMITTED: ["approve", "return"], APPROVED: ["reopen"] },
  committee: { none: [], DRAFT: [], SUBMITTED: [], APPROVED: [] },
  editor: { none: ["save", "submit"], DRAFT: ["delete", "save", "submit"], SUBMITTED: [], APPROVED: [] },
  approver: { none: ["save", "submit"], DRAFT: ["delete", "save", "submit"], SUBMITTED: ["approve", "return"], APPROVED: [] },
};

describe("availableTransitions(report, actor)", () => {
  for (const [name, byState] of Object.entries(own)) {
    for (const status of STATES) {
      const key = status ?? "none";
      it(`${name}, ${key}: ${byState[key].join(", ") || "nothing"} in their province; ${name === "admin" ? "the same" : "nothing"} in another`, () => {
        expect(steps(facts({ status }), actors[name])).toEqual(byState[key]);
        expect(steps(facts({ status, provinceId: OTHER }), actors[name])).toEqual(name === "admin" ? byState[key] : []);
      });
    }
  }

  for (const name of Object.keys(own)) {
    it(`${name} sees every report of their province${name === "editor" || name === "approver" ? ", only approved ones elsewhere" : " and of every other"}`, () => {
      const everywhere = name === "admin" || name === "committee";
      for (const status of STATES) {
        expect(mayReadReport(facts({ status }), actors[name]), `${status}`).toBe(true);
        expect(mayReadReport(facts({ status, provinceId: OTHER }), actors[name]), `${status} elsewhere`).toBe(everywhere || status === "APPROVED");
      }
    });
  }

  it("offers nothing to someone not signed in, who sees approved reports only", () => {
    for (const status of STATES) expect(mayReadReport(facts({ status }), null)).toBe(status === "APPROVED");
    for (const status of STATES) expect(steps(facts({ status }), null)).toEqual([]);
  });

  describe("four eyes", () => {
    for (const who of ["submittedById", "lastEditedById"] as const) {
      it(`keeps the approve step from whoever is the report's ${who}, administrators included`, () => {
        for (const name of ["approver", "admin"]) {
          const f = facts({ status: "SUBMITTED", [who]: actors[name].id });
          expect(steps(f, actors[name])).toEqual(["return"]);
          expect(refusal("approve", f, actors[name])).toBe("SELF_APPROVAL");
        }
      });
    }
    it("gives it back when single-person approval is on for the province", () => {
      const f = facts({ status: "SUBMITTED", submittedById: actors.approver.id, lastEditedById: actors.approver.id, singlePersonApproval: true });
      expect(steps(f, actors.approver)).toEqual(["approve", "return"]);
    });
    it("does not concern another approver of the province", () => {
      expect(steps(facts({ status: "SUBMITTED", submittedById: actors.editor.id }), actors.approver)).toEqual(["approve", "return"]);
    });
  });

  it("lets nothing be written or submitted for a year after the province merged away; deleting, approving, returning stay", () => {
    const closed = { validUntil: new Date("2025-06-30"), year: 2025 };
    expect(steps(facts({ ...closed, status: null }), actors.approver)).toEqual([]);
    expect(steps(facts({ ...closed, status: "DRAFT" }), actors.approver)).toEqual(["delete"]);
    expect(steps(facts({ ...closed, status: "SUBMITTED" }), actors.approver)).toEqual(["approve", "return"]);
    expect(refusal("submit", facts({ ...closed, status: "DRAFT" }), actors.approver)).toBe("PROVINCE_CLOSED");
    // A province that existed to the year's last day still writes that year's report.
    expect(steps(facts({ validUntil: new Date("2025-12-31"), year: 2025 }), actors.editor)).toEqual(["delete", "save", "submit"]);
  });

  it("outside the report years, only takes a report back and deletes it", () => {
    const out = { yearInRange: false };
    expect(steps(facts({ ...out, status: null }), actors.admin)).toEqual([]);
    expect(steps(facts({ ...out, status: "DRAFT" }), actors.admin)).toEqual(["delete"]);
    expect(steps(facts({ ...out, status: "SUBMITTED" }), actors.admin)).toEqual(["return"]);
    expect(steps(facts({ ...out, status: "APPROVED" }), actors.admin)).toEqual(["reopen"]);
    expect(refusal("approve", facts({ ...out, status: "SUBMITTED" }), actors.admin)).toBe("YEAR_OUT_OF_RANGE");
  });
});

describe("refusal(step, report, actor): the first reason, in the order the services find them", () => {
  const cases: [string, Step, Partial<ReportFacts>, Actor | null, string | null][] = [
    ["nobody signed in", "save", {}, null, "NOT_SIGNED_IN"],
    ["another province before the report's state", "save", { provinceId: OTHER, status: "APPROVED" }, actors.editor, "FORBIDDEN"],
    ["the role before the report's state", "approve", { status: "DRAFT" }, actors.editor, "FORBIDDEN"],
    ["the committee", "save", {}, actors.committee, "FORBIDDEN"],
    ["a merged province before the year range", "save", { validUntil: new Date("2020-01-01"), yearInRange: false }, actors.editor, "PROVINCE_CLOSED"],
    ["the year range before the report's state", "submit", { yearInRange: false, status: "APPROVED" }, actors.editor, "YEAR_OUT_OF_RANGE"],
    ["an approved report is locked", "save", { status: "APPROVED" }, actors.editor, "LOCKED"],
    ["a submitted report is not a draft", "delete", { status: "SUBMITTED" }, actors.editor, "BAD_STATE"],
    ["a draft is not approved", "approve", { status: "DRAFT" }, actors.approver, "BAD_STATE"],
    ["a report that does not exist", "approve", { status: null }, actors.approver, "NOT_FOUND"],
    ["nor is one submitted before it is saved", "submit", { status: null }, actors.editor, "NOT_FOUND"],
    ["a first save creates it", "save", { status: null }, actors.editor, null],
  ];
  for (const [name, step, over, actor, expected] of cases) {
    it(`${name}: ${step} → ${expected ?? "allowed"}`, () => expect(refusal(step, facts(over), actor)).toBe(expected));
  }
});
