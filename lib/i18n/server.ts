import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import type { Locale } from "@/lib/domain/types";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale } from "./config";
import { getMessages, type Messages } from "./messages";

/** The visitor's language, from the cookie the language switch sets. Reading it makes the route dynamic. */
export const getLocale = cache(async (): Promise<Locale> => {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : DEFAULT_LOCALE;
});

export async function getI18n(): Promise<{ locale: Locale; m: Messages }> {
  const locale = await getLocale();
  return { locale, m: getMessages(locale) };
}
