// The tile map's grid (decision 0034): every province of each set has exactly one tile, no two tiles share a cell,
// every slug is a province of the seed, and the shape keeps north at the top; and how tiles get their colour.
import { describe, expect, it } from "vitest";
import { PROVINCES } from "@/prisma/seed/provinces";
import { TILE_GRID, TILE_LABEL, gridSize, type TileSet } from "@/lib/domain/tile-grid";
import { classOf, pointOf, termVerdict, valueClasses } from "@/lib/domain/tile-scale";

const SETS: Record<TileSet, string[]> = {
  "63": PROVINCES.map((p) => p.slug),
  "34": PROVINCES.filter((p) => !p.mergedInto).map((p) => p.slug),
};

describe.each(["63", "34"] as const)("the grid of the %s", (set) => {
  const grid = TILE_GRID[set];

  it("has exactly one tile per province of the set, and only those", () => {
    expect(SETS[set]).toHaveLength(Number(set));
    expect([...grid.keys()].sort()).toEqual([...SETS[set]].sort());
  });

  it("puts no two tiles in one cell", () => {
    const cells = [...grid.values()].map((p) => `${p.row},${p.col}`);
    expect(new Set(cells).size).toBe(cells.length);
  });

  it("keeps the country's shape: north at the top, the south at the bottom, within its size", () => {
    const { rows, cols } = gridSize(set);
    expect(rows).toBeGreaterThanOrEqual(15);
    expect(cols).toBeLessThanOrEqual(13);
    for (const p of grid.values()) expect(p.row >= 0 && p.row < rows && p.col >= 0 && p.col < cols).toBe(true);
    const at = (slug: string) => grid.get(slug)!;
    expect(at("ha-noi").row).toBeLessThan(at("hue").row);
    expect(at("hue").row).toBeLessThan(at("tp-ho-chi-minh").row);
    expect(at("ca-mau").row).toBe(rows - 1);
    // The S-curve: the centre's coast lies east of both Hà Nội and Hồ Chí Minh City.
    expect(at("da-nang").col).toBeGreaterThan(at("ha-noi").col);
    expect(at("da-nang").col).toBeGreaterThan(at("tp-ho-chi-minh").col);
  });

  it("gives every tile a short label of its own", () => {
    const labels = SETS[set].map((s) => TILE_LABEL[s]);
    expect(labels.every((l) => l && l.length <= 4)).toBe(true);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe("colouring a tile", () => {
  it("splits the values into up to five classes of about as many values, low to high", () => {
    const classes = valueClasses([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(classes).toEqual([{ low: 1, high: 2 }, { low: 3, high: 4 }, { low: 5, high: 6 }, { low: 7, high: 8 }, { low: 9, high: 10 }]);
    expect(classOf(1, classes)).toBe(0);
    expect(classOf(6, classes)).toBe(2);
    expect(classOf(10, classes)).toBe(4);
  });

  it("makes no more classes than distinct values, and none without values", () => {
    expect(valueClasses([120, 120, 606])).toEqual([{ low: 120, high: 120 }, { low: 606, high: 606 }]);
    expect(valueClasses([])).toEqual([]);
    expect(classOf(5, [])).toBeNull();
  });

  it("colours a range by its middle and a lower bound by what is certain", () => {
    expect(pointOf({ low: 2, high: 4.5 })).toBe(3.25);
    expect(pointOf({ low: 470, high: null })).toBe(470);
  });

  it("says where a term stands: any target not met first, then met, then undecided", () => {
    expect(termVerdict(null)).toBe("NO_TERM");
    expect(termVerdict({ EXCEEDED: 2, NOT_MET: 1 })).toBe("NOT_MET");
    expect(termVerdict({ ON_TRACK: 1, BEHIND: 1 })).toBe("NOT_MET");
    expect(termVerdict({ ACHIEVED: 1, NO_DATA: 3 })).toBe("MET");
    expect(termVerdict({ INCONCLUSIVE: 1, NO_DATA: 1 })).toBe("UNDECIDED");
    expect(termVerdict({})).toBe("UNDECIDED");
  });
});
