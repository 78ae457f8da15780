import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { provinceExists } from "@/lib/queries/province-page";
import { PROVINCE_SLUG } from "./slug";

// The existence check sits here, above this route's loading.tsx, so an unknown province is answered with
// a real 404 (and the not-found page in the HTML) before the skeleton starts the stream with a 200.
export default async function ProvinceLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!PROVINCE_SLUG.test(slug) || !(await provinceExists(slug))) notFound();
  return children;
}
