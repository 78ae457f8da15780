import { badParameter, parse, slugParam, yearParam } from "./params";

type Refusal = { ok: false; response: ReturnType<typeof badParameter> };

/** The year in /reports/{year}: a 400 that names it when malformed. */
function parseYear(raw: string): { ok: true; year: number } | Refusal {
  const r = yearParam.safeParse(raw);
  return r.success ? { ok: true, year: r.data } : { ok: false, response: badParameter("year") };
}

/** The province and year of …/{slug}/…/{year}: a 400 that names the malformed one. */
export function parseReportAddress(p: { slug: string; year: string }): { ok: true; slug: string; year: number } | Refusal {
  const slug = parse(slugParam, p.slug, "slug");
  if (!slug.ok) return { ok: false, response: slug.response };
  const year = parseYear(p.year);
  if (!year.ok) return year;
  return { ok: true, slug: slug.value, year: year.year };
}
