import { describe, expect, it } from "vitest";
import { can, type Action, type Actor } from "../../lib/authz";

const OWN = 19;
const OTHER = 2;
const actors: Record<string, Actor> = {
  admin: { id: 1, role: "ADMIN", provinceId: null },
  committee: { id: 2, role: "COMMITTEE", provinceId: null },
  editor: { id: 3, role: "PROVINCE_EDITOR", provinceId: OWN },
  approver: { id: 4, role: "PROVINCE_APPROVER", provinceId: OWN },
};

// Expected answers: [own province, another province].
const matrix: Record<Action, Record<string, [boolean, boolean]>> = {
  "report:read-draft": { admin: [true, true], committee: [true, true], editor: [true, false], approver: [true, false] },
  "report:edit": { admin: [true, true], committee: [false, false], editor: [true, false], approver: [true, false] },
  "report:submit": { admin: [true, true], committee: [false, false], editor: [true, false], approver: [true, false] },
  "report:approve": { admin: [true, true], committee: [false, false], editor: [false, false], approver: [true, false] },
  "report:return": { admin: [true, true], committee: [false, false], editor: [false, false], approver: [true, false] },
  "report:reopen": { admin: [true, true], committee: [false, false], editor: [false, false], approver: [false, false] },
  "target:edit": { admin: [true, true], committee: [false, false], editor: [true, false], approver: [true, false] },
  "register:edit": { admin: [true, true], committee: [false, false], editor: [true, false], approver: [true, false] },
  "audit:read": { admin: [true, true], committee: [false, false], editor: [true, false], approver: [true, false] },
  "user:manage": { admin: [true, true], committee: [false, false], editor: [false, false], approver: [false, false] },
  "province:configure": { admin: [true, true], committee: [false, false], editor: [false, false], approver: [false, false] },
};

describe("can(actor, action, scope)", () => {
  for (const [action, byRole] of Object.entries(matrix) as [Action, Record<string, [boolean, boolean]>][]) {
    for (const [name, [own, other]] of Object.entries(byRole)) {
      it(`${name} ${own ? "may" : "may not"} ${action} in their province, ${other ? "may" : "may not"} in another`, () => {
        expect(can(actors[name], action, { provinceId: OWN })).toBe(own);
        expect(can(actors[name], action, { provinceId: OTHER })).toBe(other);
      });
    }
  }
  it("refuses everyone not signed in", () => {
    for (const action of Object.keys(matrix) as Action[]) expect(can(null, action, { provinceId: OWN })).toBe(false);
  });
  it("refuses a provincial user with no province, even for a record with none", () => {
    expect(can({ id: 9, role: "PROVINCE_EDITOR", provinceId: null }, "report:edit", { provinceId: null })).toBe(false);
  });
});
