// The open-data API's parameters, validated with zod; a bad one becomes a 400 that names it.
import { z } from "zod";
import type { Messages } from "@/lib/i18n/messages";
import { apiError } from "./respond";

export const slugParam = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(64);
export const formatParam = z.enum(["json", "csv"]).default("json");
/** A term's progress also comes as a workbook (decision 0035). */
export const progressFormatParam = z.enum(["json", "csv", "xlsx"]).default("json");
/** The language of the files made for people (XLSX headers, the slides); JSON and CSV keep their codes. */
export const langParam = z.enum(["vi", "en"]).default("vi");
const year = z.coerce.number().int().min(1945).max(2100);
export const termYearsParam = z
  .string()
  .regex(/^\d{4}-\d{4}$/)
  .transform((s) => s.split("-").map(Number) as [number, number])
  .refine(([a, b]) => b > a, "end year must follow start year");

/** The parameters the catalogue words (errors.parameter). */
type Parameter = keyof Messages["errors"]["parameter"];

export function badParameter(name: Parameter) {
  return apiError(400, "BAD_PARAMETER", (w) => w.parameter(name), name);
}

/** Parses one parameter; on failure returns the 400 response to send instead. */
export function parse<T>(schema: z.ZodType<T>, value: unknown, name: Parameter): { ok: true; value: T } | { ok: false; response: ReturnType<typeof badParameter> } {
  const r = schema.safeParse(value ?? undefined);
  return r.success ? { ok: true, value: r.data } : { ok: false, response: badParameter(name) };
}

export const yearParam = year;
/** A row's id in an address: a positive Postgres int4. */
export const idParam = z.coerce.number().int().positive().max(2_147_483_647);

/** A term's address with its query: {slug}, {years} and `lang` (and `format` where the route offers one), checked. */
export function parseTermRequest<F extends string>(
  params: { slug: string; years: string },
  query: URLSearchParams,
  formats?: z.ZodType<F>,
): { ok: true; slug: string; years: [number, number]; lang: "vi" | "en"; format: F | null } | { ok: false; response: ReturnType<typeof badParameter> } {
  const slug = parse(slugParam, params.slug, "slug");
  if (!slug.ok) return slug;
  const years = parse(termYearsParam, params.years, "years");
  if (!years.ok) return years;
  const format = formats ? parse(formats, query.get("format"), "format") : null;
  if (format && !format.ok) return format;
  const lang = parse(langParam, query.get("lang"), "lang");
  if (!lang.ok) return lang;
  return { ok: true, slug: slug.value, years: years.value, lang: lang.value, format: format ? format.value : null };
}
