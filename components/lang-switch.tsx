"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import type { Locale } from "@/lib/domain/types";
import { switchLocalePath } from "@/lib/i18n/paths";

type Props = { to: Locale; label: string; title: string };

/**
 * A plain link to the same page in the other language, query string included (/so-sanh?chi-tieu=…&nam=… →
 * /en/so-sanh?chi-tieu=…&nam=…), so it works without JavaScript. The label is written in the language it offers.
 */
export function LangSwitch(props: Props) {
  // useSearchParams has no value while a page is prerendered (the not-found page): the path alone stands in.
  return (
    <Suspense fallback={<SwitchLink {...props} search="" />}>
      <WithQuery {...props} />
    </Suspense>
  );
}

function WithQuery(props: Props) {
  const search = useSearchParams()?.toString() ?? "";
  return <SwitchLink {...props} search={search} />;
}

function SwitchLink({ to, label, title, search }: Props & { search: string }) {
  const path = switchLocalePath(usePathname() ?? "/", to);
  return (
    <a
      href={search ? `${path}?${search}` : path}
      hrefLang={to}
      lang={to}
      title={title}
      className="rounded border border-line px-3 py-1 text-sm text-accent no-underline hover:bg-accent-soft"
    >
      {label}
    </a>
  );
}
