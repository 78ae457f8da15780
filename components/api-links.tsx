import type { Locale } from "@/lib/domain/types";
import type { Messages } from "@/lib/i18n/messages";

/** `xlsx`: the dataset also comes as a workbook (?format=xlsx, decision 0035), in the page's language. */
export type ApiDataset = { label: string; path: string; xlsx?: string };

/**
 * "This page's figures in the open-data API": each dataset in JSON and CSV (docs/api.md). The format alone is
 * what shows; the dataset's name is in each link's accessible name too, so a list of links reads unambiguously.
 */
export function ApiLinks({ datasets, m }: { datasets: ApiDataset[]; m: Messages }) {
  return (
    <aside aria-labelledby="api-links" className="rounded-md border border-line bg-surface p-4 text-sm">
      <h2 id="api-links" className="font-semibold">{m.find.api.title}</h2>
      <ul className="mt-1 space-y-1">
        {datasets.map((d) => (
          <li key={d.path}>
            {d.label}:{" "}
            <a href={d.path} type="application/json">
              JSON<span className="sr-only">{`, ${d.label}`}</span>
            </a>
            {" · "}
            <a href={`${d.path}?format=csv`} type="text/csv">
              CSV<span className="sr-only">{`, ${d.label}`}</span>
            </a>
            {d.xlsx && (
              <>
                {" · "}
                <a href={d.xlsx} type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" download>
                  XLSX<span className="sr-only">{`, ${d.label}`}</span>
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
}

/** The datasets behind each public page. */
export const apiDatasets = {
  provinces: (m: Messages): ApiDataset[] => [{ label: m.find.api.provinces, path: "/api/v1/provinces" }],
  province: (slug: string, m: Messages): ApiDataset[] => [
    { label: m.find.api.reports, path: `/api/v1/provinces/${slug}/reports` },
    { label: m.find.api.terms, path: `/api/v1/provinces/${slug}/terms` },
  ],
  term: (slug: string, years: string, m: Messages, locale: Locale = "vi"): ApiDataset[] => [
    { label: m.find.api.progress, path: `/api/v1/provinces/${slug}/terms/${years}/progress`, xlsx: termFileHref(slug, years, "progress?format=xlsx", locale) },
    { label: m.find.api.reports, path: `/api/v1/provinces/${slug}/reports` },
  ],
};

/** A term's file for people in the page's language: `what` is "slides.pptx" or "progress?format=xlsx". */
export function termFileHref(slug: string, years: string, what: string, locale: Locale): string {
  const href = `/api/v1/provinces/${slug}/terms/${years}/${what}`;
  return locale === "en" ? `${href}${what.includes("?") ? "&" : "?"}lang=en` : href;
}
