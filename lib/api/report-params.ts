import { reportYearInRange, yearOutOfRange } from "@/lib/services/reports/years";
import { badParameter, parse, slugParam, yearParam } from "./params";
import { apiError } from "./respond";

type Refusal = { ok: false; response: ReturnType<typeof badParameter> };

/** The year in /reports/{year}: a 400 that names it when malformed or, for a write, outside the report years. */
function parseYear(raw: string, writable: boolean): { ok: true; year: number } | Refusal {
  const r = yearParam.safeParse(raw);
  if (!r.success) return { ok: false, response: badParameter("year") };
  if (writable && !reportYearInRange(r.data)) {
    const f = yearOutOfRange();
    return { ok: false, response: apiError(400, "BAD_PARAMETER", (w) => w.field(f), "year") };
  }
  return { ok: true, year: r.data };
}

/**
 * The province and year of …/{slug}/…/{year}: a 400 that names the malformed one. `writable` for the writes
 * that create or advance a report (save, submit, approve, import); reads, returning, reopening and deleting a
 * draft also reach reports of years outside the range, so they can be cleaned up.
 */
export function parseReportAddress(p: { slug: string; year: string }, { writable = false } = {}): { ok: true; slug: string; year: number } | Refusal {
  const slug = parse(slugParam, p.slug, "slug");
  if (!slug.ok) return { ok: false, response: slug.response };
  const year = parseYear(p.year, writable);
  if (!year.ok) return year;
  return { ok: true, slug: slug.value, year: year.year };
}
