import type { Metadata } from "next";
import type { Locale } from "@/lib/domain/types";
import { LOCALES } from "./config";
import { localePath } from "./paths";

/**
 * The canonical address of a public page (`path` as "/tinh/x") and its hreflang alternates: each language, and
 * Vietnamese, the site's first language, as x-default. Resolved against metadataBase (the root layout).
 */
export function alternatesFor(locale: Locale, path: string): NonNullable<Metadata["alternates"]> {
  const languages: Record<string, string> = {};
  for (const l of LOCALES) languages[l] = localePath(l, path);
  languages["x-default"] = localePath("vi", path);
  return { canonical: localePath(locale, path), languages };
}
