import { apiError, unknownProvince } from "@/lib/api/respond";
import { provinceTerms } from "@/lib/queries/open-data";

/** The 404 for a term's address with nothing behind it: no such province, or no such term of it. */
export async function termNotFound(slug: string, years: string) {
  if (!(await provinceTerms(slug))) return unknownProvince(slug);
  return apiError(404, "UNKNOWN_TERM", (w) => w.api("UNKNOWN_TERM", { slug, years }));
}
