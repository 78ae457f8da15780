import { describe, expect, it } from "vitest";
import { auditDiff } from "@/lib/format/audit-diff";

describe("auditDiff", () => {
  it("lists only the leaves that changed, a report value counting as one leaf", () => {
    const before = { version: 3, values: { coops_new: { value: 30, qualifier: "EXACT" }, members: { value: 200000, qualifier: "AT_LEAST" } } };
    const after = { version: 4, values: { coops_new: { value: 31, qualifier: "EXACT" }, members: { value: 200000, qualifier: "AT_LEAST" } }, changed: ["coops_new"] };
    expect(auditDiff(before, after)).toEqual([
      { path: ["version"], before: 3, after: 4 },
      { path: ["values", "coops_new"], before: { value: 30, qualifier: "EXACT" }, after: { value: 31, qualifier: "EXACT" } },
    ]);
  });
  it("shows a creation as every field appearing and a deletion as every field going", () => {
    expect(auditDiff(null, { role: "ADMIN", provinceId: null })).toEqual([
      { path: ["role"], before: undefined, after: "ADMIN" },
      { path: ["provinceId"], before: undefined, after: null },
    ]);
    expect(auditDiff({ min: 120 }, undefined)).toEqual([{ path: ["min"], before: 120, after: undefined }]);
  });
  it("has nothing to say when nothing was recorded", () => {
    expect(auditDiff(null, null)).toEqual([]);
    expect(auditDiff(undefined, undefined)).toEqual([]);
  });
});
