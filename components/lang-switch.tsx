"use client";

import { usePathname } from "next/navigation";
import type { Locale } from "@/lib/domain/types";

/**
 * A plain link to /lang, which sets the cookie and comes back here: it works without JavaScript, and the
 * page re-renders on the server in the new language. The label is written in the language it offers.
 */
export function LangSwitch({ to, label, title }: { to: Locale; label: string; title: string }) {
  const pathname = usePathname() ?? "/";
  const href = `/lang?to=${to}&back=${encodeURIComponent(pathname)}`;
  return (
    <a
      href={href}
      hrefLang={to}
      lang={to}
      title={title}
      className="rounded border border-line px-3 py-1 text-sm text-accent no-underline hover:bg-accent-soft"
    >
      {label}
    </a>
  );
}
