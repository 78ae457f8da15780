"use client";
// Next gives a not-found page no route params, but a client component below the [locale] layout can read them
// (useParams, also while rendering on the server): the 404 speaks the page's language, and works without script.
import Link from "next/link";
import { useParams } from "next/navigation";
import { localePath } from "@/lib/i18n/paths";

export type NotFoundText = { title: string; body: string; back: string };

export function NotFoundText({ vi, en }: { vi: NotFoundText; en: NotFoundText }) {
  const params = useParams<{ locale?: string }>();
  const locale = params?.locale === "en" ? "en" : "vi";
  const t = locale === "en" ? en : vi;
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p>{t.body}</p>
      <Link href={localePath(locale, "/")}>{t.back}</Link>
    </div>
  );
}
