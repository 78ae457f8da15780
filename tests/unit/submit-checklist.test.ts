import { describe, expect, it } from "vitest";
import { submitChecklist } from "@/lib/domain/submit-checklist";
import { STEP_FLAG, stepFromFlag } from "@/lib/report-form/step-flags";

describe("submitChecklist", () => {
  const catalogue = ["coops_total", "coops_new", "members"];
  it("lists the empty indicators in the catalogue's order, and warned values without an explanation", () => {
    const values = { coops_new: 5, coops_total: 1000 };
    expect(submitChecklist(catalogue, values, ["coops_total"], {})).toEqual({ empty: ["members"], unexplained: ["coops_total"] });
    expect(submitChecklist(catalogue, values, ["coops_total"], { coops_total: "   " }).unexplained).toEqual(["coops_total"]);
    expect(submitChecklist(catalogue, values, ["coops_total"], { coops_total: "Sáp nhập" }).unexplained).toEqual([]);
  });
  it("never asks to explain a warning about a value no longer there", () => {
    expect(submitChecklist(catalogue, {}, ["coops_total"], {})).toEqual({ empty: catalogue, unexplained: [] });
  });
});

describe("the step in the address", () => {
  it("reads back what it wrote, and nothing else", () => {
    for (const [step, flag] of Object.entries(STEP_FLAG)) expect(stepFromFlag(flag)).toBe(step);
    expect(stepFromFlag("xoa")).toBeNull();
    expect(stepFromFlag(["nop"])).toBeNull();
  });
});
