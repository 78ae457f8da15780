import type { MetadataRoute } from "next";
import { LOCALES } from "@/lib/i18n/config";
import { localePath } from "@/lib/i18n/paths";
import { getProvinceIndex } from "@/lib/queries/province-index";
import { siteOrigin } from "@/lib/site-url";

// Read from the database on each request: a province, a term or a first approved report appears at once.
export const dynamic = "force-dynamic";

/** Every public page in both languages, each with its hreflang alternates (as the pages' own <link>s say). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [origin, index] = await Promise.all([siteOrigin(), getProvinceIndex()]);
  const url = (path: string) => new URL(path, origin).href;
  const provinces = [...index.current, ...index.merged];
  const paths = [
    "/",
    "/tinh",
    "/so-sanh",
    "/ban-do",
    "/trinh-chieu",
    ...provinces.map((p) => `/tinh/${p.slug}`),
    ...provinces.flatMap((p) => p.terms.flatMap((years) => [`/tinh/${p.slug}/nhiem-ky/${years}`, `/tinh/${p.slug}/nhiem-ky/${years}/trinh-chieu`])),
  ];
  return paths.flatMap((path) => {
    const languages: Record<string, string> = Object.fromEntries(LOCALES.map((l) => [l, url(localePath(l, path))]));
    languages["x-default"] = url(localePath("vi", path));
    return LOCALES.map((l) => ({ url: url(localePath(l, path)), alternates: { languages } }));
  });
}
