// One user of each role, none of them in a database: for the pure permission tests. The provincial ones work for
// province OWN; OTHER is a province none of them belongs to.
import type { Actor } from "@/lib/authz";

export const OWN = 19;
export const OTHER = 2;

export const actors: Record<string, Actor> = {
  admin: { id: 1, role: "ADMIN", provinceId: null },
  committee: { id: 2, role: "COMMITTEE", provinceId: null },
  editor: { id: 3, role: "PROVINCE_EDITOR", provinceId: OWN },
  approver: { id: 4, role: "PROVINCE_APPROVER", provinceId: OWN },
};
