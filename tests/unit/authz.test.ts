import { describe, expect, it } from "vitest";
import { can, READ_ACTIONS, type Action, type Actor } from "@/lib/authz";
import { actors, OTHER, OWN } from "@/tests/support/actors";


// Expected answers: [own province, another province].
const matrix: Record<Action, Record<string, [boolean, boolean]>> = {
  "report:read-draft": { admin: [true, true], committee: [true, true], editor: [true, false], approver: [true, false] },
  "report:edit": { admin: [true, true], committee: [false, false], editor: [true, false], approver: [true, false] },
  "report:submit": { admin: [true, true], committee: [false, false], editor: [true, false], approver: [true, false] },
  "report:approve": { admin: [true, true], committee: [false, false], editor: [false, false], approver: [true, false] },
  "report:return": { admin: [true, true], committee: [false, false], editor: [false, false], approver: [true, false] },
  "report:comment": { admin: [true, true], committee: [true, true], editor: [true, false], approver: [true, false] },
  "report:reopen": { admin: [true, true], committee: [false, false], editor: [false, false], approver: [false, false] },
  "register:read": { admin: [true, true], committee: [true, true], editor: [true, false], approver: [true, false] },
  "register:edit": { admin: [true, true], committee: [false, false], editor: [true, false], approver: [true, false] },
  "target:read": { admin: [true, true], committee: [true, true], editor: [true, false], approver: [true, false] },
  "target:edit": { admin: [true, true], committee: [false, false], editor: [true, false], approver: [true, false] },
  "audit:read": { admin: [true, true], committee: [false, false], editor: [true, false], approver: [true, false] },
  "user:read": { admin: [true, true], committee: [false, false], editor: [false, false], approver: [false, false] },
  "user:manage": { admin: [true, true], committee: [false, false], editor: [false, false], approver: [false, false] },
  "province:configure": { admin: [true, true], committee: [false, false], editor: [false, false], approver: [false, false] },
  "progress:read": { admin: [true, true], committee: [true, true], editor: [false, false], approver: [false, false] },
  "deadline:set": { admin: [true, true], committee: [false, false], editor: [false, false], approver: [false, false] },
  "account:edit": { admin: [true, true], committee: [true, true], editor: [true, false], approver: [true, false] },
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
  it("lets no provincial user read anything of another province, nor a record of no province", () => {
    for (const action of READ_ACTIONS) {
      for (const role of ["PROVINCE_EDITOR", "PROVINCE_APPROVER"] as const) {
        const actor: Actor = { id: 5, role, provinceId: OWN };
        expect(can(actor, action, { provinceId: OTHER }), `${role} ${action}`).toBe(false);
        expect(can(actor, action, { provinceId: null }), `${role} ${action} of no province`).toBe(false);
      }
    }
  });
  it("lets whoever may change a province's register or targets also read them", () => {
    for (const [edit, read] of [["register:edit", "register:read"], ["target:edit", "target:read"], ["report:edit", "report:read-draft"]] as const) {
      for (const actor of Object.values(actors)) {
        for (const provinceId of [OWN, OTHER]) if (can(actor, edit, { provinceId })) expect(can(actor, read, { provinceId })).toBe(true);
      }
    }
  });
  it("reads the register and targets as the access modules did: who may change them, or see the province's drafts", () => {
    for (const actor of Object.values(actors)) {
      for (const provinceId of [OWN, OTHER]) {
        const drafts = can(actor, "report:read-draft", { provinceId });
        expect(can(actor, "register:read", { provinceId })).toBe(can(actor, "register:edit", { provinceId }) || drafts);
        expect(can(actor, "target:read", { provinceId })).toBe(can(actor, "target:edit", { provinceId }) || drafts);
      }
    }
  });
  it("refuses a provincial user with no province, even for a record with none", () => {
    expect(can({ id: 9, role: "PROVINCE_EDITOR", provinceId: null }, "report:edit", { provinceId: null })).toBe(false);
  });
});
