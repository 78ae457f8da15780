// "What waits for me": the reports the signed-in user should act on (lib/queries/inbox.ts, decision 0038), each
// linking to its form. It reads only what the user may read: the query is scoped by role and province.
import Link from "next/link";
import { DashboardTable } from "@/components/dashboard/table";
import { formatDate } from "@/lib/domain/dates";
import { fill } from "@/lib/i18n/fill";
import { localePath } from "@/lib/i18n/paths";
import { inboxOf, type InboxReason } from "@/lib/queries/inbox";
import type { Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/domain/types";
import { signedInPage, titleFrom } from "@/app/[locale]/(dashboard)/page-start";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFrom((m) => m.notifications.inbox.title);

export default async function InboxPage({ params }: Props) {
  const { locale, m, actor } = await signedInPage(params, "/quan-ly/hop-thu");
  const t = m.notifications.inbox;
  const items = await inboxOf(actor);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="text-muted">{actor.role === "COMMITTEE" ? t.committeeNote : t.intro}</p>
      {items.length === 0 ? (
        <p data-testid="inbox-empty">{t.empty}</p>
      ) : (
        <DashboardTable
          caption={t.caption}
          data-testid="inbox"
          rows={items}
          rowKey={(i) => `${i.province.id}:${i.year}`}
          rowAttributes={(i) => ({ "data-testid": `inbox-${i.province.slug}-${i.year}` })}
          columns={[
            { header: t.colProvince, bold: true, cell: (i) => i.province.name },
            { header: t.colYear, numeric: true, cell: (i) => i.year },
            { header: t.colWhy, cell: (i) => <ul>{i.reasons.map((r) => <li key={r.kind}>{reasonText(r, m, locale)}</li>)}</ul> },
            { header: t.colDue, cell: (i) => (i.due ? formatDate(i.due, locale) : "—"), className: "whitespace-nowrap" },
            {
              header: t.colOpen,
              headerHidden: true,
              cell: (i) => (
                <Link prefetch={false} href={localePath(locale, `/quan-ly/bao-cao/${i.province.slug}/${i.year}`)}>
                  {fill(t.open, { year: i.year, province: i.province.name }, locale)}
                </Link>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}

function reasonText(r: InboxReason, m: Messages, locale: Locale): string {
  const t = m.notifications.inbox.reasons;
  switch (r.kind) {
    case "toApprove":
      return t.toApprove;
    case "returned":
    case "reopened":
      return fill(t[r.kind], { comment: r.comment ?? "—" }, locale);
    default:
      return fill(t[r.kind], { days: r.days }, locale);
  }
}
