import { z } from "zod";
import { badParameter } from "./params";

const year = z.coerce.number().int().min(1945).max(2100);

/** The year in /reports/{year}: a 400 that names it when malformed. */
export function parseYear(raw: string): { ok: true; year: number } | { ok: false; response: ReturnType<typeof badParameter> } {
  const r = year.safeParse(raw);
  return r.success ? { ok: true, year: r.data } : { ok: false, response: badParameter("year") };
}
