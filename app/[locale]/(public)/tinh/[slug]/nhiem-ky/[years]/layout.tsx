import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getTermProgress } from "@/lib/queries/term-progress";
import { parseTermYears } from "./term-param";

// As for the province (../../layout.tsx): an unknown or malformed term is answered with a real 404 here. The read is cached, so the page below gets it without a second query.
export default async function TermLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string; years: string }> }) {
  const { slug, years } = await params;
  const span = parseTermYears(years);
  if (!span || !(await getTermProgress(slug, span[0], span[1]))) notFound();
  return children;
}
