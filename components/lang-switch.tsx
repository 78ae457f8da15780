"use client";

import { usePathname } from "next/navigation";
import type { Locale } from "@/lib/domain/types";
import { switchLocalePath } from "@/lib/i18n/paths";

/** A plain link to the same page in the other language. The label is written in the language it offers. */
export function LangSwitch({ to, label, title }: { to: Locale; label: string; title: string }) {
  const href = switchLocalePath(usePathname() ?? "/", to);
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
