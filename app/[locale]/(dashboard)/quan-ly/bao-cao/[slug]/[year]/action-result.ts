// What the report form's server actions answer, and how a failure becomes that answer: an expected error keeps
// its code and gets the words of the page's language; anything else is logged and becomes a generic message
// (never a raw database error). The form imports only the types.
import "server-only";
import { can, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/domain/types";
import { getMessages } from "@/lib/i18n/messages";
import type { Values } from "@/lib/report-form/form-state";
import { MESSAGES, ServiceError } from "@/lib/services/errors";
import { changesSince } from "@/lib/services/reports/load";
import type { ReportState } from "@/lib/services/reports/save-draft";
import { yearValues } from "@/lib/services/reports/snapshot";
import type { OutlierWarning } from "@/lib/validation/report-values";

export interface Change {
  at: string;
  action: string;
  by: string | null;
  changed: string[];
}

export interface ServerCopy {
  version: number;
  status: string;
  values: Values;
}

export interface ActionFailure {
  ok: false;
  code: string;
  message: string;
  fields: { field: string; message: string }[];
  current: ServerCopy | null;
  changes: Change[];
}

export type SaveResult = { ok: true; report: ReportState; warnings: OutlierWarning[] } | ActionFailure;
export type TransitionResult = { ok: true; report: ReportState } | ActionFailure;
export type DeleteResult = { ok: true } | ActionFailure;

type FieldDetail = { field: string; message: string; messageEn: string };

export async function toFailure(err: unknown, locale: Locale, ctx: { actor: Actor | null; slug: string; year: number; version: number | undefined }): Promise<ActionFailure> {
  if (!(err instanceof ServiceError)) {
    console.error("Unexpected error in a report form action:", err);
    return { ok: false, code: "INTERNAL", message: getMessages(locale).reportForm.unexpected, fields: [], current: null, changes: [] };
  }
  const d = (err.details ?? {}) as { fields?: FieldDetail[]; current?: ServerCopy | null; changes?: Change[] };
  const failure: ActionFailure = {
    ok: false,
    code: err.code,
    message: MESSAGES[err.code][locale],
    fields: (d.fields ?? []).map((f) => ({ field: f.field, message: locale === "vi" ? f.message : f.messageEn })),
    current: d.current ?? null,
    changes: d.changes ?? [],
  };
  // The service names no server copy when the conflict was a race (two first saves, or two saves at the same
  // instant): look it up, so the user can still compare and choose rather than only read "conflict".
  if (err.code === "CONFLICT" && !failure.current) Object.assign(failure, await serverCopy(ctx));
  return failure;
}

async function serverCopy({ actor, slug, year, version }: { actor: Actor | null; slug: string; year: number; version: number | undefined }) {
  const report = await db.yearlyReport.findFirst({ where: { province: { slug }, year }, select: { id: true, provinceId: true, version: true, status: true } });
  if (!report || !can(actor, "report:read-draft", { provinceId: report.provinceId })) return {};
  const [values, changes] = await Promise.all([yearValues(db, report.id, year), changesSince(db, report.id, version ?? 0)]);
  return { current: { version: report.version, status: report.status, values }, changes };
}
