import Link from "next/link";
import { localePath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/domain/types";
import type { Messages } from "@/lib/i18n/messages";
import { HeaderAccount } from "./header-account";
import { LangSwitch } from "./lang-switch";

export function SiteHeader({ locale, m }: { locale: Locale; m: Messages }) {
  return (
    <header className="border-b border-line bg-surface print:hidden">
      <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href={localePath(locale, "/")} className="text-xl font-bold tracking-tight text-ink no-underline">
          {m.meta.product}
        </Link>
        <nav aria-label={m.nav.label} className="flex items-center gap-4">
          <Link href={localePath(locale, "/tinh")} className="no-underline hover:underline">
            {m.nav.provinces}
          </Link>
          <Link href={localePath(locale, "/so-sanh")} className="no-underline hover:underline">
            {m.summary.nav.compare}
          </Link>
          <Link href={localePath(locale, "/ban-do")} className="no-underline hover:underline">
            {m.map.nav}
          </Link>
          {/* The same HTML for everyone (the public pages are cached whole): the browser fills in the user. */}
          <HeaderAccount
            loginHref={localePath(locale, "/dang-nhap")} dashboardHref={localePath(locale, "/quan-ly")} home={localePath(locale, "/")}
            text={{ login: m.auth.headerLink, account: m.small.header.account, logout: m.small.header.logout }}
          />
          <LangSwitch to={locale === "vi" ? "en" : "vi"} label={m.nav.switchTo} title={m.nav.switchLabel} />
        </nav>
      </div>
    </header>
  );
}
