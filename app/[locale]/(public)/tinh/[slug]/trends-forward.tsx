// A province merged away keeps its own figures on its page; its history goes on in its successor's trends,
// rolled up with it (decision 0033).
import Link from "next/link";
import { formatDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/types";
import { fill, fillNodes } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { ProvincePage } from "@/lib/queries/province-page";
import { trendsHref } from "./trend-section";

export function TrendsForward({ province: p, locale, m }: { province: ProvincePage["province"]; locale: Locale; m: Messages }) {
  if (!p.mergedInto) return null;
  return (
    <p className="rounded-md border border-line bg-surface p-4" data-trends-forward>
      {fillNodes(m.trends.mergedForward, {
        name: p.name,
        successor: p.mergedInto.name,
        link: <Link href={trendsHref(p.mergedInto.slug, true, locale)}>{fill(m.trends.mergedForwardLink, { successor: p.mergedInto.name, name: p.name }, locale)}</Link>,
        date: formatDate(p.mergedInto.effectiveDate, locale),
      }, locale)}
    </p>
  );
}
