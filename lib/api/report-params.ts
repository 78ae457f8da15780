import { badParameter, yearParam } from "./params";

/** The year in /reports/{year}: a 400 that names it when malformed. */
export function parseYear(raw: string): { ok: true; year: number } | { ok: false; response: ReturnType<typeof badParameter> } {
  const r = yearParam.safeParse(raw);
  return r.success ? { ok: true, year: r.data } : { ok: false, response: badParameter("year") };
}
