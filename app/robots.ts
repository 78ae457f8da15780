import type { MetadataRoute } from "next";
import { siteOrigin } from "@/lib/site-url";

// Crawlers may read the public pages and the open-data API; the staff's pages, the login and every other API
// (sign-in, health, the staff's imports) are no business of theirs. For Google the longest matching rule wins,
// so "Allow: /api/v1/" opens the open data inside "Disallow: /api/".
// The sitemap's address depends on the host (lib/site-url.ts): written per request.
export const dynamic = "force-dynamic";

export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = await siteOrigin();
  const staff = ["/quan-ly", "/tai-khoan", "/dang-nhap"].flatMap((p) => [p, `/en${p}`]);
  return {
    rules: [{ userAgent: "*", allow: ["/", "/api/v1/"], disallow: [...staff, "/api/", "/api/v1/import/"] }],
    sitemap: new URL("/sitemap.xml", origin).href,
  };
}
