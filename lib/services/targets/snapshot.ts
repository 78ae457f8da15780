// What the audit log records of a target: plain numbers and the indicator's code, readable without joins.
interface TargetRow {
  kind: string;
  year: number | null;
  min: { toNumber(): number } | number;
  max: { toNumber(): number } | number | null;
  qualifier: string;
  sourceId: number | null;
  note: string | null;
  termId: number;
  indicator: { code: string };
}

const num = (v: { toNumber(): number } | number | null) => (v === null ? null : typeof v === "number" ? v : v.toNumber());

export function targetSnapshot(t: TargetRow) {
  return { termId: t.termId, indicator: t.indicator.code, kind: t.kind, year: t.year, min: num(t.min), max: num(t.max), qualifier: t.qualifier, sourceId: t.sourceId, note: t.note };
}
