import { describe, expect, it } from "vitest";
import { boardYears, cellState, existsIn, filterBoard, parseStateFilter, shapeBoard, STATE_WORDS, summarise, type BoardProvince, type BoardReport } from "@/lib/queries/board-shape";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const OLD = day("2008-08-01");
const MERGED = day("2025-06-30");
const provinces: BoardProvince[] = [
  { id: 1, slug: "thai-nguyen", name: "Thái Nguyên", validFrom: OLD, validUntil: null },
  { id: 2, slug: "bac-kan", name: "Bắc Kạn", validFrom: OLD, validUntil: MERGED },
  { id: 3, slug: "dak-lak", name: "Đắk Lắk", validFrom: OLD, validUntil: null },
  { id: 4, slug: "dien-bien", name: "Điện Biên", validFrom: OLD, validUntil: null },
  { id: 5, slug: "da-nang", name: "TP Đà Nẵng", validFrom: OLD, validUntil: null },
  { id: 6, slug: "new-one", name: "An Mới", validFrom: day("2025-07-01"), validUntil: null },
];
const report = (provinceId: number, year: number, status: BoardReport["status"], extra: Partial<BoardReport> = {}): BoardReport => ({
  provinceId, year, status, returnComment: null, submittedAt: null, changedAt: day(`${year}-12-01`), changedBy: "Người A", ...extra,
});
// 22 December 2025, noon in Hà Nội: the default due day of 2025 has just passed.
const now = new Date("2025-12-22T12:00:00+07:00");

describe("which provinces a year has", () => {
  it("keeps a province merged on 1 July 2025 in 2024 but not in 2025, and one begun then only from 2025", () => {
    expect(existsIn(provinces[1], 2024)).toBe(true);
    expect(existsIn(provinces[1], 2025)).toBe(false);
    expect(existsIn(provinces[5], 2024)).toBe(false);
    expect(existsIn(provinces[5], 2025)).toBe(true);
  });
  it("lists the year's provinces in Vietnamese order (Đ after D), with a cell per year and none before a province began", () => {
    const { years, rows } = shapeBoard({ year: 2025, provinces, reports: [], deadlines: new Map(), now });
    expect(years).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(rows.map((r) => r.name)).toEqual(["An Mới", "Đắk Lắk", "Điện Biên", "Thái Nguyên", "TP Đà Nẵng"]);
    expect(rows[0].cells.map((c) => c?.year ?? null)).toEqual([null, null, null, null, 2025]);
    expect(shapeBoard({ year: 2024, provinces, reports: [], deadlines: new Map(), now }).rows.map((r) => r.slug)).toContain("bac-kan");
  });
});

describe("a cell", () => {
  it("tells a returned draft (with the approver's comment) from a plain draft", () => {
    expect(cellState(null)).toBe("none");
    expect(cellState({ status: "DRAFT", returnComment: null })).toBe("draft");
    expect(cellState({ status: "DRAFT", returnComment: "Thiếu số thành viên" })).toBe("returned");
    expect(cellState({ status: "SUBMITTED", returnComment: null })).toBe("submitted");
    expect(cellState({ status: "APPROVED", returnComment: null })).toBe("approved");
  });
  it("is late past the due day unless submitted, and counts a submitted one's days to the day it went in", () => {
    const reports = [
      report(1, 2025, "DRAFT", { returnComment: "Sửa lại" }),
      report(3, 2025, "SUBMITTED", { submittedAt: new Date("2025-12-19T09:00:00+07:00") }),
      report(4, 2025, "APPROVED", { submittedAt: new Date("2025-12-23T09:00:00+07:00") }),
    ];
    const { rows } = shapeBoard({ year: 2025, provinces, reports, deadlines: new Map(), now });
    const cell = (slug: string) => rows.find((r) => r.slug === slug)!.cells[4]!;
    expect(cell("thai-nguyen")).toMatchObject({ state: "returned", deadline: "late", days: -1, changedBy: "Người A" });
    expect(cell("dak-lak")).toMatchObject({ state: "submitted", deadline: "done", days: 2 });
    expect(cell("dien-bien")).toMatchObject({ state: "approved", deadline: "done", days: -2 });
    expect(cell("da-nang")).toMatchObject({ state: "none", deadline: "late", changedAt: null, changedBy: null });
  });
  it("follows a due day set for the year", () => {
    const { rows } = shapeBoard({ year: 2025, provinces, reports: [], deadlines: new Map([[2025, day("2026-01-15")]]), now });
    expect(rows[0].cells[4]).toMatchObject({ deadline: "open", days: 24 });
  });
});

describe("filters and the summary", () => {
  const reports = [report(1, 2025, "SUBMITTED", { submittedAt: day("2025-12-10") }), report(3, 2025, "APPROVED"), report(4, 2025, "DRAFT")];
  const { rows } = shapeBoard({ year: 2025, provinces, reports, deadlines: new Map(), now });
  it("count the chosen year's states and the late ones", () => {
    expect(summarise(rows)).toEqual({ provinces: 5, counts: { none: 2, draft: 1, returned: 0, submitted: 1, approved: 1 }, late: 3 });
  });
  it("keep a region, a state, or the late ones", () => {
    expect(filterBoard(rows, { region: "tay-nguyen", state: null }).map((r) => r.slug)).toEqual(["dak-lak"]);
    expect(filterBoard(rows, { region: null, state: "draft" }).map((r) => r.slug)).toEqual(["dien-bien"]);
    expect(filterBoard(rows, { region: null, state: "late" }).map((r) => r.slug)).toEqual(["new-one", "dien-bien", "da-nang"]);
    expect(filterBoard(rows, { region: "mien-nui-phia-bac", state: "late" }).map((r) => r.slug)).toEqual(["dien-bien"]);
  });
  it("read the state words of the address, and only them", () => {
    for (const [state, word] of Object.entries(STATE_WORDS)) expect(parseStateFilter(word)).toBe(state);
    expect(parseStateFilter("late")).toBeNull();
    expect(boardYears(2025, 3)).toEqual([2023, 2024, 2025]);
  });
});
