// Everything behind login. The session is checked here once per request (currentActor is cached, so the
// pages' own requireActor calls cost nothing more); pages still ask can() for what they show.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { requireActor } from "@/lib/auth/require";
import { SIGNED_IN_PANEL } from "@/lib/auth/signed-in-hint";
import { localePath } from "@/lib/i18n/paths";
import { getI18n } from "@/lib/i18n/server";
import { fill } from "@/lib/i18n/fill";
import { inboxOf } from "@/lib/queries/inbox";
import { DashboardNav } from "./dashboard-nav";
import { LogoutButton } from "./logout-button";
import { navFor } from "./nav-items";

// Every page here depends on who asks: never prerendered or cached (the [locale] layout's generateStaticParams
// would otherwise make them candidates for the ISR cache the public pages use).
export const dynamic = "force-dynamic";

// Private pages: never in a search engine's index.
export const metadata: Metadata = { robots: { index: false, follow: false } };

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export default async function DashboardLayout({ children, params }: Props) {
  const { locale, m } = await getI18n(params);
  // The lock. A layout does not know the page's address, so visitors with no session at all are sent to the
  // login page earlier, by proxy.ts, with ?back=<the address>; this catches sessions that ended since (disabled
  // user, changed password or role), which come back to /quan-ly after logging in again.
  const actor = await requireActor(locale, "/quan-ly");
  const t = m.dashboard;
  // The inbox's link says how many reports wait (decision 0038).
  const waiting = (await inboxOf(actor)).length;
  const label = (key: keyof typeof t.nav) => (key === "inbox" ? fill(m.notifications.inbox.nav, { n: waiting }, locale) : t.nav[key]);
  const links = navFor(actor).map((e) => ({ href: localePath(locale, e.path), label: label(e.key) }));
  return (
    <div className="grid gap-6 md:grid-cols-[15rem_minmax(0,1fr)]">
      <aside className="space-y-4 md:border-r md:border-line md:pr-4">
        <div className="rounded border border-line bg-surface p-3 text-sm" data-testid="signed-in-user" {...{ [SIGNED_IN_PANEL]: actor.name || actor.email }}>
          <p className="text-muted">{t.shell.signedInAs}</p>
          <p className="font-semibold">{actor.name}</p>
          <p>{t.roles[actor.role]}</p>
          <p>{actor.provinceName ?? t.shell.noProvince}</p>
          <p className="mt-1 break-all text-muted">{actor.email}</p>
        </div>
        <DashboardNav links={links} label={t.shell.navLabel} />
        <LogoutButton label={t.nav.logout} home={localePath(locale, "/")} />
      </aside>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
