// The open-data API's parameters, validated with zod; a bad one becomes a 400 that names it.
import { z } from "zod";
import { apiError } from "./respond";

export const slugParam = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(64);
export const formatParam = z.enum(["json", "csv"]).default("json");
const year = z.coerce.number().int().min(1945).max(2100);
export const termYearsParam = z
  .string()
  .regex(/^\d{4}-\d{4}$/)
  .transform((s) => s.split("-").map(Number) as [number, number])
  .refine(([a, b]) => b > a, "end year must follow start year");

const MESSAGES: Record<string, [string, string]> = {
  slug: ["Mã tỉnh không hợp lệ: chỉ gồm chữ thường không dấu, số và dấu gạch ngang (vd. thai-nguyen).", "Invalid province slug: lowercase ASCII letters, digits and dashes (e.g. thai-nguyen)."],
  years: ["Nhiệm kỳ phải viết theo năm: NNNN-NNNN, năm cuối sau năm đầu (vd. 2013-2018).", "A term is written by its years: YYYY-YYYY, the end after the start (e.g. 2013-2018)."],
  from: ["“from” phải là một năm từ 1945 đến 2100.", "\"from\" must be a year from 1945 to 2100."],
  to: ["“to” phải là một năm từ 1945 đến 2100, không trước “from”.", "\"to\" must be a year from 1945 to 2100, not before \"from\"."],
  format: ["“format” chỉ nhận json hoặc csv.", "\"format\" takes json or csv."],
  year: ["Năm phải là số từ 1945 đến 2100.", "The year must be a number from 1945 to 2100."],
  action: ["Thao tác chỉ nhận submit, approve, return hoặc reopen.", "The action is one of submit, approve, return, reopen."],
  status: ["“status” chỉ nhận all hoặc approved.", "\"status\" takes all or approved."],
};

export function badParameter(name: keyof typeof MESSAGES) {
  const [vi, en] = MESSAGES[name];
  return apiError(400, "BAD_PARAMETER", vi, en, name);
}

/** Parses one parameter; on failure returns the 400 response to send instead. */
export function parse<T>(schema: z.ZodType<T>, value: unknown, name: keyof typeof MESSAGES): { ok: true; value: T } | { ok: false; response: ReturnType<typeof badParameter> } {
  const r = schema.safeParse(value ?? undefined);
  return r.success ? { ok: true, value: r.data } : { ok: false, response: badParameter(name) };
}

export const yearParam = year;
