// One entry's changes as "field: before → after", with indicators, roles, statuses and provinces in words and
// numbers in the page's language.
import { formatNumber } from "@/lib/domain/numbers";
import { formatValue } from "@/lib/domain/qualifiers";
import type { Locale, Qualifier, Unit } from "@/lib/domain/types";
import { auditDiff, type Leaf } from "@/lib/format/audit-diff";
import type { Messages } from "@/lib/i18n/messages";

export interface DiffContext {
  locale: Locale;
  m: Messages;
  indicators: Map<string, { nameVi: string; nameEn: string; unit: Unit }>;
  provinces: Map<number, string>;
}

const QUALIFIERS = new Set(["EXACT", "AT_LEAST", "APPROX", "NEARLY", "RANGE"]);

function label(path: string[], ctx: DiffContext): string {
  const t = ctx.m.dashboard.audit.fieldNames;
  return path
    .filter((p, i) => !(p === "values" && ctx.indicators.has(path[i + 1] ?? "")))
    .map((p) => {
      const ind = ctx.indicators.get(p);
      if (ind) return ctx.locale === "vi" ? ind.nameVi : ind.nameEn;
      return p in t ? t[p as keyof typeof t] : p;
    })
    .join(" › ");
}

function show(v: Leaf | undefined, path: string[], ctx: DiffContext): string {
  const a = ctx.m.dashboard.audit;
  const key = path[path.length - 1];
  if (v === undefined) return a.noDetail;
  if (v === null || v === "") return a.emptyValue;
  if (typeof v === "boolean") return v ? a.yes : a.no;
  if (typeof v === "object") {
    const unit = ctx.indicators.get(key)?.unit ?? "COUNT";
    const qualifier = (QUALIFIERS.has(v.qualifier) ? v.qualifier : "EXACT") as Qualifier;
    const high = v.high === null || v.high === undefined ? null : Number(v.high);
    return formatValue({ qualifier, value: Number(v.value), high }, unit, ctx.locale);
  }
  if (key === "provinceId" && typeof v === "number") return ctx.provinces.get(v) ?? String(v);
  if (key === "role" && v in ctx.m.dashboard.roles) return ctx.m.dashboard.roles[v as keyof Messages["dashboard"]["roles"]];
  if (key === "status" && (v === "DRAFT" || v === "SUBMITTED" || v === "APPROVED")) return ctx.m.dashboard.status[v];
  if (key === "status" && v === "DELETED") return a.actions.delete;
  // Years and versions read better without a thousands separator.
  if (typeof v === "number") return /year|version/i.test(key) ? String(v) : formatNumber(v, ctx.locale);
  return v.length > 200 ? `${v.slice(0, 200)}…` : v;
}

export function AuditChanges({ before, after, ctx }: { before: unknown; after: unknown; ctx: DiffContext }) {
  const lines = auditDiff(before, after);
  if (!lines.length) return <span className="text-muted">{ctx.m.dashboard.audit.noDetail}</span>;
  return (
    <ul className="space-y-0.5">
      {lines.map((l) => (
        <li key={l.path.join(".")}>
          <span className="font-medium">{label(l.path, ctx)}</span>:{" "}
          {l.before !== undefined && <del className="text-muted">{show(l.before, l.path, ctx)}</del>}
          {l.before !== undefined && l.after !== undefined && " → "}
          {l.after !== undefined && <ins className="no-underline">{show(l.after, l.path, ctx)}</ins>}
        </li>
      ))}
    </ul>
  );
}
