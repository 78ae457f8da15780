import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { provinceExists } from "@/lib/queries/province-page";
import { PROVINCE_SLUG } from "./slug";

// The existence check sits here, for the province page and its term pages alike: an unknown province is answered
// with a real 404. No route under (public) has a loading.tsx: a page arrives as complete HTML or not at all, so a
// reader without JavaScript never gets a placeholder in place of the figures.
export default async function ProvinceLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!PROVINCE_SLUG.test(slug) || !(await provinceExists(slug))) notFound();
  return children;
}
