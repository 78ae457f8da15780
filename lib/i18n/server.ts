import "server-only";
import { notFound } from "next/navigation";
import type { Locale } from "@/lib/domain/types";
import { isLocale } from "./config";
import { getMessages, type Messages } from "./messages";

/**
 * The page's language comes from its URL (/… Vietnamese, /en/… English), never from a cookie: the public
 * pages stay cacheable as a whole and every language has its own shareable address.
 */
export async function getI18n(params: Promise<{ locale: string }>): Promise<{ locale: Locale; m: Messages }> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return { locale, m: getMessages(locale) };
}
