// A report's status in words (never by colour alone): BẢN NHÁP, ĐÃ NỘP, ĐÃ DUYỆT (khóa).
import type { Messages } from "@/lib/i18n/messages";

type Status = "DRAFT" | "SUBMITTED" | "APPROVED";

const STYLE: Record<Status | "NEW", string> = {
  NEW: "border-line text-muted",
  DRAFT: "border-warn bg-warn-soft text-warn",
  SUBMITTED: "border-accent bg-accent-soft text-accent",
  APPROVED: "border-ok text-ok",
};

export function StatusBadge({ status, t }: { status: Status | null; t: Messages["reportForm"] }) {
  const key = status ?? "NEW";
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold tracking-wide ${STYLE[key]}`} data-testid="report-status">
      {t.status[key]}
    </span>
  );
}
