// The citation of a report's source document, one schema for the form and the API (decision 0040): its number
// (Source.documentNo, ≤ 100), its issuer (Source.publisher, ≤ 300) and its date of issue, day/month/year as the
// Vietnamese pages write it (or ISO from the API), a real day and not after today in Vietnam.
import { z } from "zod";
import { parseDayMonthYear } from "@/lib/domain/date-input";
import { vietnamToday } from "@/lib/domain/deadlines";
import { fieldErrorFrom, type FieldError } from "./field-errors";
import { indicatorCode } from "./report-values";

const DOCUMENT_NO_MAX = 100;
const ISSUER_MAX = 300;
export const SOURCE_FIELDS = ["documentNo", "issuedOn", "issuer"] as const;

const err = fieldErrorFrom("source");
const text = z.string().transform((s) => s.normalize("NFC").replace(/\s+/g, " ").trim());

/** What a form or a JSON body sends; every field a string (absent is empty, refused by checkCitation). */
export const citationBody = z.object({
  documentNo: text.default(""),
  issuedOn: text.default(""),
  issuer: text.default(""),
}).strict();

/** The code of the indicator a value's own citation is for, or its field's problem: none chosen, or not one a
 * catalogue could hold (the service then checks the catalogue itself). */
export function checkIndicator(code: unknown): { ok: true; code: string } | { ok: false; problem: FieldError } {
  if (code === undefined || code === null || (typeof code === "string" && !code.trim())) return { ok: false, problem: err("indicator", "INDICATOR_REQUIRED") };
  const parsed = indicatorCode.safeParse(typeof code === "string" ? code.trim() : code);
  return parsed.success ? { ok: true, code: parsed.data } : { ok: false, problem: err("indicator", "UNKNOWN_INDICATOR") };
}

export interface Citation {
  documentNo: string;
  issuedOn: Date;
  issuer: string;
}

/** The citation, or each field's problem in Vietnamese-first words (errors.source). */
export function checkCitation(body: z.output<typeof citationBody>, now: Date = new Date()): { ok: true; citation: Citation } | { ok: false; problems: FieldError[] } {
  const problems: FieldError[] = [];
  if (!body.documentNo) problems.push(err("documentNo", "DOCUMENT_NO_REQUIRED"));
  else if (body.documentNo.length > DOCUMENT_NO_MAX) problems.push(err("documentNo", "DOCUMENT_NO_TOO_LONG", { max: DOCUMENT_NO_MAX }));
  let issuedOn: Date | null = null;
  if (!body.issuedOn) problems.push(err("issuedOn", "DATE_REQUIRED"));
  else {
    const d = parseDayMonthYear(body.issuedOn);
    if (!d.ok) problems.push(err("issuedOn", d.problem === "MALFORMED" ? "DATE_MALFORMED" : "DATE_NOT_A_DATE"));
    else if (d.date > vietnamToday(now)) problems.push(err("issuedOn", "DATE_IN_FUTURE"));
    else issuedOn = d.date;
  }
  if (!body.issuer) problems.push(err("issuer", "ISSUER_REQUIRED"));
  else if (body.issuer.length > ISSUER_MAX) problems.push(err("issuer", "ISSUER_TOO_LONG", { max: ISSUER_MAX }));
  if (problems.length || !issuedOn) return { ok: false, problems };
  return { ok: true, citation: { documentNo: body.documentNo, issuedOn, issuer: body.issuer } };
}
