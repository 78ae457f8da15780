// Two people saving the same report from the same copy (decision 0041): what each changed is kept, and only a
// field both changed to different figures is a conflict, resolved field by field.
import { describe, expect, it } from "vitest";
import { mergeValues, resolveConflicts, type Values } from "@/lib/report-form/merge";

const v = (value: number, qualifier = "EXACT", high: number | null = null) => ({ value, qualifier, high }) as Values[string];
const base: Values = { coops_total: v(500), coops_new: v(30), members: v(9000) };

describe("merging a save onto the report as it is now", () => {
  it("keeps the other person's changes to fields this save did not touch", () => {
    const mine = { ...base, coops_new: v(35) };
    const current = { ...base, coops_total: v(510) };
    expect(mergeValues(base, mine, current)).toEqual({
      values: { coops_total: v(510), coops_new: v(35), members: v(9000) }, mine: ["coops_new"], theirs: ["coops_total"], conflicts: [],
    });
  });
  it("writes an emptied field as removed, and keeps a field the other person added", () => {
    const mine: Values = { coops_total: v(500), coops_new: v(30) };
    const current = { ...base, groups_total: v(12) };
    expect(mergeValues(base, mine, current).values).toEqual({ coops_total: v(500), coops_new: v(30), groups_total: v(12) });
  });
  it("finds a conflict only where both changed a field to different figures", () => {
    const mine = { ...base, coops_total: v(520), coops_new: v(31) };
    const current = { ...base, coops_total: v(510), coops_new: v(31) };
    const m = mergeValues(base, mine, current);
    expect(m.conflicts).toEqual(["coops_total"]);
    // A qualifier is part of the figure: "trên 500" is not "500".
    expect(mergeValues(base, { ...base, coops_total: v(510, "AT_LEAST") }, { ...base, coops_total: v(510) }).conflicts).toEqual(["coops_total"]);
    // One emptied what the other changed: a conflict too.
    const { members: _, ...emptied } = base;
    expect(mergeValues(base, emptied, { ...base, members: v(9100) }).conflicts).toEqual(["members"]);
  });
  it("is the plain save when nobody else saved", () => {
    const mine = { ...base, coops_new: v(40) };
    expect(mergeValues(base, mine, base)).toEqual({ values: mine, mine: ["coops_new"], theirs: [], conflicts: [] });
  });
});

describe("resolving a conflict field by field", () => {
  const mine = { ...base, coops_total: v(520), coops_new: v(33), members: v(9500) };
  const current = { ...base, coops_total: v(510), coops_new: v(32), groups_total: v(7) };
  it("takes theirs where chosen, mine elsewhere, and the other person's other fields as they are", () => {
    expect(resolveConflicts(base, mine, current, { coops_total: "theirs", coops_new: "mine" })).toEqual({
      coops_total: v(510), coops_new: v(33), members: v(9500), groups_total: v(7),
    });
  });
  it("keeps mine where nothing was chosen", () => {
    expect(resolveConflicts(base, mine, current, {})).toMatchObject({ coops_total: v(520), coops_new: v(33) });
  });
  it("saved against the new version, merges to exactly what was chosen", () => {
    const chosen = resolveConflicts(base, mine, current, { coops_total: "theirs" });
    const m = mergeValues(current, chosen, current);
    expect(m.conflicts).toEqual([]);
    expect(m.values).toEqual(chosen);
  });
});
