// Writes the generated country with insertRows (one statement per few thousand rows). Every term, target and
// figure points at the synthetic Source; every unit is flagged synthetic.
import type pg from "pg";
import type { SyntheticCountry } from "./country";
import { insertRows, type Column } from "./bulk";
import { registerFor, type SyntheticUnit } from "./register";
import { reportsFor, type SyntheticReport, type SyntheticValue } from "./reports";
import { termsFor, type SyntheticTarget, type SyntheticTerm } from "./terms";

export interface LoadContext {
  client: pg.ClientBase;
  country: SyntheticCountry;
  sourceId: number;
  provinceIds: Map<string, number>;
  indicatorIds: Map<string, number>;
}

const must = <K, V>(map: Map<K, V>, key: K): V => {
  const v = map.get(key);
  if (v === undefined) throw new Error(`synthetic: unknown reference "${String(key)}"`);
  return v;
};
/** A timestamp as Prisma stores it: UTC wall time in a `timestamp(3)` column. */
const utc = (d: Date) => d.toISOString().replace("T", " ").replace("Z", "");

export async function insertTerms({ client, country, sourceId, provinceIds, indicatorIds }: LoadContext) {
  const terms = country.provinces.flatMap(termsFor);
  const cols: Column<SyntheticTerm>[] = [
    ["provinceId", "int", (t) => must(provinceIds, t.slug)], ["congress", "varchar", (t) => t.congress],
    ["startYear", "int", (t) => t.startYear], ["endYear", "int", (t) => t.endYear], ["label", "varchar", (t) => t.label],
    ["note", "text", (t) => t.note], ["sourceId", "int", () => sourceId],
  ];
  const ids = await insertRows<SyntheticTerm, { id: number; provinceId: number; startYear: number; endYear: number }>(
    client, "Term", cols, terms, { returning: `id, "provinceId", "startYear", "endYear"` });
  const termId = new Map(ids.map((r) => [`${r.provinceId}:${r.startYear}:${r.endYear}`, r.id]));
  const targets = terms.flatMap((t) => t.targets.map((g) => ({ g, termId: must(termId, `${must(provinceIds, t.slug)}:${t.startYear}:${t.endYear}`) })));
  const tcols: Column<{ g: SyntheticTarget; termId: number }>[] = [
    ["termId", "int", (r) => r.termId], ["indicatorId", "int", (r) => must(indicatorIds, r.g.code)],
    ["kind", `"TargetKind"`, (r) => r.g.kind], ["min", "numeric", (r) => r.g.min], ["max", "numeric", (r) => r.g.max],
    ["qualifier", `"Qualifier"`, (r) => r.g.qualifier], ["sourceId", "int", () => sourceId],
  ];
  await insertRows(client, "Target", tcols, targets);
  return { terms: terms.length, targets: targets.length };
}

export async function insertReports({ client, country, sourceId, provinceIds, indicatorIds }: LoadContext) {
  const reports = country.provinces.flatMap(reportsFor);
  const cols: Column<SyntheticReport>[] = [
    ["provinceId", "int", (r) => must(provinceIds, r.slug)], ["year", "int", (r) => r.year],
    ["status", `"ReportStatus"`, () => "APPROVED"], ["submittedAt", "timestamp(3)", (r) => utc(r.submittedAt)],
    ["approvedAt", "timestamp(3)", (r) => utc(r.approvedAt)],
  ];
  const ids = await insertRows<SyntheticReport, { id: number; provinceId: number; year: number }>(
    client, "YearlyReport", cols, reports, { constants: { updatedAt: "now()" }, returning: `id, "provinceId", year` });
  const reportId = new Map(ids.map((r) => [`${r.provinceId}:${r.year}`, r.id]));
  const values = reports.flatMap((r) => r.values.map((v) => ({ v, year: r.year, reportId: must(reportId, `${must(provinceIds, r.slug)}:${r.year}`) })));
  const vcols: Column<{ v: SyntheticValue; year: number; reportId: number }>[] = [
    ["reportId", "int", (r) => r.reportId], ["indicatorId", "int", (r) => must(indicatorIds, r.v.code)],
    ["fromYear", "int", (r) => r.year], ["qualifier", `"Qualifier"`, (r) => r.v.qualifier],
    ["value", "numeric", (r) => r.v.value], ["high", "numeric", (r) => r.v.high], ["estimate", "boolean", (r) => r.v.estimate],
    ["includesCreditFunds", "boolean", (r) => r.v.includesCreditFunds], ["sourceId", "int", () => sourceId],
  ];
  await insertRows(client, "ReportValue", vcols, values);
  return { reports: reports.length, values: values.length };
}

const UNIT_COLUMNS: Column<SyntheticUnit & { provinceId: number; unionId: number | null }>[] = [
  ["provinceId", "int", (u) => u.provinceId], ["type", `"UnitType"`, (u) => u.type], ["name", "varchar", (u) => u.name],
  ["registrationNo", "varchar", (u) => u.registrationNo], ["sector", `"Sector"`, (u) => u.sector],
  ["commune", "varchar", (u) => u.commune], ["foundedYear", "int", (u) => u.foundedYear],
  ["dissolvedYear", "int", (u) => u.dissolvedYear], ["members", "int", (u) => u.members], ["workers", "int", (u) => u.workers],
  ["rating", `"Rating"`, (u) => u.rating], ["ratingYear", "int", (u) => u.ratingYear], ["unionId", "int", (u) => u.unionId],
  ["synthetic", "boolean", () => true],
];

/** Province by province, so that even at --scale 10 only one province's units are held in memory. */
export async function insertRegister({ client, country, provinceIds }: LoadContext) {
  const counts: Record<string, number> = { units: 0 };
  for (const p of country.provinces) {
    const provinceId = must(provinceIds, p.seed.slug);
    const { unions, others } = registerFor(p);
    const unionRows = await insertRows<(typeof unions)[number] & { provinceId: number; unionId: null }, { id: number; registrationNo: string }>(
      client, "RegisterUnit", UNIT_COLUMNS, unions.map((u) => ({ ...u, provinceId, unionId: null })),
      { constants: { updatedAt: "now()" }, returning: `id, "registrationNo"` });
    const unionId = new Map(unionRows.map((r) => [r.registrationNo, r.id]));
    const rows = others.map((u) => ({ ...u, provinceId, unionId: u.unionIndex === null ? null : must(unionId, unions[u.unionIndex].registrationNo) }));
    await insertRows(client, "RegisterUnit", UNIT_COLUMNS, rows, { constants: { updatedAt: "now()" } });
    for (const u of [...unions, ...others]) counts[u.type] = (counts[u.type] ?? 0) + 1;
    counts.units += unions.length + others.length;
  }
  return counts;
}
