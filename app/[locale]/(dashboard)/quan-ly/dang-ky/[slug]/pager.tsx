import Link from "next/link";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";

export function Pager({ page, pageCount, href, m }: { page: number; pageCount: number; href: (page: number) => string; m: Messages }) {
  if (pageCount <= 1) return null;
  const t = m.register.list;
  return (
    <nav aria-label={t.pager} className="flex items-center gap-4">
      {page > 1 ? <Link href={href(page - 1)} rel="prev">{t.prev}</Link> : <span className="text-muted">{t.prev}</span>}
      <span aria-current="page">{fill(t.page, { page, pages: pageCount })}</span>
      {page < pageCount ? <Link href={href(page + 1)} rel="next">{t.next}</Link> : <span className="text-muted">{t.next}</span>}
    </nav>
  );
}
