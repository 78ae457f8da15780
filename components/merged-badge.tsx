import Link from "next/link";
import type { Locale } from "@/lib/domain/types";
import { localePath } from "@/lib/i18n/paths";

/** "Merged into Thái Nguyên": a badge that is also the way to the successor's page. */
export function MergedBadge({ label, successor, locale }: { label: string; successor: { slug: string }; locale: Locale }) {
  return (
    <Link
      href={localePath(locale, `/tinh/${successor.slug}`)}
      className="badge border-warn/40 bg-warn-soft text-warn underline decoration-1 underline-offset-2 hover:decoration-2"
    >
      {label}
    </Link>
  );
}
